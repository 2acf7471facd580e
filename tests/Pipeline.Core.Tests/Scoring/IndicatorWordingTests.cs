using Pipeline.Core.Scoring;
using static Pipeline.Core.Tests.Scoring.ScoringRows;

namespace Pipeline.Core.Tests.Scoring;

/// <summary>A "Giảm X" written in the target cell makes a level indicator a reduction; a level written there changes nothing.</summary>
public class IndicatorWordingTests
{
    [Theory]
    [InlineData("Tỷ lệ hộ nghèo", "Giảm 2%/năm", "Giảm 2,3%/năm", "poverty-reduction", "exceeded")]
    [InlineData("Tỷ lệ sinh con thứ 3 trở lên", "Giảm 0,5%/năm", "0,3", "third-child-reduction", "notMet")]
    [InlineData("Tỷ lệ hộ nghèo", "Giảm còn 3%", "2,5%", "poverty-rate", "exceeded")]
    [InlineData("Tỷ lệ hộ nghèo", "Dưới 3%", "2,5%", "poverty-rate", "exceeded")]
    public void The_target_cells_wording_decides_between_level_and_reduction(string indicator, string target, string actual, string code, string status)
    {
        var scored = Score(indicator, target, actual);
        Assert.Equal(code, scored.IndicatorCode);
        Assert.Equal(status, Enum.GetName(scored.Status!.Value) is { } name ? char.ToLowerInvariant(name[0]) + name[1..] : null);
    }

    [Theory]
    [InlineData("Giảm 10% so với nhiệm kỳ trước", true)]
    [InlineData("Giảm bình quân 1-1,5%/năm", true)]
    [InlineData("Giảm xuống dưới 3%", false)]
    [InlineData("Giảm còn 6,5", false)]
    [InlineData("Giảm", false)]
    [InlineData("Bình quân giảm 1,5%/năm", true)]
    [InlineData("Hằng năm giảm 1%", true)]
    [InlineData("Mỗi năm giảm 2% trở lên", true)]
    [InlineData("Duy trì dưới 3%, giảm dần", false)]
    [InlineData("15", false)]
    public void Knows_a_reduction_cell(string text, bool reduction) => Assert.Equal(reduction, IndicatorWording.IsReduction(text));
}
