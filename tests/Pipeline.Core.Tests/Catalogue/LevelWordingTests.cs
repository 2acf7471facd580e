using Pipeline.Core.Catalogue;

namespace Pipeline.Core.Tests.Catalogue;

/// <summary>Every wording of a level to bring something down to matches the level, never its reduction.</summary>
public class LevelWordingTests
{
    [Theory]
    [InlineData("Tỷ lệ hộ nghèo giảm xuống dưới 1%", "poverty-rate")]
    [InlineData("Tỷ lệ hộ nghèo giảm xuống 1,5%", "poverty-rate")]
    [InlineData("Tỷ lệ hộ nghèo đa chiều giảm còn 3%", "multidimensional-poverty")]
    [InlineData("Giảm tỷ lệ hộ nghèo xuống còn 2%", "poverty-rate")]
    [InlineData("Tỷ lệ hộ nghèo giảm bình quân 1,5%/năm", "poverty-reduction")]
    [InlineData("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi giảm xuống dưới 12%", null)]
    [InlineData("Giảm tỷ lệ sinh con thứ 3 trở lên xuống dưới 5%", "third-child-births")]
    [InlineData("Giảm tỷ lệ sinh con thứ 3 trở lên 0,5%/năm", "third-child-reduction")]
    public void Levels_and_reductions_stay_apart(string text, string? code)
    {
        var match = IndicatorCatalogue.Default.Match(text);
        if (code is null) Assert.Equal("lower", match?.Indicator.Direction.ToString().ToLowerInvariant());
        else Assert.Equal(code, match?.Indicator.Code);
    }

    [Fact]
    public void Level_phrases_are_one_spelling() =>
        Assert.Equal(
            ["ty le ho ngheo xuong con", "ty le ho ngheo xuong con", "ty le ho ngheo xuong con", "ty le ho ngheo xuong con"],
            new[] { "Tỷ lệ hộ nghèo giảm xuống dưới 1%", "Tỷ lệ hộ nghèo giảm còn 1%", "Tỷ lệ hộ nghèo xuống dưới 1%", "Tỷ lệ hộ nghèo còn dưới 1%" }.Select(IndicatorText.Normalize));
}
