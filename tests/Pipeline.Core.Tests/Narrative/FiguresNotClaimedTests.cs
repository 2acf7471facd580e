using Pipeline.Core.Narrative;
using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Narrative;

/// <summary>The digits of a statement that state neither target nor result, blanked; the others kept where they stand.</summary>
public class FiguresNotClaimedTests
{
    /// <summary>The figures left in <paramref name="text"/> once masked, as the cell parser reads them.</summary>
    private static string Left(string text) =>
        string.Join(" ", AnnexValueParser.Parse(FiguresNotClaimed.Mask(text)).Parts.Select(p => p.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("Tỷ lệ trẻ em dưới 01 tuổi được tiêm chủng đầy đủ 8 loại vắc xin đạt 100%", "100")]
    [InlineData("Tỷ lệ người từ 15 đến 60 tuổi biết chữ đạt 98%", "98")]
    [InlineData("Tỷ lệ trẻ 6 tháng tuổi được bú mẹ 60%", "60")]
    [InlineData("Tuổi thọ bình quân đạt 74 tuổi", "74")] // life expectancy: its figures are ages
    [InlineData("Trường đạt chuẩn quốc gia mức độ 2 giai đoạn 2021-2025: 3 trường", "3")]
    [InlineData("Tỷ lệ nợ xấu nhóm 3 dưới 2%", "2")]
    [InlineData("Xã đạt tiêu chí số 17 về môi trường vào năm 2025, đạt 90%", "90")]
    [InlineData("Thực hiện Quyết định 217-QĐ/TW và Nghị quyết số 05 đạt 100%", "100")]
    [InlineData("Có 4 sản phẩm OCOP 3 sao trở lên", "4")]
    [InlineData("Thu ngân sách trong 5 năm (2020 - 2025) đạt 237 triệu đồng", "237")]
    [InlineData("Tổng giá trị sản xuất đạt 120 tỷ đồng, tăng 12% so với đầu nhiệm kỳ, gấp 2,5 lần so với cùng kỳ", "120")]
    [InlineData("Tổng số 120 hộ nghèo, đạt mức 80%", "120 80")] // "số" and "mức" alone name no one thing
    [InlineData("Tỷ lệ che phủ rừng 42%, đạt 113,5% so với Nghị quyết", "42 113.5")] // against the target: kept
    public void Only_the_figures_that_may_state_a_target_or_a_result_are_left(string text, string left) =>
        Assert.Equal(left, Left(text));

    [Fact]
    public void The_mask_keeps_every_position()
    {
        const string text = "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng 12%";
        var masked = FiguresNotClaimed.Mask(text);
        Assert.Equal(text.Length, masked.Length);
        Assert.Equal(text.IndexOf("12%", StringComparison.Ordinal), masked.IndexOf("12%", StringComparison.Ordinal));
    }
}
