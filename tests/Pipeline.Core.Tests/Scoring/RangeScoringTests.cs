using Pipeline.Core.Annexes;
using Pipeline.Core.Scoring;
using static Pipeline.Core.Tests.Scoring.ScoringRows;

namespace Pipeline.Core.Tests.Scoring;

/// <summary>A range target against one result: inside is met, beyond the good end exceeded, short of the near end not met.</summary>
public class RangeScoringTests
{
    [Theory]
    // Higher is better: the near end is the lower bound.
    [InlineData(10, 12, 11, Direction.Higher, TargetStatus.Met, 110)]
    [InlineData(10, 12, 10, Direction.Higher, TargetStatus.Met, 100)]
    [InlineData(10, 12, 12, Direction.Higher, TargetStatus.Met, 120)]
    [InlineData(10, 12, 13, Direction.Higher, TargetStatus.Exceeded, 130)]
    [InlineData(10, 12, 9, Direction.Higher, TargetStatus.NotMet, 90)]
    // Lower is better: the near end is the upper bound.
    [InlineData(0.5, 0.8, 0.6, Direction.Lower, TargetStatus.Met, 133.33)]
    [InlineData(0.5, 0.8, 0.8, Direction.Lower, TargetStatus.Met, 100)]
    [InlineData(0.5, 0.8, 0.4, Direction.Lower, TargetStatus.Exceeded, 200)]
    [InlineData(0.5, 0.8, 1, Direction.Lower, TargetStatus.NotMet, 80)]
    public void Status_and_ratio_against_the_near_end(double low, double high, double actual, Direction direction, TargetStatus status, double ratio)
    {
        var scored = TargetScorer.ScoreRange((decimal)low, (decimal)high, (decimal)actual, direction);
        Assert.Equal(status, scored.Status);
        Assert.Equal((decimal)ratio, Math.Round(scored.Ratio!.Value, 2));
    }

    [Theory]
    [InlineData("Tốc độ tăng trưởng kinh tế bình quân", "10-12%", "11,5", TargetStatus.Met)]
    [InlineData("Kết nạp đảng viên mới", "từ 30 đến 35 đảng viên", "38", TargetStatus.Exceeded)]
    [InlineData("Kết nạp đảng viên mới", "từ 30 đến 35 đảng viên", "28", TargetStatus.NotMet)]
    [InlineData("Tỷ lệ tăng dân số tự nhiên", "0,5 - 0,8 %/năm", "0,7", TargetStatus.Met)]
    [InlineData("Tỷ lệ hộ nghèo", "2 - 3%", "3,5", TargetStatus.NotMet)]
    [InlineData("Tỷ lệ hộ nghèo", "2 - 3%", "1,8", TargetStatus.Exceeded)]
    public void A_range_target_is_scored_not_left_unpaired(string indicator, string target, string actual, TargetStatus status)
    {
        var scored = Score(indicator, target, actual);
        Assert.Equal(status, scored.Status);
        Assert.Single(scored.PartRatios);
        Assert.Empty(scored.Findings);
    }

    [Fact]
    public void A_range_with_a_wrong_reported_verdict_is_flagged()
    {
        var scored = Score("Tốc độ tăng trưởng kinh tế bình quân", "10-12%", "9", "90", "Đạt");
        Assert.Equal(TargetStatus.NotMet, scored.Status);
        Assert.Contains(scored.Findings, f => f.Code == FindingCodes.ReportedStatusMismatch && f.Severity == FindingSeverity.Error);
    }

    [Fact]
    public void A_range_against_two_results_is_a_composite_and_a_composite_against_one_is_unpaired()
    {
        var composite = Score("Tỷ lệ hộ gia đình văn hóa; bản văn hóa", "60-80", "70-85");
        Assert.Equal(2, composite.PartRatios.Count);
        Assert.Equal(TargetStatus.Exceeded, composite.Status);

        var unpaired = Score("Tỷ lệ an toàn an ninh trật tự", "100-60", "100");
        Assert.Null(unpaired.Status);
        Assert.Equal(FindingCodes.UnparseableValue, Assert.Single(unpaired.Findings).Code);
    }
}
