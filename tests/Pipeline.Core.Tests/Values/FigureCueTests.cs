using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Values;

/// <summary>What a composite's figures say they count: the percent sign or unit words after each, else the row's unit per part.</summary>
public class FigureCueTests
{
    [Theory]
    [InlineData("35 đảng viên và 100%", "", new[] { "đảng viên", "%" })]
    [InlineData("2.600 cây; 34,5%", "", new[] { "cây", "%" })]
    [InlineData("Kết nạp 35 đảng viên trở lên, 100% bí thư", "", new[] { "đảng viên", "%" })]
    [InlineData("70-50", "%", new[] { "%", "%" })]
    [InlineData("600 - 32,5", "Cây; %", new[] { "Cây", "%" })]
    [InlineData("600 - 32,5%", "%", new[] { "%", "%" })]
    [InlineData("12 km; 3 bể chứa nước sinh hoạt tập trung", "", new[] { "km", "bể chứa nước" })]
    public void Each_part_says_what_it_counts(string text, string unit, string[] expected) =>
        Assert.Equal(expected, FigureCue.Of(AnnexValueParser.Parse(text), unit).Select(c => c.Unit));

    [Fact]
    public void A_percent_formatted_number_is_a_percent() =>
        Assert.Equal("%", Assert.Single(FigureCue.Of(AnnexValueParser.FromNumber(0.345, "0.0%"), "")).Unit);

    [Theory]
    [InlineData("%", "%/năm", true)]
    [InlineData("%", "cây", false)]
    [InlineData("cây", "Cây xanh", true)]
    [InlineData("cây", "ha", false)]
    [InlineData("Đảng viên", "người", true)]
    [InlineData("", "ha", null)]
    public void Two_cues_agree_differ_or_say_nothing(string a, string b, bool? agree) =>
        Assert.Equal(agree, new FigureCue(1, a).Agrees(new FigureCue(2, b)));
}
