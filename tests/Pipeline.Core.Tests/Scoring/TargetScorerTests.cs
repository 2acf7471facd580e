using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Scoring;
using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Scoring;

public class TargetScorerTests
{
    [Theory]
    [InlineData(18, 27.5, Direction.Higher, 152.78)]
    [InlineData(12, 16.5, Direction.Lower, 72.73)]
    [InlineData(50, 0, Direction.Higher, 0)]
    [InlineData(0, 0, Direction.Higher, 100)]
    public void Ratio_per_part(double target, double actual, Direction direction, double expected) =>
        Assert.Equal((decimal)expected, Math.Round(TargetScorer.PartRatio((decimal)target, (decimal)actual, direction)!.Value, 2));

    [Fact]
    public void A_zero_result_on_a_lower_is_better_target_is_unbounded_and_exceeded()
    {
        Assert.Null(TargetScorer.PartRatio(5, 0, Direction.Lower));
        Assert.Equal(TargetStatus.Exceeded, TargetScorer.StatusOf(5, 0, null, Direction.Lower));
    }

    [Theory]
    [InlineData(99.99, TargetStatus.NotMet)]
    [InlineData(99.996, TargetStatus.Met)]
    [InlineData(100, TargetStatus.Met)]
    [InlineData(100.004, TargetStatus.Met)]
    [InlineData(100.01, TargetStatus.Exceeded)]
    public void Status_with_rounding_tolerance(double ratio, TargetStatus expected) =>
        Assert.Equal(expected, TargetScorer.StatusOf(1, 1, (decimal)ratio, Direction.Higher));

    [Fact]
    public void A_composite_takes_its_weakest_part_and_any_shortfall_is_not_met()
    {
        var scored = Score("Tỷ lệ hộ gia đình văn hóa; bản văn hóa", "70-50", "46-20", "", "Không đạt");
        Assert.Equal(TargetStatus.NotMet, scored.Status);
        Assert.Equal(40m, scored.Ratio);
        Assert.Equal(2, scored.PartRatios.Count);
        Assert.Empty(scored.Findings);
    }

    [Fact]
    public void A_composite_with_one_part_over_and_none_under_is_exceeded()
    {
        var scored = Score("Kết nạp mới 35 đảng viên trở lên; 100% bí thư chi bộ được tập huấn", "35 đảng viên và 100%", "109 đảng viên và 100%", "311 -100", "Vượt");
        Assert.Equal(TargetStatus.Exceeded, scored.Status);
        Assert.Equal(100m, scored.Ratio);
        Assert.Empty(scored.Findings);
    }

    [Fact]
    public void A_reported_percent_off_by_a_point_or_more_is_flagged()
    {
        var scored = Score("Kết nạp mới 50 đảng viên trở lên", "50", "133", "443,", "Vượt");
        var finding = Assert.Single(scored.Findings);
        Assert.Equal(FindingCodes.ReportedPercentMismatch, finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);

        Assert.Empty(Score("Tỷ lệ che phủ rừng", "20", "20,2", "100,2", "Vượt").Findings); // 0.8 points off: fine
    }

    [Fact]
    public void A_verdict_that_says_achieved_when_not_met_is_an_error_and_met_versus_exceeded_a_warning()
    {
        var wrong = Score("Đảng viên hoàn thành xuất sắc nhiệm vụ", "29", "18", "90", "Đạt");
        Assert.Contains(wrong.Findings, f => f.Code == FindingCodes.ReportedStatusMismatch && f.Severity == FindingSeverity.Error);
        Assert.Contains(wrong.Findings, f => f.Code == FindingCodes.ReportedPercentMismatch);

        var mild = Score("Phấn đấu trồng mới cây ăn quả các loại", "50", "62,12", "124", "Đạt");
        var finding = Assert.Single(mild.Findings);
        Assert.Equal(FindingCodes.ReportedStatusMismatch, finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
    }

    [Fact]
    public void Lower_is_better_comes_from_the_catalogue_with_its_reason()
    {
        var scored = Score("Tỷ lệ trẻ em dưới 01 tuổi được tiêm chủng đầy đủ các loại vacxin đạt 100%. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng 12%.",
            "12", "16,5", "137,5", "Vượt");
        Assert.Equal(Direction.Lower, scored.Direction);
        Assert.Equal("child-malnutrition", scored.IndicatorCode);
        Assert.Contains("catalogue", scored.DirectionReason);
        Assert.Equal(TargetStatus.NotMet, scored.Status);
        Assert.All(scored.Findings, f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.Equal(2, scored.Findings.Count);
    }

    [Fact]
    public void A_row_whose_value_cannot_be_read_is_kept_unscored_with_a_finding()
    {
        // Excel turned "12-5" into a date: the figures are gone, which is worth a warning.
        var row = Row("Số thôn, bản có nhà văn hóa", "12", "", "", "Đạt") with { Actual = AnnexValueParser.FromCell(new DateTime(2025, 5, 12), "d-mmm") };
        var scored = TargetScorer.Score(row, AnnexKind.Results, IndicatorCatalogue.Default);
        Assert.Null(scored.Status);
        Assert.Null(scored.Ratio);
        Assert.False(scored.Qualitative);
        Assert.Equal(FindingCodes.UnparseableValue, Assert.Single(scored.Findings).Code);

        var garbage = Score("Tỷ lệ che phủ rừng", "37", "???", "", "");
        Assert.False(garbage.Qualitative);
        Assert.Equal(FindingCodes.UnparseableValue, Assert.Single(garbage.Findings).Code);

        var bothMissing = Score("Tỷ lệ che phủ rừng", "37", "", "", "");
        Assert.Null(bothMissing.Status);
        Assert.Contains("empty", Assert.Single(bothMissing.Findings).Detail);
    }

    [Fact]
    public void Parts_that_do_not_pair_are_unparseable()
    {
        var scored = Score("Tỷ lệ an toàn an ninh trật tự", "100-60", "100", "", "");
        Assert.Null(scored.Status);
        Assert.Equal(FindingCodes.UnparseableValue, Assert.Single(scored.Findings).Code);
    }

    [Fact]
    public void A_targets_only_row_is_not_scored_and_not_flagged()
    {
        var row = Row("Thu ngân sách trên địa bàn", "515", "", "", "");
        var scored = TargetScorer.Score(row, AnnexKind.TargetsOnly, IndicatorCatalogue.Default);
        Assert.Null(scored.Status);
        Assert.Empty(scored.Findings);
        Assert.Equal("budget-revenue", scored.IndicatorCode);
    }

    private static ScoredTarget Score(string indicator, string target, string actual, string percent, string verdict) =>
        TargetScorer.Score(Row(indicator, target, actual, percent, verdict), AnnexKind.Results, IndicatorCatalogue.Default);

    private static AnnexRow Row(string indicator, string target, string actual, string percent, string verdict) =>
        new(10, "1", null, indicator, "%", AnnexValueParser.Parse(target), AnnexValueParser.Parse(actual),
            AnnexValueParser.Parse(percent), verdict, Pipeline.Core.Reading.VerdictReader.Read(verdict));
}
