using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Values;

/// <summary>Two figures written as a span, low before high, are a range; anything else stays a composite.</summary>
public class RangeValueTests
{
    [Theory]
    [InlineData("10-12%", 10.0, 12.0)]
    [InlineData("10% - 12%", 10.0, 12.0)]
    [InlineData("0,5 - 0,8 %/năm", 0.5, 0.8)]
    [InlineData("từ 30 đến 35 đảng viên", 30.0, 35.0)]
    [InlineData("Từ 1,5 tới 2 triệu đồng", 1.5, 2.0)]
    [InlineData("7 – 8", 7.0, 8.0)]
    [InlineData("80-100", 80.0, 100.0)]
    public void A_span_low_before_high_is_a_range(string text, double low, double high)
    {
        var value = AnnexValueParser.Parse(text);
        Assert.Equal(ValueKind.Range, value.Kind);
        Assert.Equal([(decimal)low, (decimal)high], value.Parts);
    }

    [Theory]
    [InlineData("100-60")]
    [InlineData("70 - 50")]
    [InlineData("35 đảng viên và 100%")]
    [InlineData("80-20-20")]
    [InlineData("12; 15")]
    public void Other_pairs_are_composites(string text) =>
        Assert.Equal(ValueKind.Figures, AnnexValueParser.Parse(text).Kind);
}
