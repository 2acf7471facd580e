using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// The committed sample report (samples/bo-sinh-report-2025.docx, written by WordReportWriter from the
/// seed's text and the same annex rows as the sample workbooks): its three annex tables read and score
/// exactly as the workbooks do, each under its own commune, and its text is kept as the narrative.
/// </summary>
public class WordReportReadTests
{
    private const string Report = "bo-sinh-report-2025.docx";

    private static ScoredWorkbook Score(byte[] file, AnnexReadOptions? options = null) =>
        ScoredWorkbook.From(new MemoryStream(file, writable: false), options ?? AnnexReadOptions.Default, IndicatorCatalogue.Default);

    private static ScoredWorkbook ScoreSample() => Score(File.ReadAllBytes(RepositoryLayout.Sample(Report)));

    [Fact]
    public void The_committed_sample_is_what_the_writer_writes_now()
    {
        // Zip timestamps differ between runs: compare what is read, not the bytes.
        var committed = ScoreSample();
        var written = Score(SampleReports.BoSinh2025.ToBytes());
        Assert.Null(written.Read.Error);
        Assert.Equal(committed.Read.Narrative, written.Read.Narrative);
        Assert.Equal(committed.Annexes.Count, written.Annexes.Count);
        for (var i = 0; i < committed.Annexes.Count; i++) SeedReading.AssertSameAs(committed.Annexes[i], written.Annexes[i]);
    }

    [Fact]
    public void The_sample_is_a_valid_word_document()
    {
        using var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(RepositoryLayout.Sample(Report), false);
        var errors = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToArray();
        Assert.True(errors.Length == 0, string.Join('\n', errors.Take(10)));
    }

    [Fact]
    public void The_three_annexes_read_and_score_row_by_row_as_the_sample_workbooks()
    {
        var report = ScoreSample();
        Assert.Null(report.Read.Error);
        Assert.Equal(3, report.Annexes.Count);
        string[] workbooks = ["chieng-en-2020-2025.xlsx", "pu-bau-2020-2025.xlsx", "bo-sinh-2020-2025.xlsx"];
        for (var i = 0; i < workbooks.Length; i++) SeedReading.AssertSameAs(SeedReading.Sample(workbooks[i]), report.Annexes[i]);
    }

    [Theory]
    [InlineData(0, "Chiềng En", 21, 7, 13, 1, 7, 13, 1)]
    [InlineData(1, "Pú Bẩu", 26, 8, 9, 9, 7, 11, 8)]
    [InlineData(2, "Bó Sinh", 18, 6, 8, 4, 7, 8, 3)]
    public void Each_annex_has_its_own_titles_commune_and_the_hand_calculated_counts(
        int index, string commune, int targets, int exceeded, int met, int notMet, int reportedExceeded, int reportedMet, int reportedNotMet)
    {
        var annex = ScoreSample().Annexes[index];
        Assert.Equal(commune, annex.Annex.Commune);
        Assert.Equal(commune, annex.Annex.Titled?.Commune);
        Assert.Equal("2020-2025", annex.Annex.Term);
        Assert.Equal(AnnexKind.Results, annex.Annex.Kind);
        Assert.Equal(targets, annex.Targets.Count);
        Assert.Equal(new StatusCounts(exceeded, met, notMet, 0), annex.Computed);
        Assert.Equal((reportedExceeded, reportedMet, reportedNotMet), (annex.Reported.Exceeded, annex.Reported.Met, annex.Reported.NotMet));
    }

    [Fact]
    public void Each_annex_is_named_after_its_table_and_numbers_rows_within_it()
    {
        var annexes = ScoreSample().Annexes;
        // Table 1 is the signature block; the annexes are tables 2 to 4, their header on their first row.
        Assert.Equal(["Bảng 2", "Bảng 3", "Bảng 4"], annexes.Select(a => a.Annex.Sheet));
        Assert.All(annexes, a => Assert.Equal(1, a.Annex.HeaderRow));
    }

    [Fact]
    public void The_narrative_is_the_text_outside_tables_in_order()
    {
        var narrative = ScoreSample().Read.Narrative;
        var section = narrative.ToList().IndexOf("2.1. Đối với xã Chiềng En (có biểu số 01 kèm theo)");
        Assert.True(section > 0, "the Chiềng En section heading is a paragraph of the narrative");
        Assert.StartsWith("Đại hội Đảng bộ xã Chiềng En cũ nhiệm kỳ 2020-2025; nhất trí thông qua 21 chỉ tiêu", narrative[section + 1]);
        Assert.Contains("2.3. Đối với xã Bó Sinh cũ (có biểu số 03 kèm theo)", narrative);
        Assert.Equal(SeedReportText.Lines[0], narrative[0]);
        // The signature is a table: its lines are not narrative; the annexes' titles, outside tables, are.
        Assert.DoesNotContain("Nơi nhận:", narrative);
        Assert.Contains("KẾT QUẢ THỰC HIỆN NGHỊ ĐẠI HỘI ĐẢNG BỘ XÃ PÚ BẨU", narrative);
        Assert.All(narrative, p => Assert.False(string.IsNullOrWhiteSpace(p)));
    }

    [Fact]
    public void Annex_tables_without_any_title_line_are_found_by_their_header_row()
    {
        var report = Score(BadReports.UntitledAnnexes());
        Assert.Null(report.Read.Error);
        Assert.Equal([21, 26, 18], report.Annexes.Select(a => a.Targets.Count));
        // No "BIỂU SỐ" line and nothing written between the tables: no commune to give them.
        Assert.All(report.Annexes, a => Assert.Null(a.Annex.Commune));
        Assert.Equal(new StatusCounts(8, 9, 9, 0), report.Annexes[1].Computed);
    }

    [Fact]
    public void Workbooks_have_no_narrative() =>
        Assert.Empty(AnnexReader.Read(File.OpenRead(RepositoryLayout.Sample("chieng-en-2020-2025.xlsx"))).Narrative);
}
