using Pipeline.Core.Annexes;
using Pipeline.Core.Text;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Text;

/// <summary>
/// Text without a legacy font is converted only when it is clearly TCVN3 or VNI; ordinary
/// text that happens to hold «, », ®, ñ, â, ô… is never touched.
/// </summary>
public class LegacyTextRecognizerTests
{
    public static TheoryData<string> SeedTexts()
    {
        var data = new TheoryData<string>();
        foreach (var text in new[]
        {
            "Thu nhập bình quân đầu người/năm", "Diện tích cây ăn quả đạt", "Thu ngân sách trên địa bàn",
            "Tỷ lệ lao động nông nghiệp trong tổng số lao động xã hội", "Thành lập mới 02 hợp tác xã",
            "Phấn đấu 02 trường đạt chuẩn Quốc gia mức độ I.", "Duy trì Trạm y tế xã đạt Tiêu chí Quốc gia y tế xã.",
            "Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình văn hóa\"", "Tỷ lệ người dân sử dụng Internet",
            "Phấn đấu giảm hộ nghèo hằng năm giảm 1,4%/năm/tổng số hộ nghèo.", "Kết nạp mới 50 đảng viên trở lên; ",
            "Chỉ tiêu về xây dựng Đảng và hệ thống chính trị", "Không đạt", "Vượt", "Đạt", "Triệu đồng", "Hợp tác xã",
            "Xã Chiềng En", "Nhiệm kỳ 2020-2025", "Chỉ tiêu NQ Đại hội", "Kết quả thực hiện", "So sánh %", "Ghi chú",
            "Khuya quyết chuyện giữa gì thuở hoặc xoăn tuần khuyết nghiêng", "Huổi Pú Bẩu Nậm",
        })
        {
            data.Add(text);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SeedTexts))]
    public void Tcvn3_text_is_recognised_and_read(string unicode)
    {
        var typed = LegacyTypist.ToTcvn3(unicode);
        var recognized = LegacyTextRecognizer.Recognize(typed, sheetEncoding: LegacyEncoding.Tcvn3);
        Assert.NotNull(recognized);
        Assert.Equal(LegacyEncoding.Tcvn3, recognized.Encoding);
        // "Ghi chó" is Vietnamese too: only a sheet known to be TCVN3 converts it.
        Assert.True(LegacyTextRecognizer.Recognize(typed) is { Certain: true } || unicode is "Ghi chú", "certain without the sheet");
        Assert.Equal(unicode, recognized.Text);
    }

    [Theory]
    [MemberData(nameof(SeedTexts))]
    public void Vni_text_is_recognised_and_read(string unicode)
    {
        var typed = LegacyTypist.ToVni(unicode);
        if (typed == unicode) return;
        var recognized = LegacyTextRecognizer.Recognize(typed);
        Assert.NotNull(recognized);
        Assert.Equal(LegacyEncoding.Vni, recognized.Encoding);
        Assert.Equal(unicode, recognized.Text);
    }

    [Theory]
    [MemberData(nameof(SeedTexts))]
    public void Unicode_text_is_never_taken_for_certain_legacy(string unicode) =>
        Assert.False(LegacyTextRecognizer.Recognize(unicode) is { Certain: true });

    [Theory]
    [InlineData("«Nông thôn mới»")]
    [InlineData("«Nông thôn»")]
    [InlineData("Nông thôn")]
    [InlineData("Không")]
    [InlineData("Đạt ® 2020")]
    [InlineData("® 2020")]
    [InlineData("Tỷ lệ (%) » 95")]
    [InlineData("Tỷ lệ » 95")]
    [InlineData("» 95")]
    [InlineData("«»")]
    [InlineData("¸")]
    [InlineData("São Paulo")]
    [InlineData("José Müller")]
    [InlineData("François Pinard")]
    [InlineData("Grüße aus Köln")]
    [InlineData("año señor niño")]
    [InlineData("café crème à la carte")]
    [InlineData("Ñuñoa")]
    [InlineData("Åse Øyvind Ærø")]
    [InlineData("Lò Văn A")]
    [InlineData("Cà Mau")]
    [InlineData("Tên chủ hộ")]
    [InlineData("Có")]
    [InlineData("Sân bóng")]
    [InlineData("Trâu bò")]
    [InlineData("Bà Rịa")]
    [InlineData("27,5")]
    [InlineData("1.234")]
    [InlineData("± 5 ° C")]
    [InlineData("© 2024 ™")]
    [InlineData("½ ¼ ¾")]
    [InlineData("µg/l")]
    [InlineData("x² + y³")]
    [InlineData("§ 3 ¶ 2")]
    [InlineData("Điều 5 — khoản 2")]
    [InlineData("Mã số: ABC-123")]
    [InlineData("")]
    public void Ordinary_text_is_never_taken_for_certain_legacy(string text) =>
        Assert.False(LegacyTextRecognizer.Recognize(text) is { Certain: true });

    [Fact]
    public void Capitals_typed_in_tcvn3_without_an_h_font_read_as_capitals()
    {
        var recognized = LegacyTextRecognizer.Recognize(LegacyTypist.ToTcvn3("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT"));
        Assert.Equal("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT", recognized?.Text);
    }

    [Theory]
    [InlineData("Không", true)]
    [InlineData("chiềng", true)]
    [InlineData("nghiêng", true)]
    [InlineData("quyết", true)]
    [InlineData("gì", true)]
    [InlineData("khuya", true)]
    [InlineData("tốt", true)]
    [InlineData("tồt", false)]   // a final t takes only the acute or the dot below
    [InlineData("ăn", true)]
    [InlineData("ă", false)]     // ă needs a final consonant
    [InlineData("kh«ng", false)]
    [InlineData("vacxin", false)]
    [InlineData("nơng", false)]
    [InlineData("sóo", false)]
    public void Syllables_are_told_from_other_words(string word, bool valid) => Assert.Equal(valid, VietnameseSyllable.IsValid(word));
}
