using System.Text;

namespace Pipeline.Workbooks;

/// <summary>
/// Types Unicode Vietnamese the way a clerk with a legacy keyboard driver did: in TCVN3 (ABC)
/// or VNI-Windows, as the Windows-1252 characters Excel keeps. The tables are transcribed
/// letter by letter from the published code charts (TCVN 5712:1993 VN3; VNI-Windows), kept
/// apart from the reader's converters so a test compares two independent transcriptions.
/// </summary>
public static class LegacyTypist
{
    // TCVN3: letter, then its one code. No toned capitals exist; H fonts draw these codes as capitals.
    private const string Tcvn3Pairs =
        "aa àµ ả¶ ã· á¸ ạ¹ ă¨ ằ» ẳ¼ ẵ½ ắ¾ ặÆ â© ầÇ ẩÈ ẫÉ ấÊ ậË " +
        "ee èÌ ẻÎ ẽÏ éÐ ẹÑ êª ềÒ ểÓ ễÔ ếÕ ệÖ ii ì× ỉØ ĩÜ íÝ ịÞ " +
        "oo òß ỏá õâ óã ọä ô« ồå ổæ ỗç ốè ộé ơ¬ ờê ởë ỡì ớí ợî " +
        "uu ùï ủñ ũò úó ụô ư\u00AD ừõ ửö ữ÷ ứø ựù yy ỳú ỷû ỹü ýý ỵþ đ® " +
        "Ă¡ Â¢ Ê£ Ô¤ Ơ¥ Ư¦ Đ§";

    // VNI-Windows: letter, '=', then its code sequence (capitals are the same codes in capitals).
    private const string VniPairs =
        "á=aù à=aø ả=aû ã=aõ ạ=aï ă=aê ắ=aé ằ=aè ẳ=aú ẵ=aü ặ=aë â=aâ ấ=aá ầ=aà ẩ=aå ẫ=aã ậ=aä " +
        "é=eù è=eø ẻ=eû ẽ=eõ ẹ=eï ê=eâ ế=eá ề=eà ể=eå ễ=eã ệ=eä " +
        "í=í ì=ì ỉ=æ ĩ=ó ị=ò " +
        "ó=où ò=oø ỏ=oû õ=oõ ọ=oï ô=oâ ố=oá ồ=oà ổ=oå ỗ=oã ộ=oä ơ=ô ớ=ôù ờ=ôø ở=ôû ỡ=ôõ ợ=ôï " +
        "ú=uù ù=uø ủ=uû ũ=uõ ụ=uï ư=ö ứ=öù ừ=öø ử=öû ữ=öõ ự=öï " +
        "ý=yù ỳ=yø ỷ=yû ỹ=yõ ỵ=î đ=ñ";

    private static readonly Dictionary<char, char> Tcvn3 = Tcvn3Pairs.Split(' ').ToDictionary(p => p[0], p => p[1]);

    private static readonly Dictionary<char, string> Vni = BuildVni();

    /// <summary>
    /// The 134 letters of Vietnamese beyond plain ASCII: a, ă, â, e, ê, i, o, ô, ơ, u, ư, y with
    /// each of the five tones, the untoned ă â ê ô ơ ư, and đ — lowercase, then capitals.
    /// </summary>
    public static IReadOnlyList<string> Letters { get; } = BuildLetters();

    /// <summary>
    /// The text as typed in a TCVN3 font: each letter's code; a toned capital (which TCVN3
    /// lacks) as its lowercase code, as typed in an H font. Other characters stay.
    /// </summary>
    public static string ToTcvn3(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (Tcvn3.TryGetValue(c, out var code)) builder.Append(code);
            else if (char.IsUpper(c) && Tcvn3.TryGetValue(char.ToLowerInvariant(c), out var lower) && c > '\u007F') builder.Append(lower);
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>The text as typed in a VNI-Windows font. Other characters stay.</summary>
    public static string ToVni(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (Vni.TryGetValue(c, out var code)) builder.Append(code);
            else builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>True when the text has a capital that TCVN3 can only show through an H font (Ế, Ả… but not Đ, Ă).</summary>
    public static bool NeedsCapitalsFont(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Normalize(NormalizationForm.FormC).Any(c => c > '\u007F' && char.IsUpper(c) && !Tcvn3.ContainsKey(c));
    }

    private static Dictionary<char, string> BuildVni()
    {
        var map = new Dictionary<char, string>();
        foreach (var pair in VniPairs.Split(' '))
        {
            var letter = pair[0];
            var code = pair[2..];
            map[letter] = code;
            map[char.ToUpperInvariant(letter)] = code.ToUpperInvariant();
        }
        return map;
    }

    private static List<string> BuildLetters()
    {
        var lower = "àảãáạ ằẳẵắặ ầẩẫấậ èẻẽéẹ ềểễếệ ìỉĩíị òỏõóọ ồổỗốộ ờởỡớợ ùủũúụ ừửữứự ỳỷỹýỵ ăâêôơưđ"
            .Replace(" ", "", StringComparison.Ordinal);
        var letters = lower.Select(c => c.ToString()).ToList();
        letters.AddRange(lower.Select(c => char.ToUpperInvariant(c).ToString()));
        return letters;
    }
}
