using System.Text.Json;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Narrative;

/// <summary>The `report` object of a file with text, as the JSON of `score --json` and the API carries it.</summary>
public class NarrativeReportTests
{
    private static ScoredWorkbook ChiengEnWorkbook()
    {
        using var stream = File.OpenRead(RepositoryLayout.Sample("chieng-en-2020-2025.xlsx"));
        return ScoredWorkbook.From(stream, AnnexReadOptions.Default, IndicatorCatalogue.Default);
    }

    private static JsonElement Json(FileReport report) =>
        JsonDocument.Parse(JsonSerializer.Serialize(report, ReportJson.Options)).RootElement;

    [Fact]
    public void A_file_with_text_carries_its_sections_statements_and_findings_in_camel_case()
    {
        var report = AnnexReports.ForFile("bo-sinh-report-2025.docx", ChiengEnWorkbook(), SeedReportText.Lines, IndicatorCatalogue.Default,
            [SeedReportSamples.Annexes[1], SeedReportSamples.Annexes[2]]);
        var json = Json(report).GetProperty("report");

        var sections = json.GetProperty("sections");
        Assert.Equal(3, sections.GetArrayLength());
        var chiengEn = sections[0];
        Assert.Equal("Chiềng En", chiengEn.GetProperty("commune").GetString());
        Assert.Equal("2.1. Đối với xã Chiềng En (có biểu số 01 kèm theo)", chiengEn.GetProperty("heading").GetString());
        Assert.Equal(1, chiengEn.GetProperty("annexNumber").GetInt32());
        Assert.Equal(21, chiengEn.GetProperty("adopted").GetInt32());
        Assert.Equal(8, chiengEn.GetProperty("statedTally").GetProperty("exceeded").GetInt32());
        Assert.Equal(13, chiengEn.GetProperty("annex").GetProperty("table").GetProperty("met").GetInt32());
        Assert.Equal(21, chiengEn.GetProperty("statements").GetArrayLength());

        var first = chiengEn.GetProperty("statements")[0];
        Assert.Equal("indicator", first.GetProperty("link").GetProperty("basis").GetString());
        Assert.Equal("1", first.GetProperty("link").GetProperty("row").GetProperty("ordinal").GetString());
        Assert.Equal(152.7m, first.GetProperty("claims")[0].GetProperty("percent").GetDecimal());

        var findings = json.GetProperty("findings").EnumerateArray().ToList();
        var tally = findings.First(f => f.GetProperty("commune").GetString() == "Chiềng En");
        Assert.Equal("stated-tally-mismatch", tally.GetProperty("code").GetString());
        Assert.Equal("error", tally.GetProperty("severity").GetString());
        Assert.Equal("text", tally.GetProperty("correct").GetString());
        Assert.Contains(findings, f => f.GetProperty("code").GetString() == "opening-names-other-commune");
        Assert.False(json.TryGetProperty("truncated", out _));
    }

    [Fact]
    public void The_sample_word_report_is_checked_against_its_own_tables_as_its_text_is_against_the_workbooks()
    {
        using var stream = File.OpenRead(RepositoryLayout.Sample("bo-sinh-report-2025.docx"));
        var workbook = ScoredWorkbook.From(stream, AnnexReadOptions.Default, IndicatorCatalogue.Default);
        Assert.NotEmpty(workbook.Read.Narrative);
        var report = AnnexReports.ForFile("bo-sinh-report-2025.docx", workbook, workbook.Read.Narrative, IndicatorCatalogue.Default);

        var fromText = Core.Narrative.NarrativeReports.For(SeedReportText.Lines, SeedReportSamples.Annexes, IndicatorCatalogue.Default);
        Assert.Equal(3, report.Annexes.Count);
        Assert.Equal(fromText.Findings.Select(Describe), report.Report!.Findings.Select(Describe));
        Assert.Equal(16, report.Report.Findings.Count); // the 5 + 6 + 5 of NarrativeCheckerTests
    }

    [Fact]
    public void Read_for_the_commune_it_was_sent_for_each_section_still_finds_the_table_its_titles_name()
    {
        // An upload reads a report for the commune chosen (the new Bó Sinh), which every annex then carries as its commune.
        using var stream = File.OpenRead(RepositoryLayout.Sample("bo-sinh-report-2025.docx"));
        var sent = ScoredWorkbook.From(stream, new AnnexReadOptions("Bó Sinh", "2025-2030"), IndicatorCatalogue.Default);
        Assert.All(sent.Annexes, a => Assert.Equal("Bó Sinh", a.Annex.Commune));
        var report = Core.Narrative.NarrativeReports.For(sent.Read.Narrative, sent.Annexes, IndicatorCatalogue.Default);

        Assert.Equal([("Chiềng En", "Bảng 2"), ("Pú Bẩu", "Bảng 3"), ("Bó Sinh", "Bảng 4")], report.Sections.Select(s => (s.Commune, s.Annex?.Sheet)));
        var fromText = Core.Narrative.NarrativeReports.For(SeedReportText.Lines, SeedReportSamples.Annexes, IndicatorCatalogue.Default);
        Assert.Equal(fromText.Findings.Select(Describe), report.Findings.Select(Describe));
    }

    [Fact]
    public void A_notice_that_nothing_was_compared_is_no_disagreement()
    {
        var unrelated = Core.Narrative.NarrativeReports.For(["Biên bản họp chi bộ tháng 3.", "Nội dung: bàn về công tác tháng 4."], SeedReportSamples.Annexes, IndicatorCatalogue.Default);
        Assert.Equal(Core.Narrative.NarrativeFindingCode.NoSections, Assert.Single(unrelated.Findings).Code);
        Assert.Equal(0, unrelated.Disagreements);
        var seed = Core.Narrative.NarrativeReports.For(SeedReportText.Lines, SeedReportSamples.Annexes, IndicatorCatalogue.Default);
        Assert.Equal(seed.Findings.Count, seed.Disagreements); // 16, each a real disagreement
    }

    private static string Describe(Core.Narrative.NarrativeFinding f) =>
        $"{f.Commune}|{WireName.Of(f.Code)}|{f.Statement}|{f.Row?.Ordinal}|{f.Row?.Indicator}|{f.Quote}";

    [Fact]
    public void A_workbook_has_no_report_object() =>
        Assert.False(Json(AnnexReports.ForFile("chieng-en-2020-2025.xlsx", ChiengEnWorkbook())).TryGetProperty("report", out _));
}
