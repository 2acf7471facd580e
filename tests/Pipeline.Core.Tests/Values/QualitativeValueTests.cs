using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Values;

/// <summary>Words without a figure are qualitative; years, dates and list numbers inside words are not figures.</summary>
public class QualitativeValueTests
{
    [Theory]
    [InlineData("Duy trì")]
    [InlineData("Đạt chuẩn")]
    [InlineData("Giữ vững xã đạt chuẩn quốc gia về y tế")]
    [InlineData("Hoàn thành tốt nhiệm vụ trở lên")]
    [InlineData("Đạt chuẩn NTM năm 2023")]
    [InlineData("Đạt chuẩn năm 2021")]
    [InlineData("Hoàn thành trong Năm 2024")]
    [InlineData("Xây dựng xong giai đoạn 2021-2025")]
    [InlineData("Duy trì trong nhiệm kỳ 2020 - 2025")]
    [InlineData("Đã được công nhận ngày 12/5/2023")]
    [InlineData("Khởi công tháng 6/2024")]
    [InlineData("1. Duy trì trường chuẩn; 2. Giữ vững xã an toàn")]
    [InlineData("a) Xây dựng Đảng b) Củng cố 2) chính quyền")]
    [InlineData("Đạt chuẩn nông thôn mới nâng cao năm học 2023-2024")]
    [InlineData("Trong sạch, vững mạnh")]
    public void Words_without_a_figure_are_qualitative(string text)
    {
        var value = AnnexValueParser.Parse(text);
        Assert.Equal(ValueKind.Qualitative, value.Kind);
        Assert.Empty(value.Parts);
        Assert.Equal(text, value.Text);
    }

    [Theory]
    [InlineData("Đạt 19/19 tiêu chí năm 2025", new[] { 19.0 })]
    [InlineData("35 đảng viên và 100%", new[] { 35.0, 100.0 })]
    [InlineData("Năm 2025 đạt 95%", new[] { 95.0 })]
    [InlineData("2021", new[] { 2021.0 })]
    [InlineData("Trồng mới 2000 cây", new[] { 2000.0 })]
    public void Figures_beside_years_stay_figures(string text, double[] expected)
    {
        var value = AnnexValueParser.Parse(text);
        Assert.Equal(expected.Select(e => (decimal)e), value.Parts);
        Assert.NotEqual(ValueKind.Qualitative, value.Kind);
    }

    [Theory]
    [InlineData("???")]
    [InlineData("#")]
    [InlineData("%")]
    [InlineData("12/5/2023")]
    [InlineData("01-6-2024")]
    public void Marks_without_words_are_unreadable_not_qualitative(string text) =>
        Assert.Equal(ValueKind.Unreadable, AnnexValueParser.Parse(text).Kind);

    [Fact]
    public void A_date_cell_stays_unreadable() =>
        Assert.Equal(ValueKind.Unreadable, AnnexValueParser.FromCell(new DateTime(2025, 5, 12), "d-mmm").Kind);

    [Fact]
    public void Empty_and_placeholders_are_empty()
    {
        Assert.Equal(ValueKind.Empty, AnnexValueParser.Parse("").Kind);
        Assert.Equal(ValueKind.Empty, AnnexValueParser.Parse("-").Kind);
    }
}
