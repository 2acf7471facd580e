using System.Text;

namespace Pipeline.Core.Text;

/// <summary>
/// TCVN3 (TCVN 5712:1993, the "ABC" code of the .VnTime fonts) to Unicode. Excel keeps such
/// text as the Windows-1252 characters of the codes, so each code in 0xA1–0xFE stands for one
/// Vietnamese letter: "Kh«ng ®¹t" is "Không đạt". The code has no toned capitals: the
/// ".…H" fonts draw the lowercase codes as capitals, so their text is upper-cased.
/// </summary>
/// <remarks>Mapping: TCVN 5712:1993 table VN3, as published with the ABC fonts.</remarks>
public static class Tcvn3Text
{
    // Codes, in the order of Letters below: each vowel untoned, then grave, hook, tilde, acute, dot below.
    private const string Codes =
        "a\u00B5\u00B6\u00B7\u00B8\u00B9" +   // a à ả ã á ạ
        "\u00A8\u00BB\u00BC\u00BD\u00BE\u00C6" + // ă ằ ẳ ẵ ắ ặ
        "\u00A9\u00C7\u00C8\u00C9\u00CA\u00CB" + // â ầ ẩ ẫ ấ ậ
        "e\u00CC\u00CE\u00CF\u00D0\u00D1" +   // e è ẻ ẽ é ẹ
        "\u00AA\u00D2\u00D3\u00D4\u00D5\u00D6" + // ê ề ể ễ ế ệ
        "i\u00D7\u00D8\u00DC\u00DD\u00DE" +   // i ì ỉ ĩ í ị
        "o\u00DF\u00E1\u00E2\u00E3\u00E4" +   // o ò ỏ õ ó ọ
        "\u00AB\u00E5\u00E6\u00E7\u00E8\u00E9" + // ô ồ ổ ỗ ố ộ
        "\u00AC\u00EA\u00EB\u00EC\u00ED\u00EE" + // ơ ờ ở ỡ ớ ợ
        "u\u00EF\u00F1\u00F2\u00F3\u00F4" +   // u ù ủ ũ ú ụ
        "\u00AD\u00F5\u00F6\u00F7\u00F8\u00F9" + // ư ừ ử ữ ứ ự
        "y\u00FA\u00FB\u00FC\u00FD\u00FE" +   // y ỳ ỷ ỹ ý ỵ
        "\u00AE" +                            // đ
        "\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7"; // Ă Â Ê Ô Ơ Ư Đ

    private const string Letters =
        "aàảãáạ" + "ăằẳẵắặ" + "âầẩẫấậ" + "eèẻẽéẹ" + "êềểễếệ" + "iìỉĩíị" +
        "oòỏõóọ" + "ôồổỗốộ" + "ơờởỡớợ" + "uùủũúụ" + "ưừửữứự" + "yỳỷỹýỵ" +
        "đ" + "ĂÂÊÔƠƯĐ";

    /// <summary>Unicode letter for each code 0xA0–0xFF; '\0' where the code is not a letter.</summary>
    private static readonly char[] Table = BuildTable();

    /// <summary>True for a character that is a TCVN3 letter code (0xA1–0xFE, gaps excepted).</summary>
    public static bool IsCode(char c) => c is >= '\u00A0' and <= '\u00FF' && Table[c - 0xA0] != '\0';

    /// <summary>
    /// The text with every TCVN3 code replaced by its letter, in NFC; other characters
    /// (ASCII, digits, punctuation, anything outside the codes) are kept as they are.
    /// </summary>
    /// <param name="capitals">True for text in a ".…H" font: the result is upper-cased.</param>
    public static string ToUnicode(string text, bool capitals = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text) builder.Append(IsCode(c) ? Table[c - 0xA0] : c);
        var result = builder.ToString();
        if (capitals) result = result.ToUpperInvariant();
        return result.Normalize(NormalizationForm.FormC);
    }

    private static char[] BuildTable()
    {
        var table = new char[0x60];
        for (var i = 0; i < Codes.Length; i++)
        {
            if (Codes[i] >= '\u00A0') table[Codes[i] - 0xA0] = Letters[i];
        }
        return table;
    }
}
