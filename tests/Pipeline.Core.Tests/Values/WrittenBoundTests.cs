using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Values;

/// <summary>The floor or ceiling a commune writes beside its figure.</summary>
public class WrittenBoundTests
{
    [Theory]
    [InlineData("Trên 300", 300.0, Bound.Floor)]
    [InlineData("trên 95%", 95.0, Bound.Floor)]
    [InlineData("> 80%", 80.0, Bound.Floor)]
    [InlineData("≥ 95%", 95.0, Bound.Floor)]
    [InlineData(">=90", 90.0, Bound.Floor)]
    [InlineData("tối thiểu 20", 20.0, Bound.Floor)]
    [InlineData("Tối thiểu 20 hộ", 20.0, Bound.Floor)]
    [InlineData("ít nhất 2", 2.0, Bound.Floor)]
    [InlineData("từ 35 trở lên", 35.0, Bound.Floor)]
    [InlineData("35 đảng viên trở lên", 35.0, Bound.Floor)]
    [InlineData("không dưới 50%", 50.0, Bound.Floor)]
    [InlineData("Đạt trên 4.500 người", 4500.0, Bound.Floor)]
    [InlineData("Dưới 1", 1.0, Bound.Ceiling)]
    [InlineData("DƯỚI 1,5%", 1.5, Bound.Ceiling)]
    [InlineData("< 2", 2.0, Bound.Ceiling)]
    [InlineData("≤ 5 %", 5.0, Bound.Ceiling)]
    [InlineData("<=3", 3.0, Bound.Ceiling)]
    [InlineData("tối đa 3", 3.0, Bound.Ceiling)]
    [InlineData("không quá 1,5", 1.5, Bound.Ceiling)]
    [InlineData("Không vượt quá 10 vụ", 10.0, Bound.Ceiling)]
    [InlineData("giảm xuống dưới 3%", 3.0, Bound.Ceiling)]
    [InlineData("Giảm còn dưới 2%", 2.0, Bound.Ceiling)]
    [InlineData("5% trở xuống", 5.0, Bound.Ceiling)]
    public void Reads_the_figure_and_its_bound(string text, double figure, Bound bound)
    {
        var value = AnnexValueParser.Parse(text);
        Assert.Equal([(decimal)figure], value.Parts);
        Assert.Equal(bound, value.Bound);
        Assert.Equal(ValueKind.Figures, value.Kind);
    }

    [Theory]
    [InlineData("300")]
    [InlineData("95%")]
    [InlineData("Giảm 1,4%/năm")]
    [InlineData("Giảm xuống còn 3%")]
    [InlineData("Thu trên địa bàn 515")]
    [InlineData("Đạt 100%")]
    public void No_bound_words_no_bound(string text) => Assert.Equal(Bound.None, AnnexValueParser.Parse(text).Bound);
}
