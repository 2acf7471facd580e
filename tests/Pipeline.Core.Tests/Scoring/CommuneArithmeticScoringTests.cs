using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Core.Annexes;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using static Pipeline.Core.Tests.Scoring.ScoringRows;

namespace Pipeline.Core.Tests.Scoring;

/// <summary>A direction read from the commune's own arithmetic is scored as such, and marked assumed.</summary>
public class CommuneArithmeticScoringTests
{
    [Theory]
    [InlineData("Số hộ vi phạm quy ước thôn bản", "5", "4", "125", "Vượt", TargetStatus.Exceeded)]
    [InlineData("Số hộ vi phạm quy ước thôn bản", "5", "4", "", "Vượt", TargetStatus.Exceeded)]
    [InlineData("Số hộ làm du lịch cộng đồng", "1,0", "1,25", "80", "Không đạt", TargetStatus.NotMet)]
    [InlineData("Số con gia súc, gia cầm chết do rét đậm", "100", "80", "125", "", TargetStatus.Exceeded)]
    public void A_ceiling_inferred_from_the_communes_arithmetic_is_scored_lower_is_better_and_not_flagged(
        string indicator, string target, string actual, string percent, string verdict, TargetStatus status)
    {
        var scored = Score(indicator, target, actual, percent, verdict);
        Assert.Null(scored.IndicatorCode);
        Assert.Equal(Direction.Lower, scored.Direction);
        Assert.StartsWith("commune's arithmetic:", scored.DirectionReason);
        Assert.True(scored.DirectionAssumed);
        Assert.Equal(status, scored.Status);
        Assert.Empty(scored.Findings);
    }

    [Fact]
    public void A_percent_and_a_verdict_that_disagree_leave_the_default_and_its_findings()
    {
        // 80 % is target ÷ result, "Vượt" above the target is higher: the commune erred somewhere.
        var scored = Score("Số hộ làm du lịch cộng đồng", "20", "25", "80", "Vượt");
        Assert.Equal(Direction.Higher, scored.Direction);
        Assert.StartsWith("default:", scored.DirectionReason);
        Assert.True(scored.DirectionAssumed);
        Assert.Contains(scored.Findings, f => f.Code == FindingCodes.ReportedPercentMismatch);
    }

    [Theory]
    [InlineData("Tỷ lệ hộ nghèo", "3", "2,5", "83,33", "Không đạt")]
    [InlineData("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", "12", "10", "83,33", "Không đạt")]
    [InlineData("Thu nhập bình quân đầu người/năm", "50", "40", "125", "Vượt")]
    [InlineData("Số lượt khách du lịch", "1000", "800", "125", "Vượt")]
    public void A_catalogue_match_is_never_assumed_and_the_communes_arithmetic_is_still_flagged(
        string indicator, string target, string actual, string percent, string verdict)
    {
        var scored = Score(indicator, target, actual, percent, verdict);
        Assert.NotNull(scored.IndicatorCode);
        Assert.StartsWith("catalogue:", scored.DirectionReason);
        Assert.False(scored.DirectionAssumed);
        Assert.Contains(scored.Findings, f => f.Code == FindingCodes.ReportedPercentMismatch);
        Assert.Contains(scored.Findings, f => f.Code == FindingCodes.ReportedStatusMismatch);
    }

    [Fact]
    public void Bound_and_keyword_directions_are_not_assumed()
    {
        Assert.False(Score("Số hộ làm du lịch cộng đồng", "Trên 20", "25").DirectionAssumed);
        Assert.False(Score("Số vụ cháy rừng", "2", "1").DirectionAssumed);
        Assert.True(Score("Số hộ làm du lịch cộng đồng", "20", "25").DirectionAssumed);
    }

    [Fact]
    public void The_report_carries_directionAssumed()
    {
        var assumed = AnnexReports.ForTarget(Score("Số hộ vi phạm quy ước thôn bản", "5", "4", "125", "Vượt"));
        Assert.True(assumed.DirectionAssumed);
        Assert.Equal(Direction.Lower, assumed.Direction);
        var json = JsonSerializer.Serialize(assumed, ReportJson.Options);
        var node = JsonNode.Parse(json)!.AsObject();
        Assert.True(node["directionAssumed"]!.GetValue<bool>());
        Assert.StartsWith("commune's arithmetic:", node["directionReason"]!.GetValue<string>(), StringComparison.Ordinal);

        var known = AnnexReports.ForTarget(Score("Tỷ lệ hộ nghèo", "3", "2,5"));
        Assert.False(known.DirectionAssumed);
        // A report stored before the field existed reads as not assumed.
        var old = JsonNode.Parse(JsonSerializer.Serialize(known, ReportJson.Options))!.AsObject();
        old.Remove("directionAssumed");
        var stored = old.Deserialize<TargetReport>(ReportJson.Options);
        Assert.False(stored!.DirectionAssumed);
    }
}
