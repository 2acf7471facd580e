using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Values;

/// <summary>A small count written in words is a figure ("Hai HTX"); words that only look like a number stay qualitative.</summary>
public class NumberWordsTests
{
    [Theory]
    [InlineData("Hai HTX", 2)]
    [InlineData("Thành lập mới ba hợp tác xã", 3)]
    [InlineData("Một trường", 1)]
    [InlineData("Phấn đấu năm HTX", 5)]
    [InlineData("mười hai sản phẩm", 12)]
    [InlineData("Mười", 10)]
    [InlineData("Kết nạp mới bảy đảng viên", 7)]
    public void A_count_in_words_is_read_as_a_figure(string cell, int count)
    {
        var value = AnnexValueParser.Parse(cell);
        Assert.Equal([(decimal)count], value.Parts);
        Assert.Equal(ValueKind.Figures, value.Kind);
    }

    [Theory]
    [InlineData("Một số hộ được hỗ trợ")]
    [InlineData("Đạt một phần")]
    [InlineData("Sau khi sáp nhập sẽ đánh giá")]
    [InlineData("Tạm dừng")]
    [InlineData("Hằng năm đạt chuẩn")]
    [InlineData("Năm học mới")]
    [InlineData("Duy trì")]
    [InlineData("Hai năm liền")]
    [InlineData("Hai năm liền đạt danh hiệu gia đình văn hóa tiêu biểu")]
    public void Words_that_are_not_a_count_stay_qualitative(string cell)
    {
        var value = AnnexValueParser.Parse(cell);
        Assert.Empty(value.Parts);
        Assert.Equal(ValueKind.Qualitative, value.Kind);
    }
}
