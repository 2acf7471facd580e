using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Periods;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;
using AnnexColumn = Pipeline.Workbooks.AnnexColumn;

namespace Pipeline.Core.Tests.Reading;

/// <summary>Yearly annexes (issue 16): the period from the titles or the result header, the plan scored, the term target kept.</summary>
public class YearlyAnnexReadTests
{
    private static Annex ReadSample(string file, AnnexReadOptions? options = null) =>
        Assert.Single(AnnexReader.ReadFile(RepositoryLayout.Sample(file), options).Annexes);

    private static Annex Read(AnnexTable table, AnnexReadOptions? options = null) =>
        Assert.Single(AnnexReader.Read(new MemoryStream(WorkbookWriter.ToBytes([AnnexSheetLayout.ToSheet(table, "Biểu")], WorkbookKind.Xlsx)), options).Annexes);

    [Fact]
    public void The_2026_sample_is_read_against_its_plan_keeping_the_term_target_and_the_baseline()
    {
        var annex = ReadSample("bo-sinh-2026-results.xlsx");
        Assert.Equal(ReportingPeriod.OfYear(2026), annex.Period);
        Assert.Equal(ReportingPeriod.OfYear(2026), annex.Titled!.Period);
        Assert.Equal(("Bó Sinh", "2025-2030", AnnexKind.Results), (annex.Commune, annex.Term, annex.Kind));
        Assert.True(annex.HasYearPlan);
        Assert.Empty(annex.UnplacedColumns);
        var budget = annex.Rows[0];
        // Thực hiện 2025 | NQ 2030 | KH 2026 | TH 2026 | % so KH | % so NQ: 420 | 515 | 440 | 452 | 102,7 | 452 / 515 = 87,8.
        Assert.Equal((420m, 515m, 440m, 452m, 102.7m, 87.8m, false),
            (budget.Baseline.Parts[0], budget.TermTarget.Parts[0], budget.Target.Parts[0], budget.Actual.Parts[0],
                budget.ReportedPercent.Parts[0], budget.ReportedTermPercent.Parts[0], budget.Estimate));
        Assert.Equal(28, annex.Rows.Count);
    }

    [Fact]
    public void The_plan_is_scored_with_the_same_findings_as_any_target()
    {
        var scored = TargetScorer.Score(ReadSample("bo-sinh-2026-results.xlsx"), IndicatorCatalogue.Default);
        // Row 8: 17.800 head against a plan of 18.000 is 98,9%, reported 101% and "Đạt".
        var livestock = scored.Targets.Single(t => t.Row.Ordinal == "8");
        Assert.Equal(TargetStatus.NotMet, livestock.Status);
        Assert.Equal(98.89m, Math.Round(livestock.Ratio!.Value, 2));
        Assert.Equal([FindingCodes.ReportedPercentMismatch, FindingCodes.ReportedStatusMismatch], livestock.Findings.Select(f => f.Code));
        // The composite's parts keep their own indicators, found by the term's figures in its text.
        Assert.Equal(["new-party-members", "grassroots-leaders-trained"], scored.Targets[^1].PartCodes!);
    }

    [Fact]
    public void The_report_says_the_period_the_term_target_and_the_estimate()
    {
        var report = Pipeline.Core.Reporting.AnnexReports.ForAnnex(TargetScorer.Score(ReadSample("bo-sinh-2027-results.xlsx"), IndicatorCatalogue.Default));
        using var json = System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(report, Pipeline.Core.Reporting.ReportJson.Options));
        Assert.Equal("2027", json.RootElement.GetProperty("period").GetString());
        Assert.True(json.RootElement.GetProperty("hasYearPlan").GetBoolean());
        var budget = json.RootElement.GetProperty("targets")[0];
        // 455 estimated against 515: 455 / 515 = 88,3% of the term's target, as "% so NQ" reports.
        Assert.Equal((515m, 88.3m, true), (budget.GetProperty("termTarget")[0].GetDecimal(), budget.GetProperty("reportedTermPercent")[0].GetDecimal(),
            budget.GetProperty("estimate").GetBoolean()));
        // An end-of-term annex says "term" and nothing of plans or estimates.
        var endOfTerm = Pipeline.Core.Reporting.AnnexReports.ForAnnex(TargetScorer.Score(ReadSample("pu-bau-2020-2025.xlsx"), IndicatorCatalogue.Default));
        using var old = System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(endOfTerm, Pipeline.Core.Reporting.ReportJson.Options));
        Assert.Equal("term", old.RootElement.GetProperty("period").GetString());
        Assert.False(old.RootElement.TryGetProperty("hasYearPlan", out _));
        Assert.False(old.RootElement.GetProperty("targets")[0].TryGetProperty("estimate", out _));
    }

    [Fact]
    public void The_2027_sample_s_results_are_estimates_under_its_other_spellings()
    {
        var annex = ReadSample("bo-sinh-2027-results.xlsx");
        Assert.Equal(ReportingPeriod.OfYear(2027), annex.Period);
        Assert.All(annex.Rows, r => Assert.True(r.Estimate));
        // "Mục tiêu 2030" | "KH 2027" | "Ước thực hiện năm 2027" for the budget: 515 | 460 | 455.
        Assert.Equal((515m, 460m, 455m), (annex.Rows[0].TermTarget.Parts[0], annex.Rows[0].Target.Parts[0], annex.Rows[0].Actual.Parts[0]));
    }

    [Fact]
    public void End_of_term_annexes_stay_whole_term_annexes()
    {
        var annex = ReadSample("chieng-en-2020-2025.xlsx");
        Assert.Equal(ReportingPeriod.WholeTerm, annex.Period);
        Assert.False(annex.HasYearPlan);
        Assert.Equal(ReportingPeriod.WholeTerm, ReadSample("bo-sinh-2025-2030-targets.xlsx").Period);
    }

    private static AnnexTable Yearly(string[] titles, params (AnnexColumn Column, string Header)[] headers) =>
        new(titles,
            [AnnexColumn.Ordinal, AnnexColumn.Indicator, AnnexColumn.Unit, AnnexColumn.TermTarget, AnnexColumn.Actual, AnnexColumn.ReportedPercent],
            [
                new AnnexTargetRow(new Dictionary<AnnexColumn, CellSpec>
                {
                    [AnnexColumn.Ordinal] = 1, [AnnexColumn.Indicator] = "Tỷ lệ lao động qua đào tạo", [AnnexColumn.Unit] = "%",
                    [AnnexColumn.TermTarget] = 50, [AnnexColumn.Actual] = 41, [AnnexColumn.ReportedPercent] = 82,
                }),
            ])
        {
            Headers = AnnexHeaders.With(headers),
            Layout = new AnnexLayoutOptions { HeaderStyle = HeaderStyle.SingleRow },
        };

    [Fact]
    public void Without_a_plan_the_year_is_scored_against_the_term_target_and_the_result_header_can_say_the_year()
    {
        // Titles naming only the term; the result header says 2026, inside 2025–2030: a yearly annex.
        var annex = Read(Yearly(["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT NHIỆM KỲ 2025-2030", "ĐẢNG BỘ XÃ BÓ SINH"],
            (AnnexColumn.TermTarget, "Chỉ tiêu nhiệm kỳ 2025-2030"), (AnnexColumn.Actual, "Thực hiện năm 2026"), (AnnexColumn.ReportedPercent, "% so NQ")));
        Assert.Equal(ReportingPeriod.OfYear(2026), annex.Period);
        Assert.Equal(ReportingPeriod.OfYear(2026), annex.Titled!.Period); // the file's own word, from its header
        Assert.False(annex.HasYearPlan);
        // 41 against 50, reported 82%: the term target is the row's target, its percent the reported one.
        var row = annex.Rows[0];
        Assert.Equal((50m, 41m, 82m), (row.Target.Parts[0], row.Actual.Parts[0], row.ReportedPercent.Parts[0]));
        Assert.Equal(82m, TargetScorer.Score(row, annex.Kind, IndicatorCatalogue.Default).Ratio);
    }

    [Fact]
    public void A_half_year_is_read_and_said_to_be_no_year_result()
    {
        var annex = Read(Yearly(["KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM 2026", "ĐẢNG BỘ XÃ BÓ SINH, NHIỆM KỲ 2025-2030"],
            (AnnexColumn.TermTarget, "Chỉ tiêu NQ đến năm 2030"), (AnnexColumn.Actual, "Thực hiện 6 tháng năm 2026"), (AnnexColumn.ReportedPercent, "% so NQ")));
        Assert.Null(annex.Period);
        Assert.Equal(2026, annex.Titled!.HalfYear);
        Assert.Equal(41m, annex.Rows[0].Actual.Parts[0]);
    }

    [Fact]
    public void The_clerk_s_period_decides_how_the_columns_are_read()
    {
        var table = Yearly(["KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", "ĐẢNG BỘ XÃ BÓ SINH"],
            (AnnexColumn.TermTarget, "Chỉ tiêu NQ đến năm 2030"), (AnnexColumn.Actual, "Thực hiện"), (AnnexColumn.ReportedPercent, "% so NQ"));
        Assert.Equal(ReportingPeriod.WholeTerm, Read(table).Period);
        var chosen = Read(table, new AnnexReadOptions("Bó Sinh", "2025-2030") { Period = ReportingPeriod.OfYear(2028) });
        Assert.Equal(ReportingPeriod.OfYear(2028), chosen.Period);
        Assert.Null(chosen.Titled!.Period);
    }

    [Theory]
    [InlineData("KẾT QUẢ THỰC HIỆN NĂM 2026", 2026, 41, "TH năm 2027")]
    [InlineData("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT", 2027, 44, "TH năm 2026")]
    public void A_result_column_of_another_year_of_the_term_is_said_to_be_left_unread(string title, int year, int actual, string unread)
    {
        // Two years' results side by side: an annex is one year's, so the other year's column is not read — and is said so.
        var table = TwoYearAnnex.Of(title, 44);
        var annex = Read(table);
        Assert.Equal(ReportingPeriod.OfYear(year), annex.Period);
        Assert.Equal(actual, annex.Rows[0].Actual.Parts[0]);
        Assert.Equal(unread, Assert.Single(annex.UnplacedColumns).Header);
        // The titles' year has its column: nothing to hold.
        Assert.Null(annex.Titled!.ResultYear);
    }

    [Fact]
    public void A_bare_percent_beside_a_plan_is_against_the_plan()
    {
        var table = new AnnexTable(["KẾT QUẢ THỰC HIỆN NĂM 2026", "ĐẢNG BỘ XÃ BÓ SINH, NHIỆM KỲ 2025-2030"],
            [AnnexColumn.Ordinal, AnnexColumn.Indicator, AnnexColumn.Unit, AnnexColumn.TermPercent, AnnexColumn.TermTarget, AnnexColumn.Target, AnnexColumn.Actual, AnnexColumn.ReportedPercent],
            [
                new AnnexTargetRow(new Dictionary<AnnexColumn, CellSpec>
                {
                    [AnnexColumn.Ordinal] = 1, [AnnexColumn.Indicator] = "Tỷ lệ lao động qua đào tạo", [AnnexColumn.Unit] = "%",
                    [AnnexColumn.TermTarget] = 50, [AnnexColumn.Target] = 42, [AnnexColumn.Actual] = 41, [AnnexColumn.ReportedPercent] = 97.6, [AnnexColumn.TermPercent] = 82,
                }),
            ])
        {
            Headers = AnnexHeaders.With((AnnexColumn.TermTarget, "Mục tiêu đến năm 2030"), (AnnexColumn.Target, "KH năm 2026"), (AnnexColumn.Actual, "TH năm 2026"),
                (AnnexColumn.ReportedPercent, "So sánh %"), (AnnexColumn.TermPercent, "TH/NQ (%)")),
            Layout = new AnnexLayoutOptions { HeaderStyle = HeaderStyle.SingleRow },
        };
        var annex = Read(table);
        Assert.True(annex.HasYearPlan);
        // 41 / 42 = 97,6% against the plan under the bare header; 41 / 50 = 82% against the term, left of it.
        var row = annex.Rows[0];
        Assert.Equal((42m, 50m, 97.6m, 82m), (row.Target.Parts[0], row.TermTarget.Parts[0], row.ReportedPercent.Parts[0], row.ReportedTermPercent.Parts[0]));
        Assert.Empty(annex.UnplacedColumns);
    }
}
