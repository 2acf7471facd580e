using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Values;

public class VietnameseNumberTests
{
    [Theory]
    [InlineData("27,5", 27.5)]
    [InlineData("2.565,9", 2565.9)]
    [InlineData("12.115,8", 12115.8)]
    [InlineData("01", 1)]
    [InlineData("443,", 443)]
    [InlineData("87.33", 87.33)]
    [InlineData("2.262", 2262)]
    [InlineData("20.000", 20000)]
    [InlineData("1.234.567", 1234567)]
    [InlineData("1,234,567", 1234567)]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("0,5", 0.5)]
    [InlineData("-2,5", -2.5)]
    public void Reads_vietnamese_number_text(string text, double expected)
    {
        Assert.True(VietnameseNumber.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Đạt")]
    [InlineData("1.2,3.4")]
    [InlineData("abc1")]
    public void Refuses_text_that_is_not_one_number(string text) =>
        Assert.False(VietnameseNumber.TryParse(text, out _));

    [Theory]
    [InlineData(152.78, "152,78")]
    [InlineData(2565.9, "2.565,9")]
    [InlineData(100, "100")]
    public void Formats_for_a_vietnamese_reader(double value, string expected) =>
        Assert.Equal(expected, VietnameseNumber.Format((decimal)value));
}
