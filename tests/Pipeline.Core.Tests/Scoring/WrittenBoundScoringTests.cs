using Pipeline.Core.Annexes;
using Pipeline.Core.Scoring;
using static Pipeline.Core.Tests.Scoring.ScoringRows;

namespace Pipeline.Core.Tests.Scoring;

/// <summary>A bound written in the target cell outranks keyword rules; the catalogue outranks it, with a warning when they disagree.</summary>
public class WrittenBoundScoringTests
{
    [Theory]
    [InlineData("Số vụ vi phạm pháp luật", "Dưới 5 vụ", "3", Direction.Lower, TargetStatus.Exceeded)]
    [InlineData("Giảm số vụ vi phạm pháp luật", "tối đa 5 vụ", "6", Direction.Lower, TargetStatus.NotMet)]
    [InlineData("Số hộ vay vốn vượt quá thời hạn", "không quá 1,5", "1,5", Direction.Lower, TargetStatus.Met)]
    [InlineData("Số hộ làm du lịch cộng đồng", "≥ 95", "97", Direction.Higher, TargetStatus.Exceeded)]
    [InlineData("Số mô hình sản xuất theo chuỗi giá trị", "Trên 300", "280", Direction.Higher, TargetStatus.NotMet)]
    [InlineData("Giảm tỷ lệ trẻ bỏ học", "từ 35 trở lên", "35", Direction.Higher, TargetStatus.Met)]
    [InlineData("Tỷ lệ gia súc chết do dịch bệnh", "giảm xuống dưới 3%", "2,5", Direction.Lower, TargetStatus.Exceeded)]
    public void The_written_bound_gives_the_direction_when_no_catalogue_entry_matches(
        string indicator, string target, string actual, Direction direction, TargetStatus status)
    {
        var scored = Score(indicator, target, actual);
        Assert.Null(scored.IndicatorCode);
        Assert.Equal(direction, scored.Direction);
        Assert.StartsWith("written bound:", scored.DirectionReason);
        Assert.Equal(status, scored.Status);
        Assert.Empty(scored.Findings);
    }

    [Fact]
    public void The_written_bound_outranks_a_keyword_rule()
    {
        // "giảm X" alone is a reduction (higher is better), but "Dưới 5 vụ" is a ceiling.
        Assert.Equal(Direction.Higher, Score("Giảm số vụ vi phạm pháp luật", "5", "6").Direction);
        Assert.Equal(Direction.Lower, Score("Giảm số vụ vi phạm pháp luật", "Dưới 5 vụ", "6").Direction);
        // "tai nạn" is lower-is-better by keyword, "ít nhất" a floor.
        Assert.Equal(Direction.Higher, Score("Số buổi tuyên truyền phòng chống tai nạn", "ít nhất 2", "3").Direction);
    }

    [Fact]
    public void The_catalogue_outranks_the_bound_and_a_contradiction_is_a_warning()
    {
        var agreeing = Score("Tỷ lệ hộ nghèo", "Dưới 3%", "2,5");
        Assert.Equal("poverty-rate", agreeing.IndicatorCode);
        Assert.Equal(Direction.Lower, agreeing.Direction);
        Assert.StartsWith("catalogue:", agreeing.DirectionReason);
        Assert.Empty(agreeing.Findings);

        var contradicting = Score("Tỷ lệ hộ nghèo", "Trên 3%", "2,5", "", "Vượt");
        Assert.Equal(Direction.Lower, contradicting.Direction);
        Assert.Equal(TargetStatus.Exceeded, contradicting.Status);
        var finding = Assert.Single(contradicting.Findings);
        Assert.Equal(FindingCodes.BoundContradictsCatalogue, finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("mức tối thiểu", finding.Message);
        Assert.Contains("Tỷ lệ hộ nghèo", finding.Message);
        Assert.Contains("floor", finding.Detail);
        Assert.Contains("poverty-rate", finding.Detail);
    }
}
