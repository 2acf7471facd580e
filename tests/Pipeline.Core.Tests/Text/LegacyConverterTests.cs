using System.Text;
using Pipeline.Core.Text;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Text;

/// <summary>
/// Every Vietnamese letter with every tone, in both cases, typed in TCVN3 and VNI from the
/// published code charts (<see cref="LegacyTypist"/>), converts back to itself in NFC.
/// </summary>
public class LegacyConverterTests
{
    [Fact]
    public void There_are_134_letters_beyond_ascii()
    {
        Assert.Equal(134, LegacyTypist.Letters.Count);
        Assert.Equal(134, LegacyTypist.Letters.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_lowercase_letter_round_trips_through_tcvn3()
    {
        foreach (var letter in LegacyTypist.Letters.Where(l => char.IsLower(l[0])))
        {
            var typed = LegacyTypist.ToTcvn3(letter);
            Assert.Equal(letter, Tcvn3Text.ToUnicode(typed));
        }
    }

    [Fact]
    public void Every_capital_round_trips_through_tcvn3_in_an_h_font_and_the_seven_capital_codes_without_one()
    {
        foreach (var letter in LegacyTypist.Letters.Where(l => char.IsUpper(l[0])))
        {
            var typed = LegacyTypist.ToTcvn3(letter);
            Assert.Equal(letter, Tcvn3Text.ToUnicode(typed, capitals: true));
            if (!LegacyTypist.NeedsCapitalsFont(letter)) Assert.Equal(letter, Tcvn3Text.ToUnicode(typed));
        }
        Assert.Equal(7, LegacyTypist.Letters.Count(l => char.IsUpper(l[0]) && !LegacyTypist.NeedsCapitalsFont(l)));
    }

    [Fact]
    public void Every_letter_in_both_cases_round_trips_through_vni()
    {
        foreach (var letter in LegacyTypist.Letters)
        {
            Assert.Equal(letter, VniText.ToUnicode(LegacyTypist.ToVni(letter)));
        }
    }

    [Fact]
    public void Every_letter_after_every_initial_round_trips_inside_words()
    {
        foreach (var letter in LegacyTypist.Letters)
        {
            var word = "Ng" + letter + "ng";
            Assert.Equal(word, VniText.ToUnicode(LegacyTypist.ToVni(word)));
            Assert.Equal(word.ToUpperInvariant(), Tcvn3Text.ToUnicode(LegacyTypist.ToTcvn3(word), capitals: true));
        }
    }

    [Theory]
    [InlineData("Kh«ng ®¹t", "Không đạt")]
    [InlineData("Chi\u00D2ng En", "Chiềng En")]
    [InlineData("Thu nhËp b×nh qu©n ®Çu ng\u00ADêi/n¨m", "Thu nhập bình quân đầu người/năm")]
    [InlineData("§¶ng bé x·", "Đảng bộ xã")]
    public void Tcvn3_text_reads_as_written(string typed, string expected) => Assert.Equal(expected, Tcvn3Text.ToUnicode(typed));

    [Theory]
    [InlineData("KhoÂng ñaït", "KhoÂng đạt")] // a capital accent after a small letter is not VNI: left alone
    [InlineData("Khoâng ñaït", "Không đạt")]
    [InlineData("Ngöôøi", "Người")]
    [InlineData("KEÁT QUAÛ THÖÏC HIEÄN", "KẾT QUẢ THỰC HIỆN")]
    [InlineData("Xaõ Chieàng En", "Xã Chiềng En")]
    public void Vni_text_reads_as_written(string typed, string expected) => Assert.Equal(expected, VniText.ToUnicode(typed));

    [Fact]
    public void H_fonts_write_capitals_with_the_lowercase_codes()
    {
        Assert.Equal("KẾT QUẢ THỰC HIỆN", Tcvn3Text.ToUnicode("kÕt qu¶ thùc hiÖn", capitals: true));
        Assert.Equal("BIỂU SỐ 01", Tcvn3Text.ToUnicode("BIÓU Sè 01", capitals: true));
    }

    [Theory]
    [InlineData("27,5")]
    [InlineData("1.234")]
    [InlineData("100-60")]
    [InlineData("(%) 14/19; T/M - \"A\" _ # @ !?")]
    [InlineData("vacxin Internet ABC xyz")]
    public void Digits_punctuation_spaces_and_ascii_letters_are_untouched(string text)
    {
        Assert.Equal(text, Tcvn3Text.ToUnicode(text));
        Assert.Equal(text, VniText.ToUnicode(text));
    }

    [Fact]
    public void Output_is_nfc()
    {
        var all = string.Join(' ', LegacyTypist.Letters);
        Assert.True(Tcvn3Text.ToUnicode(LegacyTypist.ToTcvn3(all), capitals: false).IsNormalized(NormalizationForm.FormC));
        Assert.True(VniText.ToUnicode(LegacyTypist.ToVni(all)).IsNormalized(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData(".VnTime", Annexes.LegacyEncoding.Tcvn3, false)]
    [InlineData(".VnTimeH", Annexes.LegacyEncoding.Tcvn3, true)]
    [InlineData(".VnArialH", Annexes.LegacyEncoding.Tcvn3, true)]
    [InlineData(".VnArial Narrow", Annexes.LegacyEncoding.Tcvn3, false)]
    [InlineData("VNI-Times", Annexes.LegacyEncoding.Vni, false)]
    [InlineData("VNI-Helve", Annexes.LegacyEncoding.Vni, false)]
    public void Legacy_fonts_are_told_by_name(string name, Annexes.LegacyEncoding encoding, bool capitals) =>
        Assert.Equal(new LegacyFont(encoding, capitals), LegacyFont.FromName(name));

    [Theory]
    [InlineData("Times New Roman")]
    [InlineData("Calibri")]
    [InlineData("Arial")]
    [InlineData("")]
    [InlineData(null)]
    public void Other_fonts_are_not_legacy(string? name) => Assert.Null(LegacyFont.FromName(name));

    [Fact]
    public void A_legacy_font_leaves_unicode_typed_into_it()
    {
        var font = new LegacyFont(Annexes.LegacyEncoding.Tcvn3, false);
        Assert.Null(font.Convert("Không đạt"));     // beyond Windows-1252: already Unicode
        Assert.Null(font.Convert("27,5"));          // nothing to convert
        Assert.Equal("Không đạt", font.Convert("Kh«ng ®¹t"));
    }
}
