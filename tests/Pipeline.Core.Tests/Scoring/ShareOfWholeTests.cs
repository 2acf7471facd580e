using static Pipeline.Core.Tests.Scoring.ScoringRows;

namespace Pipeline.Core.Tests.Scoring;

public class ShareOfWholeTests
{
    [Theory]
    [InlineData("Số thôn đạt danh hiệu thôn văn hóa", "100% số thôn", "14/14 thôn", 100.0)]
    [InlineData("Tỷ lệ trường đạt chuẩn quốc gia", "100", "4/4 trường", 100.0)]
    [InlineData("Tỷ lệ thôn đạt chuẩn nông thôn mới kiểu mẫu", "Đạt 50% trở lên", "6/10 thôn", 60.0)]
    [InlineData("Số tiêu chí nông thôn mới", "19", "14/19", 14.0)]
    [InlineData("Tỷ lệ hộ dùng nước sạch", "95%", "97%", 97.0)]
    public void A_share_of_a_whole_against_a_percent_target_is_a_percent(string indicator, string target, string actual, double expected)
    {
        var scored = Score(indicator, target, actual);
        Assert.Equal((decimal)expected, Assert.Single(scored.Row.Actual.Parts));
        Assert.Equal(actual, scored.Row.Actual.Text);
    }
}
