using System.Text;

namespace Pipeline.Core.Text;

/// <summary>
/// VNI-Windows (the VNI-Times, VNI-Helve… fonts) to Unicode. VNI writes a toned vowel as its
/// base letter followed by an accent character, all kept by Excel as Windows-1252 characters:
/// "ñaït" is "đạt" (ñ = đ, a + ï = ạ), "Khoâng" is "Không". A few letters have one code of
/// their own (í ì æ ó ò for the toned i, î for ỵ, ñ for đ, ô for ơ, ö for ư).
/// </summary>
/// <remarks>Mapping: the VNI-Windows code table published by VNI Software with its fonts.</remarks>
public static class VniText
{
    // Accent characters, lowercase and capital, and what they add to the base vowel before them.
    private const string ToneMarks = "øûõùï";           // grave, hook, tilde, acute, dot below
    private const string ToneMarksCapital = "ØÛÕÙÏ";
    // Circumflex alone, then with each tone in the order of Toned (so the index is the tone).
    private const string CircumflexMarks = "âàåãáä";
    private const string CircumflexMarksCapital = "ÂÀÅÃÁÄ";
    private const string BreveMarks = "êèúüéë";         // breve alone, then with each tone
    private const string BreveMarksCapital = "ÊÈÚÜÉË";

    // Unicode letters by base and tone: untoned, grave, hook, tilde, acute, dot below.
    private static readonly Dictionary<char, string> Toned = new()
    {
        ['a'] = "aàảãáạ", ['ă'] = "ăằẳẵắặ", ['â'] = "âầẩẫấậ", ['e'] = "eèẻẽéẹ", ['ê'] = "êềểễếệ",
        ['i'] = "iìỉĩíị", ['o'] = "oòỏõóọ", ['ô'] = "ôồổỗốộ", ['ơ'] = "ơờởỡớợ", ['u'] = "uùủũúụ",
        ['ư'] = "ưừửữứự", ['y'] = "yỳỷỹýỵ",
    };

    // Letters with a code of their own (lowercase; capitals are the capital codes).
    private static readonly Dictionary<char, char> Single = new()
    {
        ['ì'] = 'ì', ['æ'] = 'ỉ', ['ó'] = 'ĩ', ['í'] = 'í', ['ò'] = 'ị', ['î'] = 'ỵ', ['ñ'] = 'đ', ['ô'] = 'ơ', ['ö'] = 'ư',
    };

    /// <summary>True for a character VNI uses as an accent or a letter of its own (all in 0xC0–0xFF).</summary>
    public static bool IsCode(char c)
    {
        var lower = char.ToLowerInvariant(c);
        return c is >= '\u00C0' and <= '\u00FF' &&
               (ToneMarks.Contains(lower) || CircumflexMarks.Contains(lower) || BreveMarks.Contains(lower) || Single.ContainsKey(lower));
    }

    /// <summary>
    /// The text with every VNI letter sequence replaced by its Unicode letter, in NFC. An accent
    /// character that follows no vowel it can sit on, and every other character, is kept.
    /// </summary>
    public static string ToUnicode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var capital = char.IsUpper(c);
            var lower = char.ToLowerInvariant(c);
            char? baseLetter = lower switch
            {
                'a' or 'e' or 'o' or 'u' or 'y' => lower,
                'ô' => 'ơ',
                'ö' => 'ư',
                _ => null,
            };
            if (baseLetter is { } letter && i + 1 < text.Length && Combine(letter, text[i + 1], capital) is { } combined)
            {
                builder.Append(combined);
                i++;
                continue;
            }
            if (Single.TryGetValue(lower, out var own))
            {
                builder.Append(capital ? char.ToUpperInvariant(own) : own);
                continue;
            }
            builder.Append(c);
        }
        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The letter a base vowel and the accent after it make, or null when the accent does not go on it.</summary>
    private static char? Combine(char letter, char mark, bool capital)
    {
        // An accent has the case of its letter: "AÙ", "aù"; a mixed pair is not VNI.
        if (char.IsUpper(mark) != capital) return null;
        var tone = (capital ? ToneMarksCapital : ToneMarks).IndexOf(mark, StringComparison.Ordinal);
        if (tone >= 0) return Letter(letter, tone + 1, capital);

        var circumflex = (capital ? CircumflexMarksCapital : CircumflexMarks).IndexOf(mark, StringComparison.Ordinal);
        if (circumflex >= 0)
        {
            char? hat = letter switch { 'a' => 'â', 'e' => 'ê', 'o' => 'ô', _ => null };
            return hat is { } h ? Letter(h, circumflex, capital) : null;
        }

        var breve = (capital ? BreveMarksCapital : BreveMarks).IndexOf(mark, StringComparison.Ordinal);
        if (breve >= 0 && letter == 'a') return Letter('ă', breve, capital);
        return null;
    }

    private static char Letter(char letter, int tone, bool capital)
    {
        var toned = Toned[letter][tone];
        return capital ? char.ToUpperInvariant(toned) : toned;
    }
}
