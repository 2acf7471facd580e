using Pipeline.Core.Catalogue;
using Pipeline.Core.Periods;
using Pipeline.Core.Progress;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Core.Units;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Progress;

/// <summary>
/// Rows of a yearly annex found by their catalogue code alone (not by the targets' wording), as other communes write
/// them (issue 16's breaker): a second row of one indicator, a row whose own term target is another indicator's. Real
/// files: the new Bó Sinh's 2025–2030 targets sample and a 2026 annex written by Workbooks/YearlyAnnexSheet.
/// </summary>
public class YearlyRowJoinTests
{
    private static readonly Term Term2025 = Term.Parse("2025-2030");

    private static ScoredAnnex Targets() =>
        Assert.Single(ScoredWorkbook.From(File.OpenRead(RepositoryLayout.Sample("bo-sinh-2025-2030-targets.xlsx")), new AnnexReadOptions(), IndicatorCatalogue.Default).Annexes);

    /// <summary>A 2026 annex: TT | Chỉ tiêu | ĐVT | Chỉ tiêu NQ đến năm 2030 | KH năm 2026 | TH năm 2026, the given rows.</summary>
    private static ScoredAnnex Year2026(params IReadOnlyList<object?>[] rows)
    {
        var sheet = YearlyAnnexSheet.Of("Biểu", YearlyAnnexSheet.BoSinhTitles("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026"),
            [["TT", "Chỉ tiêu", "ĐVT", "Chỉ tiêu NQ đến năm 2030", "KH năm 2026", "TH năm 2026"]], [], rows);
        var read = ScoredWorkbook.From(new MemoryStream(YearlyAnnexSheet.ToBytes(sheet)), new AnnexReadOptions("Bó Sinh", "2025-2030"), IndicatorCatalogue.Default);
        var annex = Assert.Single(read.Annexes);
        Assert.Equal(ReportingPeriod.OfYear(2026), annex.Annex.Period);
        return annex;
    }

    [Fact]
    public void A_second_row_of_one_indicator_does_not_replace_the_first()
    {
        // The budget, then the same budget in billions: both "budget-revenue", the second found by its code alone.
        var progress = TermProgress.Of("Bó Sinh", Term2025, Targets(),
        [
            Year2026(
                [1, "Thu ngân sách trên địa bàn", "Triệu đồng", 515, 440, 452],
                [2, "Thu ngân sách trên địa bàn (quy ra tỷ đồng)", "Tỷ đồng", "0,515", "0,44", "0,452"]),
        ]);
        var budget = progress.Indicators.First(i => i.Name == "Thu ngân sách trên địa bàn");
        Assert.Equal((515m, 452m, 440m), (budget.Target, budget.Values.Single().Value, budget.Values.Single().Plan));
        // The second row is followed on its own, against its own term target.
        var billions = progress.Indicators.Single(i => i.Name.Contains("tỷ đồng", StringComparison.Ordinal));
        Assert.Equal((0.515m, 0.452m), (billions.Target, billions.Values.Single().Value));
    }

    [Fact]
    public void A_row_whose_own_term_target_is_another_indicator_s_is_followed_on_its_own()
    {
        // The targets: "Tỷ lệ hộ nghèo giảm bình quân hằng năm" 2 (a yearly reduction, higher is better). The year's row:
        // the poverty rate itself, 5,2%, against "Giảm còn dưới 3%" by 2030 (a level, lower is better) and a plan "Giảm 1%".
        var progress = TermProgress.Of("Bó Sinh", Term2025, Targets(),
            [Year2026([1, "Tỷ lệ hộ nghèo", "%", "Giảm còn dưới 3%", "Giảm 1%", "5,2"])]);
        var reduction = progress.Indicators.Single(i => i.Name == "Tỷ lệ hộ nghèo giảm bình quân hằng năm");
        Assert.Empty(reduction.Values); // 5,2% is no yearly reduction of 5,2 points: 2 would read as reached
        var rate = progress.Indicators.Single(i => i.Name == "Tỷ lệ hộ nghèo");
        Assert.Equal((3m, Direction.Lower), (rate.Target, rate.Direction));
        var value = rate.Values.Single();
        Assert.Equal(5.2m, value.Value);
        // 5,2% is above the ceiling of 3%: not reached, and without a baseline no more can be said.
        Assert.Equal(ProgressAssessment.NoBaseline, value.Assessment);
    }
}
