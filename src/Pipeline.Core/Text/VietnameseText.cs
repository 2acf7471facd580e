using System.Globalization;
using System.Text;

namespace Pipeline.Core.Text;

/// <summary>
/// Text normalisation for Vietnamese cell contents. Clerks type headers and indicators with
/// either Unicode form, stray spaces and line breaks; matching must see through all of that.
/// </summary>
public static class VietnameseText
{
    /// <summary>NFC, line breaks and runs of whitespace collapsed to one space, trimmed.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length);
        var pendingSpace = false;
        foreach (var ch in nfc)
        {
            if (char.IsWhiteSpace(ch) || ch == '\u00A0' || char.IsControl(ch))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace) builder.Append(' ');
            pendingSpace = false;
            builder.Append(ch);
        }
        return builder.ToString();
    }

    /// <summary>
    /// A matching key: lower case, without diacritics (đ becomes d), punctuation other than
    /// '%' and '/' turned into spaces, single-spaced, i/y spelling variants made one.
    /// "Thu ngân sách trên địa bàn" → "thu ngan sach tren dia ban".
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark) continue;
            var ch = raw switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(raw),
            };
            if (char.IsLetterOrDigit(ch) || ch is '%' or '/')
            {
                if (pendingSpace) builder.Append(' ');
                pendingSpace = false;
                builder.Append(ch);
            }
            else
            {
                pendingSpace = builder.Length > 0;
            }
        }
        return SpellingVariants(builder.ToString());
    }

    /// <summary>"tỉ lệ" and "tỷ lệ", "nhiệm kì" and "nhiệm kỳ" are one word each: fold i/y endings together.</summary>
    private static string SpellingVariants(string folded)
    {
        if (!HasShortIWord(folded)) return folded;
        var words = folded.Split(' ');
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            var replacement = words[i] switch { "ti" => "ty", "ki" => "ky", "li" => "ly", "mi" => "my", _ => null };
            if (replacement is null) continue;
            words[i] = replacement;
            changed = true;
        }
        return changed ? string.Join(' ', words) : folded;
    }

    private static bool HasShortIWord(string folded)
    {
        for (var i = 1; i < folded.Length; i++)
        {
            if (folded[i] == 'i' && folded[i - 1] is 't' or 'k' or 'l' or 'm'
                && (i + 1 == folded.Length || folded[i + 1] == ' ')
                && (i - 1 == 0 || folded[i - 2] == ' '))
                return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="phrase"/> (already folded) occurs in <paramref name="folded"/> on word boundaries.</summary>
    public static bool ContainsPhrase(string folded, string phrase) => IndexOfPhrase(folded, phrase) >= 0;

    /// <summary>Where <paramref name="phrase"/> first occurs in <paramref name="folded"/> on word boundaries, or -1.</summary>
    public static int IndexOfPhrase(string folded, string phrase)
    {
        if (phrase.Length == 0) return -1;
        var start = 0;
        while (true)
        {
            var index = folded.IndexOf(phrase, start, StringComparison.Ordinal);
            if (index < 0) return -1;
            var end = index + phrase.Length;
            if ((index == 0 || folded[index - 1] == ' ') && (end == folded.Length || folded[end] == ' ')) return index;
            start = index + 1;
        }
    }

    /// <summary>"CHIỀNG EN" → "Chiềng En": proper-name casing for names read from all-caps titles.</summary>
    public static string ToNameCase(string text)
    {
        var culture = CultureInfo.GetCultureInfo("vi-VN");
        var words = Clean(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var lower = words[i].ToLower(culture);
            words[i] = lower.Length == 0 ? lower : char.ToUpper(lower[0], culture) + lower[1..];
        }
        return string.Join(' ', words);
    }
}
