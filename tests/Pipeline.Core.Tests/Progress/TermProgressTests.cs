using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Periods;
using Pipeline.Core.Progress;
using Pipeline.Core.Scoring;
using Pipeline.Core.Units;
using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Progress;

/// <summary>A commune's progress gathered from its targets annex and yearly annexes; every figure worked by hand.</summary>
public class TermProgressTests
{
    private const string Composite = "Kết nạp mới 35 đảng viên trở lên; 100% bí thư chi bộ được bồi dưỡng, tập huấn";
    private static readonly Term Term2025 = Term.Parse("2025-2030");

    private static AnnexRow Row(string indicator, string unit, string target, string baseline = "", string actual = "", string termTarget = "", bool estimate = false) =>
        new(5, "1", null, indicator, unit, AnnexValueParser.Parse(target), AnnexValueParser.Parse(actual), AnnexValue.Empty, "", null)
        {
            Baseline = AnnexValueParser.Parse(baseline),
            TermTarget = AnnexValueParser.Parse(termTarget),
            Estimate = estimate,
        };

    private static ScoredAnnex Targets() => TargetScorer.Score(new Annex("Chỉ tiêu", "Bó Sinh", "2025-2030", AnnexKind.TargetsOnly, 3,
        [
            Row("Thu ngân sách trên địa bàn", "Triệu đồng", "515", baseline: "400"),
            Row(Composite, "Đảng viên; %", "35 đảng viên và 100%", baseline: "0 đảng viên và 60%"),
            Row("Xây dựng xã đạt chuẩn nông thôn mới nâng cao", "", "Đạt chuẩn"),
            Row("Tỷ lệ hộ nghèo", "%", "3"),
        ]), IndicatorCatalogue.Default);

    private static ScoredAnnex Year(int year, params AnnexRow[] rows) =>
        TargetScorer.Score(new Annex("Năm", "Bó Sinh", "2025-2030", AnnexKind.Results, 3, rows) { Period = ReportingPeriod.OfYear(year), HasYearPlan = true },
            IndicatorCatalogue.Default);

    private static CommuneProgress Progress() => TermProgress.Of("Bó Sinh", Term2025, Targets(),
    [
        Year(2027, Row("Thu ngân sách trên địa bàn", "Triệu đồng", "470", actual: "430", termTarget: "515", estimate: true)),
        Year(2026,
            Row("Thu ngân sách trên địa bàn", "Triệu đồng", "430", actual: "440", termTarget: "515"),
            Row(Composite, "Đảng viên; %", "7 đảng viên và 70%", actual: "8 đảng viên và 72%", termTarget: "35 đảng viên và 100%"),
            Row("Xây dựng xã đạt chuẩn nông thôn mới nâng cao", "", "Hoàn thiện hồ sơ", actual: "Đang hoàn thiện hồ sơ", termTarget: "Đạt chuẩn"),
            Row("Tỷ lệ hộ nghèo", "%", "5,5", actual: "5", termTarget: "3", estimate: true)),
    ]);

    [Fact]
    public void Years_come_in_order_and_indicators_in_the_targets_order()
    {
        var progress = Progress();
        Assert.Equal([2026, 2027], progress.Periods);
        Assert.Equal(("Bó Sinh", "2025-2030"), (progress.Commune, progress.Term));
        // Budget, the composite's two parts, the qualitative row, the poverty rate.
        Assert.Equal(5, progress.Indicators.Count);
    }

    [Fact]
    public void An_additive_indicator_against_its_plan_and_its_term_target()
    {
        var budget = Progress().Indicators[0];
        Assert.Equal(("budget-revenue", 400m, 515m, Direction.Higher), (budget.IndicatorCode, budget.Baseline, budget.Target, budget.Direction));
        // 2026: plan 430, result 440: 440 / 430 = 102.3% exceeded; share (440 − 400) / 115 = 0.3478 ≥ 0.2, on track.
        Assert.Equal(new ProgressValue(2026, 440m, false, 430m, TargetStatus.Exceeded, 0.3478m, 0.2m, ProgressAssessment.OnTrack, "440"), budget.Values[0]);
        // 2027 (estimate): plan 470, 430 / 470 = 91.5% not met; share 30 / 115 = 0.2609, between 0.2 and 0.4: behind.
        Assert.Equal(new ProgressValue(2027, 430m, true, 470m, TargetStatus.NotMet, 0.2609m, 0.4m, ProgressAssessment.Behind, "430"), budget.Values[1]);
        Assert.Equal(ProgressAssessment.Behind, budget.Latest);
    }

    [Fact]
    public void A_composite_row_is_followed_part_by_part_with_each_part_s_indicator()
    {
        var indicators = Progress().Indicators;
        var members = indicators[1];
        var trained = indicators[2];
        Assert.Equal((1, 2), (members.Part, trained.Part));
        Assert.NotNull(members.IndicatorCode);
        Assert.NotNull(trained.IndicatorCode);
        Assert.NotEqual(members.IndicatorCode, trained.IndicatorCode);
        // New members: 0 → 35; 8 admitted in 2026: 8 / 35 = 0.2286 ≥ 0.2, on track; 8 against a plan of 7, exceeded.
        Assert.Equal((0m, 35m), (members.Baseline, members.Target));
        Assert.Equal((8m, 7m, TargetStatus.Exceeded, 0.2286m, ProgressAssessment.OnTrack),
            (members.Values[0].Value, members.Values[0].Plan, members.Values[0].PlanStatus, members.Values[0].Share, members.Values[0].Assessment));
        // Trained: 60% → 100%; 72%: (72 − 60) / 40 = 0.3 ≥ 0.2, on track; 72 against 70, exceeded.
        Assert.Equal((60m, 100m), (trained.Baseline, trained.Target));
        Assert.Equal((72m, 70m, TargetStatus.Exceeded, 0.3m, ProgressAssessment.OnTrack),
            (trained.Values[0].Value, trained.Values[0].Plan, trained.Values[0].PlanStatus, trained.Values[0].Share, trained.Values[0].Assessment));
    }

    [Fact]
    public void Words_get_no_assessment_and_no_baseline_is_said()
    {
        var indicators = Progress().Indicators;
        var rural = indicators[3];
        Assert.True(rural.Qualitative);
        Assert.Equal((null, null, "Đang hoàn thiện hồ sơ"), (rural.Values[0].Value, rural.Values[0].Assessment, rural.Values[0].ValueText));
        // Poverty 5% (estimate) against 3%, lower is better, no baseline anywhere: not reached, no way to measure.
        var poverty = indicators[4];
        Assert.Equal(Direction.Lower, poverty.Direction);
        Assert.Equal((5m, true, null, ProgressAssessment.NoBaseline), (poverty.Values[0].Value, poverty.Values[0].Estimate, poverty.Values[0].Share, poverty.Values[0].Assessment));
        // 5.5 planned, 5 reached: lower is better, 5.5 / 5 = 110%, exceeded.
        Assert.Equal(TargetStatus.Exceeded, poverty.Values[0].PlanStatus);
    }

    [Fact]
    public void A_baseline_given_from_outside_fills_the_gap()
    {
        var poverty = TermProgress.Of("Bó Sinh", Term2025, Targets(), [Year(2026, Row("Tỷ lệ hộ nghèo", "%", "5,5", actual: "7", termTarget: "3"))],
            new Dictionary<string, decimal> { [Progress().Indicators[4].IndicatorCode!] = 8m }).Indicators[4];
        // 8% → 3%; 7% in 2026: (7 − 8) / (3 − 8) = 0.2 = expected 0.2: on track.
        Assert.Equal((8m, 0.2m, ProgressAssessment.OnTrack), (poverty.Baseline, poverty.Values[0].Share, poverty.Values[0].Assessment));
    }

    [Fact]
    public void An_annex_that_is_not_a_year_of_the_term_is_refused() =>
        Assert.Throws<ArgumentException>(() => TermProgress.Of("Bó Sinh", Term2025, Targets(), [Year(2025)]));

    [Fact]
    public void Two_rows_of_one_indicator_stay_two()
    {
        var targets = TargetScorer.Score(new Annex("Chỉ tiêu", "Bó Sinh", "2025-2030", AnnexKind.TargetsOnly, 3,
        [
            Row("Thu ngân sách trên địa bàn", "Triệu đồng", "515", baseline: "400"),
            Row("Tổng thu ngân sách trên địa bàn xã", "Triệu đồng", "600", baseline: "500"),
        ]), IndicatorCatalogue.Default);
        Assert.Equal(targets.Targets[0].IndicatorCode, targets.Targets[1].IndicatorCode);
        var progress = TermProgress.Of("Bó Sinh", Term2025, targets,
        [
            Year(2026,
                Row("Thu ngân sách trên địa bàn", "Triệu đồng", "430", actual: "440", termTarget: "515"),
                Row("Tổng thu ngân sách trên địa bàn xã", "Triệu đồng", "520", actual: "510", termTarget: "600")),
        ]);
        // (440 − 400) / 115 = 0.3478; (510 − 500) / 100 = 0.1, short of 0.2 by half: behind.
        Assert.Equal([(515m, 0.3478m), (600m, 0.1m)], progress.Indicators.Select(i => (i.Target!.Value, i.Values[0].Share!.Value)));
    }

    [Fact]
    public void A_years_row_is_the_targets_row_of_the_same_wording_whatever_its_plan_makes_it_read_as()
    {
        var targets = TargetScorer.Score(new Annex("Chỉ tiêu", "Bó Sinh", "2025-2030", AnnexKind.TargetsOnly, 3,
            [Row("Tỷ lệ hộ nghèo", "%", "3", baseline: "8")]), IndicatorCatalogue.Default);
        // The year's plan "Giảm 1%" makes the row read as a reduction (higher is better) on its own.
        var year = Year(2026, Row("Tỷ lệ hộ nghèo", "%", "Giảm 1%", actual: "7", termTarget: "3"));
        Assert.NotEqual(targets.Targets[0].IndicatorCode, year.Targets[0].IndicatorCode);

        var poverty = Assert.Single(TermProgress.Of("Bó Sinh", Term2025, targets, [year]).Indicators);
        // Lower is better, from 8 toward 3: (7 − 8) / (3 − 8) = 0.2 against 0.2 expected in 2026 — on track, not "reached" (7 ≥ 3).
        Assert.Equal((Direction.Lower, 0.2m, ProgressAssessment.OnTrack), (poverty.Direction, poverty.Values[0].Share!.Value, poverty.Values[0].Assessment!.Value));
    }
}
