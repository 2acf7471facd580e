using Pipeline.Core.Progress;
using Pipeline.Core.Scoring;
using Pipeline.Core.Units;

namespace Pipeline.Core.Tests.Progress;

/// <summary>The progress arithmetic of docs/progress.md, each figure worked by hand in its comment.</summary>
public class ProgressRuleTests
{
    private static readonly Term Term2025 = Term.Parse("2025-2030");

    [Theory]
    // (Y − 2025) / (2030 − 2025): 1/5, 2/5, 5/5.
    [InlineData(2026, 0.2)]
    [InlineData(2027, 0.4)]
    [InlineData(2030, 1.0)]
    public void The_expected_share_is_linear_over_the_term(int year, double expected) =>
        Assert.Equal((decimal)expected, ExpectedShare.At(Term2025, year));

    [Fact]
    public void A_year_outside_the_term_has_no_expected_share() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ExpectedShare.At(Term2025, 2031));

    [Fact]
    public void Additive_budget_revenue_ahead_in_2026_and_behind_in_2027()
    {
        // Baseline 400, target 515 (million đồng). 2026: (440 − 400) / (515 − 400) = 40 / 115 = 0.3478… ≥ 0.2: on track.
        var (share, assessment) = ProgressRule.Assess(400m, 515m, 440m, Direction.Higher, 0.2m);
        Assert.Equal(0.3478m, Math.Round(share!.Value, 4));
        Assert.Equal(ProgressAssessment.OnTrack, assessment);
        // 2027: (430 − 400) / 115 = 0.2609; expected 0.4, margin 0.5 × 0.4 = 0.2: 0.2 ≤ 0.2609 < 0.4, behind.
        (share, assessment) = ProgressRule.Assess(400m, 515m, 430m, Direction.Higher, 0.4m);
        Assert.Equal(0.2609m, Math.Round(share!.Value, 4));
        Assert.Equal(ProgressAssessment.Behind, assessment);
    }

    [Fact]
    public void A_rate_that_barely_moved_is_far_behind()
    {
        // Trained labour 40% → 50%; 2027 at 41%: (41 − 40) / (50 − 40) = 0.1 < 0.4 − 0.2 = 0.2: far behind.
        var (share, assessment) = ProgressRule.Assess(40m, 50m, 41m, Direction.Higher, 0.4m);
        Assert.Equal(0.1m, share);
        Assert.Equal(ProgressAssessment.FarBehind, assessment);
    }

    [Fact]
    public void Lower_is_better_poverty_rate_on_the_line()
    {
        // Poverty rate 8% → 3%; 2027 at 6%: (6 − 8) / (3 − 8) = −2 / −5 = 0.4 = expected 0.4: on track.
        var (share, assessment) = ProgressRule.Assess(8m, 3m, 6m, Direction.Lower, 0.4m);
        Assert.Equal(0.4m, share);
        Assert.Equal(ProgressAssessment.OnTrack, assessment);
        // Up to 8.5%: (8.5 − 8) / (3 − 8) = −0.1, moving away: far behind.
        (share, assessment) = ProgressRule.Assess(8m, 3m, 8.5m, Direction.Lower, 0.4m);
        Assert.Equal(-0.1m, share);
        Assert.Equal(ProgressAssessment.FarBehind, assessment);
    }

    [Fact]
    public void Bounded_targets_take_their_direction_from_the_bound()
    {
        // "dưới 1,5%" is a ceiling (lower is better), from 2.5%: 2027 at 2.0 covers (2.0 − 2.5) / (1.5 − 2.5) = 0.5 ≥ 0.4.
        var (share, assessment) = ProgressRule.Assess(2.5m, 1.5m, 2.0m, Direction.Lower, 0.4m);
        Assert.Equal(0.5m, share);
        Assert.Equal(ProgressAssessment.OnTrack, assessment);
        // At 1.4, under the ceiling: reached; share (1.4 − 2.5) / (−1) = 1.1.
        (share, assessment) = ProgressRule.Assess(2.5m, 1.5m, 1.4m, Direction.Lower, 0.4m);
        Assert.Equal(1.1m, share);
        Assert.Equal(ProgressAssessment.Reached, assessment);
        // "trên 95%" is a floor, from 90%: 2026 at 90.5 covers 0.5 / 5 = 0.1 = 0.2 − 0.5 × 0.2: behind, just.
        (share, assessment) = ProgressRule.Assess(90m, 95m, 90.5m, Direction.Higher, 0.2m);
        Assert.Equal(0.1m, share);
        Assert.Equal(ProgressAssessment.Behind, assessment);
    }

    [Fact]
    public void Reached_needs_no_baseline_and_no_baseline_says_so()
    {
        // Income 31 against 30 million: reached, whatever the start; with a start of 25 the share is 6 / 5 = 1.2.
        Assert.Equal((null, ProgressAssessment.Reached), ProgressRule.Assess(null, 30m, 31m, Direction.Higher, 0.2m));
        Assert.Equal((1.2m, ProgressAssessment.Reached), ProgressRule.Assess(25m, 30m, 31m, Direction.Higher, 0.2m));
        // 80 against 100 without a baseline: no way to measure.
        Assert.Equal((null, ProgressAssessment.NoBaseline), ProgressRule.Assess(null, 100m, 80m, Direction.Higher, 0.2m));
    }

    [Fact]
    public void A_target_met_at_the_start_and_lost_is_behind_without_a_share()
    {
        // Farm labour share (lower is better) 50% at the start against 55%: already met; 2026 at 57% lost it.
        Assert.Equal((null, ProgressAssessment.Behind), ProgressRule.Assess(50m, 55m, 57m, Direction.Lower, 0.2m));
        // Target equal to the baseline (keep 100%): 98% lost ground; 100% keeps it, reached.
        Assert.Equal((null, ProgressAssessment.Behind), ProgressRule.Assess(100m, 100m, 98m, Direction.Higher, 0.2m));
        Assert.Equal((null, ProgressAssessment.Reached), ProgressRule.Assess(100m, 100m, 100m, Direction.Higher, 0.2m));
        // Poverty reduced 3.1% a year at the start against 2%: 2.5% is still reached, with no share of a way there never was.
        Assert.Equal((null, ProgressAssessment.Reached), ProgressRule.Assess(3.1m, 2m, 2.5m, Direction.Higher, 0.2m));
    }
}
