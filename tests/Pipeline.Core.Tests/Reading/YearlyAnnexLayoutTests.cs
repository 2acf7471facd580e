using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Periods;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// Yearly annexes laid out as other communes and other tools lay them out (issue 16's breaker): the year's plan under
/// other wordings and under a merged year, part of the year beside the whole, titles of two years or contradicting the
/// result column, the mid-term's span of years, a total line. Real .xlsx and .xls files (Workbooks/YearlyAnnexSheet).
/// </summary>
public class YearlyAnnexLayoutTests
{
    private static readonly MergeSpec[] NoMerges = [];

    private static IReadOnlyList<Annex> ReadAll(SheetSpec sheet, WorkbookKind kind = WorkbookKind.Xlsx, AnnexReadOptions? options = null) =>
        AnnexReader.Read(new MemoryStream(YearlyAnnexSheet.ToBytes(sheet, kind)), options).Annexes;

    private static Annex Read(SheetSpec sheet, WorkbookKind kind = WorkbookKind.Xlsx, AnnexReadOptions? options = null) =>
        Assert.Single(ReadAll(sheet, kind, options));

    /// <summary>TT | Chỉ tiêu | ĐVT | the three given headers | Ghi chú, the rows' 2030 target, 2026 plan and 2026 result under them.</summary>
    private static SheetSpec ThreeColumns(string title, string first, string second, string third, Func<(double Term, double Plan, double Actual), (object, object, object)>? cells = null) =>
        YearlyAnnexSheet.Of("Biểu", YearlyAnnexSheet.BoSinhTitles(title),
            [["TT", "Chỉ tiêu", "ĐVT", first, second, third, "Ghi chú"]], NoMerges,
            YearlyAnnexSheet.BoSinh2026.Select(r =>
            {
                var (a, b, c) = cells is null ? (r.Term, r.Plan, r.Actual) : cells((r.Term, r.Plan, r.Actual));
                return (IReadOnlyList<object?>)[r.Ordinal, r.Indicator, r.Unit, a, b, c, null];
            }));

    [Theory]
    [InlineData("Kế hoạch giao năm 2026", WorkbookKind.Xlsx)]
    [InlineData("KH giao 2026", WorkbookKind.Xlsx)]
    [InlineData("Chỉ tiêu kế hoạch năm 2026", WorkbookKind.Xlsx)]
    [InlineData("Kế hoạch huyện giao năm 2026", WorkbookKind.Xls)]
    [InlineData("Kế hoạch năm 2026 (NQ HĐND xã giao)", WorkbookKind.Xlsx)]
    [InlineData("Chỉ tiêu NQ HĐND xã năm 2026", WorkbookKind.Xls)]
    public void The_year_s_plan_is_read_under_other_wordings(string planHeader, WorkbookKind kind)
    {
        var annex = Read(ThreeColumns("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", "Mục tiêu NQ Đại hội đến 2030", planHeader, "Ước thực hiện cả năm 2026"), kind);
        Assert.Equal(ReportingPeriod.OfYear(2026), annex.Period);
        Assert.True(annex.HasYearPlan);
        Assert.Empty(annex.UnplacedColumns);
        // The budget: 452 estimated against the plan of 440, the term's 515 kept beside.
        var budget = annex.Rows[0];
        Assert.Equal((440m, 515m, 452m, true), (budget.Target.Parts[0], budget.TermTarget.Parts[0], budget.Actual.Parts[0], budget.Estimate));
    }

    [Theory]
    [InlineData(WorkbookKind.Xlsx, false)]
    [InlineData(WorkbookKind.Xls, false)]
    [InlineData(WorkbookKind.Xls, true)]
    public void A_year_merged_over_plan_result_and_percent_is_the_year_s_plan(WorkbookKind kind, bool tcvn3)
    {
        // "Năm 2026" merged over "KH | TH | %": the plan's header is "Năm 2026 KH", the percent's "Năm 2026 %" (against the plan).
        var sheet = YearlyAnnexSheet.Of("Biểu", YearlyAnnexSheet.BoSinhTitles("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"),
            [["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ đến năm 2030", "Năm 2026", null, null, "Ghi chú"],
             [null, null, null, null, "KH", "TH", "%", null]],
            [new(0, 0, 1, 0), new(0, 1, 1, 1), new(0, 2, 1, 2), new(0, 3, 1, 3), new(0, 4, 0, 6), new(0, 7, 1, 7)],
            YearlyAnnexSheet.BoSinh2026.Select(r => (IReadOnlyList<object?>)
                [r.Ordinal, r.Indicator, r.Unit, r.Term, r.Plan, r.Actual, YearlyAnnexSheet.Percent(r.Actual, r.Plan), null]));
        // An old commune's .xls typed in TCVN3 (".VnTime") reads the same.
        var annex = Read(tcvn3 ? LegacySheets.Tcvn3(sheet) : sheet, kind);
        Assert.True(annex.HasYearPlan);
        var scored = TargetScorer.Score(annex, IndicatorCatalogue.Default);
        // The budget: 452 against the plan of 440 is 102,7%, as the clerk wrote: exceeded, no finding; 515 is the term's.
        var budget = scored.Targets[0];
        Assert.Equal((440m, 515m, 102.7m, TargetStatus.Exceeded), (budget.Row.Target.Parts[0], budget.Row.TermTarget.Parts[0], budget.Row.ReportedPercent.Parts[0], budget.Status));
        Assert.Empty(budget.Findings);
        // Trained labour: 41 against 42 is 97,6%, not met — against the term's 50 it would be 82%.
        Assert.Equal(97.62m, Math.Round(scored.Targets[3].Ratio!.Value, 2));
    }

    [Theory]
    [InlineData("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2026")]
    [InlineData("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI")]
    public void The_whole_year_s_result_is_read_before_the_first_six_months(string title)
    {
        // "TH 6 tháng đầu năm 2026" (the plan's figures stand in for it here) beside "Ước TH cả năm 2026".
        var annex = Read(ThreeColumns(title, "Chỉ tiêu NQ đến năm 2030", "TH 6 tháng đầu năm 2026", "Ước TH cả năm 2026"));
        Assert.Equal(ReportingPeriod.OfYear(2026), annex.Period);
        Assert.Null(annex.Titled!.HalfYear);
        Assert.Equal((452m, true), (annex.Rows[0].Actual.Parts[0], annex.Rows[0].Estimate));
        // The six months' column is another period: not read, and said so.
        Assert.Equal("TH 6 tháng đầu năm 2026", Assert.Single(annex.UnplacedColumns).Header);
    }

    [Fact]
    public void A_half_year_annex_alone_stays_a_half_year()
    {
        var annex = Read(ThreeColumns("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI", "Chỉ tiêu NQ đến năm 2030", "KH năm 2026", "TH 6 tháng đầu năm 2026"));
        Assert.Null(annex.Period);
        Assert.Equal(2026, annex.Titled!.HalfYear);
        Assert.Equal(452m, annex.Rows[0].Actual.Parts[0]);
    }

    [Theory]
    [InlineData("PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2027 VÀ KẾT QUẢ THỰC HIỆN NĂM 2026")]
    [InlineData("KẾT QUẢ THỰC HIỆN NĂM 2026 VÀ KẾ HOẠCH NĂM 2027")]
    public void Of_two_years_in_the_titles_the_annex_is_the_one_its_results_are_for(string title)
    {
        // "Thực hiện năm 2026" | "Kế hoạch năm 2027": the 2026 results, with next year's plan beside.
        var annex = Read(ThreeColumns(title, "Chỉ tiêu NQ đến năm 2030", "Thực hiện năm 2026", "Kế hoạch năm 2027", r => (r.Term, r.Actual, r.Plan)));
        Assert.Equal(ReportingPeriod.OfYear(2026), annex.Period);
        Assert.Equal(AnnexKind.Results, annex.Kind);
        Assert.Null(annex.Titled!.ResultYear);
        Assert.Equal((515m, 452m), (annex.Rows[0].Target.Parts[0], annex.Rows[0].Actual.Parts[0]));
    }

    [Fact]
    public void A_title_year_the_result_column_contradicts_is_held_whatever_the_clerk_chose()
    {
        // Titles "NĂM 2026", columns "KH năm 2027 | TH năm 2027": which year is it?
        var sheet = ThreeColumns("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2026", "Chỉ tiêu NQ đến năm 2030", "KH năm 2027", "TH năm 2027");
        var annex = Read(sheet);
        Assert.Equal((ReportingPeriod.OfYear(2026), 2027), (annex.Titled!.Period, annex.Titled.ResultYear));
        // Read by its titles, the 2027 column is not read, and is said so.
        Assert.Equal("TH năm 2027", Assert.Single(annex.UnplacedColumns).Header);
        var unchosen = AnnexPeriodCheck.Decide([annex], null);
        Assert.True(unchosen.Holds);
        Assert.Contains(unchosen.Warnings, w => w.Contains("năm 2027", StringComparison.Ordinal) && w.Contains("năm 2026", StringComparison.Ordinal));
        // Sent for 2026, what the titles say, it is still held: its result column says 2027.
        var options = new AnnexReadOptions("Bó Sinh", "2025-2030") { Period = ReportingPeriod.OfYear(2026) };
        Assert.True(AnnexPeriodCheck.Decide([Read(sheet, options: options)], ReportingPeriod.OfYear(2026)).Holds);
        // Sent for 2027, the 2027 columns are read (and held too: the titles say 2026).
        var as2027 = Read(sheet, options: options with { Period = ReportingPeriod.OfYear(2027) });
        Assert.Equal((440m, 452m), (as2027.Rows[0].Target.Parts[0], as2027.Rows[0].Actual.Parts[0]));
        Assert.True(AnnexPeriodCheck.Decide([as2027], ReportingPeriod.OfYear(2027)).Holds);
    }

    [Fact]
    public void Titles_and_result_column_of_one_year_hold_nothing()
    {
        var annex = Read(ThreeColumns("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2026", "Chỉ tiêu NQ đến năm 2030", "KH năm 2026", "TH năm 2026"));
        Assert.Null(annex.Titled!.ResultYear);
        Assert.False(AnnexPeriodCheck.Decide([annex], null).Holds);
    }

    [Theory]
    [InlineData("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN 2025-2027", null)]
    [InlineData("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN 2025-2027", "2025-2030")]
    [InlineData("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU GIAI ĐOẠN TỪ NĂM 2025 ĐẾN NĂM 2027", "2025-2030")]
    public void A_span_of_the_term_s_first_years_is_the_mid_term_review_not_a_term(string title, string? term)
    {
        var sheet = YearlyAnnexSheet.Of("Biểu", ["ĐẢNG BỘ XÃ BÓ SINH", title],
            [["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ đến năm 2030", "Thực hiện giai đoạn 2025-2027", "Ghi chú"]], NoMerges,
            YearlyAnnexSheet.BoSinh2026.Select(r => (IReadOnlyList<object?>)[r.Ordinal, r.Indicator, r.Unit, r.Term, r.Actual, null]));
        var annex = Read(sheet, options: new AnnexReadOptions("Bó Sinh", term));
        Assert.Equal(ReportingPeriod.MidTerm, annex.Period);
        Assert.Equal(ReportingPeriod.MidTerm, annex.Titled!.Period);
        // 2025-2027 is no term: the titles name none, so nothing is said against the term it was sent for.
        Assert.Null(annex.Titled.Term);
        Assert.Empty(AnnexTitleCheck.Warnings([annex], "Bó Sinh", term ?? "2025-2030"));
        Assert.Equal((515m, 452m), (annex.Rows[0].Target.Parts[0], annex.Rows[0].Actual.Parts[0]));
    }

    [Theory]
    [InlineData(WorkbookKind.Xlsx)]
    [InlineData(WorkbookKind.Xls)]
    public void A_total_line_is_no_target_nor_the_rest_of_the_row_above(WorkbookKind kind)
    {
        var rows = YearlyAnnexSheet.BoSinh2026
            .Select(r => (IReadOnlyList<object?>)[r.Ordinal, r.Indicator, r.Unit, r.Term, r.Plan, r.Actual, YearlyAnnexSheet.Percent(r.Actual, r.Plan)])
            .Append((IReadOnlyList<object?>)["", "Tổng cộng", "Triệu đồng", 545.0, 463.5, 476.0, 102.7])
            .Append((IReadOnlyList<object?>)[null, "Cộng:", null, null, null, null, null]);
        var sheet = YearlyAnnexSheet.Of("Biểu", YearlyAnnexSheet.BoSinhTitles("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"),
            [["STT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ đến năm 2030", "KH năm 2026", "TH năm 2026", "% TH/KH"]], NoMerges, rows);
        var annex = Read(sheet, kind);
        Assert.Equal(6, annex.Rows.Count);
        Assert.Equal("Duy trì tỷ lệ độ che phủ rừng", annex.Rows[^1].Indicator);
    }

    [Fact]
    public void The_year_s_target_is_its_plan_left_of_the_term_s()
    {
        // "Chỉ tiêu năm 2026" (the year's target) left of "Chỉ tiêu NQ đến năm 2030", and a percent "so với chỉ tiêu năm".
        var sheet = YearlyAnnexSheet.Of("Biểu", YearlyAnnexSheet.BoSinhTitles("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"),
            [["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu năm 2026", "Chỉ tiêu NQ đến năm 2030", "TH năm 2026", "% so với chỉ tiêu năm"]], NoMerges,
            YearlyAnnexSheet.BoSinh2026.Select(r => (IReadOnlyList<object?>)[r.Ordinal, r.Indicator, r.Unit, r.Plan, r.Term, r.Actual, YearlyAnnexSheet.Percent(r.Actual, r.Plan)]));
        var annex = Read(sheet, options: new AnnexReadOptions(null, "2025-2030"));
        Assert.True(annex.HasYearPlan);
        var budget = annex.Rows[0];
        Assert.Equal((440m, 515m, 102.7m), (budget.Target.Parts[0], budget.TermTarget.Parts[0], budget.ReportedPercent.Parts[0]));
        Assert.True(budget.ReportedTermPercent.IsEmpty);
    }

    [Fact]
    public void Without_an_ordinal_column_a_numbered_group_line_is_a_group()
    {
        // No TT column: "I. KINH TẾ" and "II. VĂN HÓA - XÃ HỘI" in the indicator column, the targets numbered in their text.
        IReadOnlyList<object?> Line((int Ordinal, string Indicator, string Unit, double Term, double Baseline, double Plan, double Actual) r) =>
            [$"{r.Ordinal}. {r.Indicator}", r.Unit, r.Term, r.Plan, r.Actual];
        var rows = YearlyAnnexSheet.BoSinh2026;
        var sheet = YearlyAnnexSheet.Of("Biểu", YearlyAnnexSheet.BoSinhTitles("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"),
            [["Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ đến năm 2030", "KH năm 2026", "TH năm 2026"]], NoMerges,
            [["I. KINH TẾ"], .. rows.Take(2).Select(Line), ["II. VĂN HÓA - XÃ HỘI"], .. rows.Skip(2).Select(Line)]);
        var annex = Read(sheet);
        Assert.Equal(6, annex.Rows.Count);
        Assert.Equal(("2. Thu nhập bình quân đầu người/năm", TargetGroup.Economy), (annex.Rows[1].Indicator, annex.Rows[1].Group));
        Assert.Equal(TargetGroup.Society, annex.Rows[2].Group);
    }

    [Fact]
    public void A_sheet_named_for_a_year_of_the_term_is_that_year_s_annex()
    {
        // Titles naming only the term, headers of no year ("Chỉ tiêu NQ | Kế hoạch | Thực hiện"), the tab named "Năm 2026".
        var sheet = YearlyAnnexSheet.Of("Năm 2026", ["ĐẢNG BỘ XÃ BÓ SINH", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT", "nhiệm kỳ 2025-2030"],
            [["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "Kế hoạch", "Thực hiện"]], NoMerges,
            YearlyAnnexSheet.BoSinh2026.Select(r => (IReadOnlyList<object?>)[r.Ordinal, r.Indicator, r.Unit, r.Term, r.Plan, r.Actual]));
        var annex = Read(sheet);
        Assert.Equal(ReportingPeriod.OfYear(2026), annex.Period);
        Assert.True(annex.HasYearPlan);
        Assert.Equal((440m, 515m), (annex.Rows[0].Target.Parts[0], annex.Rows[0].TermTarget.Parts[0]));
        // A tab named for the term's last year leaves an end-of-term annex whole.
        Assert.Equal(ReportingPeriod.WholeTerm, Read(sheet with { Name = "Năm 2030" }).Period);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Percents_typed_as_fractions_are_read_as_percents(bool everyColumn)
    {
        // 0,65 · 0,41 · 0,94 · 0,304 in plain cells (no % sign, no percent format) on the "%" rows; with everyColumn the
        // targets and plans too. The budget (Triệu đồng) stays 452.
        static object Fraction(string unit, double value, bool typed) => unit == "%" && typed ? Math.Round(value / 100, 4) : value;
        var sheet = YearlyAnnexSheet.Of("Biểu", YearlyAnnexSheet.BoSinhTitles("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"),
            [["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ đến năm 2030", "KH năm 2026", "TH năm 2026"]], NoMerges,
            YearlyAnnexSheet.BoSinh2026.Select(r => (IReadOnlyList<object?>)
                [r.Ordinal, r.Indicator, r.Unit, Fraction(r.Unit, r.Term, everyColumn), Fraction(r.Unit, r.Plan, everyColumn), Fraction(r.Unit, r.Actual, true)]));
        var annex = Read(sheet);
        Assert.Equal([452m, 24m, 65m, 41m, 94m, 30.4m], annex.Rows.Select(r => r.Actual.Parts[0]));
        Assert.Equal([515m, 30m, 55m, 50m, 95m, 30.2m], annex.Rows.Select(r => r.TermTarget.Parts[0]));
        Assert.Equal("0,94", annex.Rows[4].Actual.Text); // as written
        // 94 against a plan of 93: exceeded, as if typed 94.
        Assert.Equal(TargetStatus.Exceeded, TargetScorer.Score(annex.Rows[4], annex.Kind, IndicatorCatalogue.Default).Status);
    }

    [Fact]
    public void Small_rates_stay_as_written()
    {
        // Rates truly under 1% beside targets of 1 to 5%: 0,9 ×100 would be 90 beside 2,5 — no agreement, nothing scaled.
        var sheet = YearlyAnnexSheet.Of("Biểu", YearlyAnnexSheet.BoSinhTitles("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"),
            [["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ đến năm 2030", "KH năm 2026", "TH năm 2026"]], NoMerges,
            [[1, "Tỷ lệ hộ nghèo", "%", "dưới 1", 2.5, 0.9], [2, "Tỷ lệ tăng dân số tự nhiên", "%", 0.9, 1.0, 0.95],
             [3, "Tỷ lệ hộ cận nghèo", "%", 3.0, 4.0, 0.8], [4, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "%", 5.0, 6.0, 0.7]]);
        Assert.Equal([0.9m, 0.95m, 0.8m, 0.7m], Read(sheet).Rows.Select(r => r.Actual.Parts[0]));
    }

    [Fact]
    public void A_bare_year_target_is_the_plan_and_a_second_term_target_is_said_to_be_unread()
    {
        // "Chỉ tiêu Đại hội" | "Chỉ tiêu năm" | "Thực hiện" | "Chỉ tiêu NQ điều chỉnh": which of the term's two targets counts is not the reader's to guess.
        var sheet = YearlyAnnexSheet.Of("Biểu", YearlyAnnexSheet.BoSinhTitles("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"),
            [["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu Đại hội", "Chỉ tiêu năm", "Thực hiện", "Chỉ tiêu NQ điều chỉnh"]], NoMerges,
            YearlyAnnexSheet.BoSinh2026.Select(r => (IReadOnlyList<object?>)[r.Ordinal, r.Indicator, r.Unit, r.Term, r.Plan, r.Actual, r.Term + 5]));
        var annex = Read(sheet);
        Assert.True(annex.HasYearPlan);
        Assert.Equal((440m, 515m, 452m), (annex.Rows[0].Target.Parts[0], annex.Rows[0].TermTarget.Parts[0], annex.Rows[0].Actual.Parts[0]));
        Assert.Equal(("G", "Chỉ tiêu NQ điều chỉnh"), (Assert.Single(annex.UnplacedColumns).Letter, annex.UnplacedColumns[0].Header));
    }

    [Theory]
    [InlineData("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẾN HẾT NĂM 2026", 2026, null)]
    [InlineData("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT (tính đến ngày 31/12/2027)", 2027, null)]
    [InlineData("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT (tính đến ngày 30/6/2026)", null, 2026)]
    [InlineData("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẾN NĂM 2030", 0, null)]
    [InlineData("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2025-2030 (tính đến ngày 31/12/2029)", 0, null)]
    public void Results_to_date_are_that_year_s_and_the_term_s_horizon_is_the_term(string title, int? year, int? partOfYear)
    {
        // Headers of no year ("Chỉ tiêu NQ | Kế hoạch | Thực hiện"): only the title says what the figures are.
        var sheet = YearlyAnnexSheet.Of("Biểu", ["ĐẢNG BỘ XÃ BÓ SINH", title, "nhiệm kỳ 2025-2030"],
            [["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ", "Kế hoạch", "Thực hiện"]], NoMerges,
            YearlyAnnexSheet.BoSinh2026.Select(r => (IReadOnlyList<object?>)[r.Ordinal, r.Indicator, r.Unit, r.Term, r.Plan, r.Actual]));
        var annex = Read(sheet);
        Assert.Equal(partOfYear, annex.Titled!.HalfYear);
        Assert.Equal(year switch { null => null, 0 => ReportingPeriod.WholeTerm, { } y => ReportingPeriod.OfYear(y) }, annex.Period);
    }

    [Fact]
    public void A_result_cell_that_says_it_is_estimated_is_an_estimate()
    {
        // "Thực hiện năm 2026" (not an estimate by its header), the budget's cell "Ước đạt 452".
        var sheet = ThreeColumns("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", "Chỉ tiêu NQ đến năm 2030", "KH năm 2026", "Thực hiện năm 2026",
            r => (r.Term, r.Plan, r.Actual == 452 ? "Ước đạt 452" : (object)r.Actual));
        var annex = Read(sheet);
        Assert.Equal((452m, true), (annex.Rows[0].Actual.Parts[0], annex.Rows[0].Estimate));
        Assert.All(annex.Rows.Skip(1), r => Assert.False(r.Estimate));
    }
}
