using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Values;

public class AnnexValueParserTests
{
    [Theory]
    [InlineData("100%", new[] { 100.0 })]
    [InlineData("100-60", new[] { 100.0, 60.0 })]
    [InlineData("80-20-20", new[] { 80.0, 20.0, 20.0 })]
    [InlineData("80-20-2\n0", new[] { 80.0, 20.0, 20.0 })]
    [InlineData("35 đảng viên và 100%", new[] { 35.0, 100.0 })]
    [InlineData("109 đảng\nviên và\n100%", new[] { 109.0, 100.0 })]
    [InlineData("311 -100", new[] { 311.0, 100.0 })]
    [InlineData("443,", new[] { 443.0 })]
    [InlineData("2.565,9", new[] { 2565.9 })]
    [InlineData("14/19", new[] { 14.0 })]
    [InlineData("1,4%/năm", new[] { 1.4 })]
    [InlineData("  27,5 ", new[] { 27.5 })]
    [InlineData("70 - 50", new[] { 70.0, 50.0 })]
    [InlineData("-5", new[] { -5.0 })]
    [InlineData("75% (9/12 thôn)", new[] { 75.0 })]
    [InlineData("100% (12/12 thôn, bản)", new[] { 100.0 })]
    [InlineData("35 đảng viên (trong đó 10 nữ)", new[] { 35.0 })]
    [InlineData("35 (chính thức) và 100%", new[] { 35.0, 100.0 })]
    // Thousands grouped by spaces, as Word's tables and French-style formats write them (a non-breaking space too).
    [InlineData("1 250", new[] { 1250.0 })]
    [InlineData("2\u00A0370,5", new[] { 2370.5 })]
    [InlineData("12 345 678 đồng", new[] { 12345678.0 })]
    [InlineData("1 2345", new[] { 1.0, 2345.0 })]
    [InlineData("2025 100", new[] { 2025.0, 100.0 })]
    public void Reads_the_parts_of_a_text_cell(string text, double[] expected)
    {
        var value = AnnexValueParser.Parse(text);
        Assert.Equal(expected.Select(e => (decimal)e), value.Parts);
        Assert.True(value.IsReadable);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData("x")]
    public void Placeholders_are_empty(string text) => Assert.True(AnnexValueParser.Parse(text).IsEmpty);

    [Theory]
    [InlineData("Duy trì")]
    [InlineData("Đạt chuẩn")]
    public void Qualitative_text_is_kept_but_unreadable(string text)
    {
        var value = AnnexValueParser.Parse(text);
        Assert.False(value.IsEmpty);
        Assert.False(value.IsReadable);
        Assert.Equal(text, value.Text);
    }

    [Fact]
    public void A_percent_formatted_cell_is_the_percentage_the_clerk_sees()
    {
        var value = AnnexValueParser.FromCell(0.8733, "0.00%");
        Assert.Equal([87.33m], value.Parts);
        Assert.Equal("87,33%", value.Text);
    }

    [Fact]
    public void A_plain_numeric_cell_is_taken_as_is()
    {
        Assert.Equal([27.5m], AnnexValueParser.FromCell(27.5, "General").Parts);
        Assert.Equal([1m], AnnexValueParser.FromCell(1.0, null).Parts);
    }

    [Theory]
    [InlineData("0.0%", true)]
    [InlineData("0%", true)]
    [InlineData("#,##0.00", false)]
    [InlineData("0.0\"%\"", false)]
    [InlineData("0.0\\%", false)]
    [InlineData(null, false)]
    public void Recognises_percent_formats(string? format, bool expected) =>
        Assert.Equal(expected, AnnexValueParser.IsPercentFormat(format));

    [Fact]
    public void A_date_cell_is_unreadable_rather_than_a_wrong_number()
    {
        var value = AnnexValueParser.FromCell(new DateTime(2025, 5, 12), "d-mmm");
        Assert.False(value.IsReadable);
    }
}
