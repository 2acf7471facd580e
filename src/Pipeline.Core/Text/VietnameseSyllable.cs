using System.Globalization;
using System.Text;

namespace Pipeline.Core.Text;

/// <summary>
/// Whether a word is a well-formed Vietnamese syllable: an initial consonant (or none), a
/// vowel group, a final consonant (or none), at most one tone mark, and the rules that bind
/// them (ă and â, iê, uô, ươ need a final; a final c, ch, p or t takes only the acute or dot
/// below tone). The legacy-text guess uses it to tell "Kh«ng" (not a syllable) from "Không".
/// </summary>
/// <remarks>
/// Phonotactics as taught in Vietnamese grammar (Đoàn Thiện Thuật, Ngữ âm tiếng Việt):
/// 22 initials with their spellings, 9 finals, the vowel groups below. Ethnic place names of
/// the north-west (Chiềng, Nậm, Huổi, Pú Bẩu) keep to them; loanwords such as "vacxin" do not,
/// which is fine: words of plain ASCII letters are never asked about.
/// </remarks>
public static class VietnameseSyllable
{
    private static readonly string[] Initials =
    [
        "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
        "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "",
    ];

    private static readonly string[] Finals = ["ng", "nh", "ch", "c", "m", "n", "p", "t", ""];

    // Vowel groups that end the syllable (their last letter is a glide).
    private static readonly HashSet<string> OpenOnly =
    [
        "ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu", "oi", "ôi", "ơi", "ui", "ưi", "ưu", "ưa", "ua",
        "iêu", "yêu", "oai", "oay", "oao", "oeo", "uôi", "ươi", "ươu", "uya", "uyu", "uây", "uai", "ya",
    ];

    // Vowel groups that need a final consonant.
    private static readonly HashSet<string> ClosedOnly = ["ă", "â", "iê", "yê", "uô", "ươ", "uyê", "oă", "uâ", "oo", "ôô"];

    // Vowel groups that may stand open or closed.
    private static readonly HashSet<string> Either = ["a", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "oa", "oe", "uê", "uy", "uơ"];

    private const string Vowels = "aăâeêioôơuưy";

    /// <summary>True when <paramref name="word"/> (any case, any Unicode form) is one well-formed syllable.</summary>
    public static bool IsValid(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length is 0 or > 8) return false;
        var plain = new StringBuilder(word.Length);
        var tone = 0;
        foreach (var rune in word.Normalize(NormalizationForm.FormD).ToLowerInvariant())
        {
            var t = ToneOf(rune);
            if (t > 0)
            {
                if (tone > 0 || plain.Length == 0 || !Vowels.Contains(plain[^1])) return false;
                tone = t;
                continue;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
            {
                // Circumflex, breve and horn make the vowel letters of Vietnamese; nothing else does.
                if (plain.Length == 0 || Modified(plain[^1], rune) is not { } modified) return false;
                plain[^1] = modified;
                continue;
            }
            if (rune is not ((>= 'a' and <= 'z') or 'đ')) return false;
            plain.Append(rune);
        }
        return IsValidPlain(plain.ToString(), tone);
    }

    /// <summary>True when the word is one syllable written the ways Vietnamese is written: lowercase, capitalised, or all capitals.</summary>
    public static bool HasWordCase(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var letters = word.Where(char.IsLetter).ToArray();
        if (letters.Length == 0) return false;
        if (letters.All(char.IsLower) || letters.All(char.IsUpper)) return true;
        return char.IsUpper(letters[0]) && letters.Skip(1).All(char.IsLower);
    }

    private static bool IsValidPlain(string plain, int tone)
    {
        foreach (var initial in Initials)
        {
            if (!plain.StartsWith(initial, StringComparison.Ordinal)) continue;
            var rhyme = plain[initial.Length..];
            // "gi" and "qu" spell an initial with a glide: "gì", "quả" keep the i/u in the rhyme too.
            if (IsValidRhyme(rhyme, tone, initial)) return true;
        }
        return false;
    }

    private static bool IsValidRhyme(string rhyme, int tone, string initial)
    {
        if (rhyme.Length == 0) return false;
        foreach (var final in Finals)
        {
            if (!rhyme.EndsWith(final, StringComparison.Ordinal)) continue;
            var vowels = rhyme[..^final.Length];
            if (vowels.Length == 0 || !vowels.All(Vowels.Contains)) continue;
            var closed = final.Length > 0;
            var known = closed ? ClosedOnly.Contains(vowels) || Either.Contains(vowels) : OpenOnly.Contains(vowels) || Either.Contains(vowels);
            if (!known) continue;
            // Stopped finals carry only the acute or the dot below.
            if (final is "c" or "ch" or "p" or "t" && tone is not (Acute or DotBelow)) continue;
            // ch and nh follow only front vowels (a, ê, i, y and their glided forms).
            if (final is "ch" or "nh" && vowels is not ("a" or "ê" or "i" or "y" or "oa" or "uê" or "uy")) continue;
            // ơ, ư and ơ-groups never close with ch, nh; "ơng" and "ơc" are not syllables.
            if (vowels == "ơ" && final is "ng" or "c") continue;
            // "qu" already holds its glide: "quu", "quo" are not spellings.
            if (initial == "qu" && vowels[0] is 'u' or 'o') continue;
            return true;
        }
        return false;
    }

    private const int Grave = 1, Hook = 2, Tilde = 3, Acute = 4, DotBelow = 5;

    private static int ToneOf(char mark) => mark switch
    {
        '\u0300' => Grave,
        '\u0309' => Hook,
        '\u0303' => Tilde,
        '\u0301' => Acute,
        '\u0323' => DotBelow,
        _ => 0,
    };

    private static char? Modified(char vowel, char mark) => (vowel, mark) switch
    {
        ('a', '\u0302') => 'â',
        ('e', '\u0302') => 'ê',
        ('o', '\u0302') => 'ô',
        ('a', '\u0306') => 'ă',
        ('o', '\u031B') => 'ơ',
        ('u', '\u031B') => 'ư',
        _ => null,
    };
}
