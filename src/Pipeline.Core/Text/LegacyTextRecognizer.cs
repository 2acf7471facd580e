using System.Text;
using Pipeline.Core.Annexes;

namespace Pipeline.Core.Text;

/// <summary>A cell text recognised as legacy-encoded, and what it reads as in Unicode.</summary>
/// <param name="Encoding">The encoding the text was typed in.</param>
/// <param name="Text">The text in Unicode, NFC.</param>
public sealed record RecognizedLegacyText(LegacyEncoding Encoding, string Text);

/// <summary>
/// Recognises TCVN3 or VNI text from its characters alone, for cells whose font says nothing
/// (a legacy file reformatted in Calibri, or saved by a tool that dropped fonts). It must never
/// convert ordinary text, so it converts only when all of these hold:
/// the text fits Windows-1252 (Unicode Vietnamese beyond it, such as "ạ" or "ơ", is never legacy);
/// it has words in which a code of the encoding stands next to a plain letter ("Kh«ng", "ñaït");
/// after conversion every changed word is a Vietnamese syllable written in a word's case,
/// while before it most of them were not; and exactly one encoding passes. "Nông thôn",
/// "«Nông thôn mới»", "São Paulo" and "Đạt ® 2020" stay as they are.
/// </summary>
public static class LegacyTextRecognizer
{
    /// <summary>The Unicode reading of a legacy-encoded text, or null when the text is not clearly legacy.</summary>
    public static RecognizedLegacyText? Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasLegacyCode(text) || !FitsWindows1252(text)) return null;
        var tcvn3 = Attempt(text, LegacyEncoding.Tcvn3);
        var vni = Attempt(text, LegacyEncoding.Vni);
        // Text both encodings read as Vietnamese is ambiguous: leave it.
        if (tcvn3 is not null && vni is not null) return null;
        return tcvn3 is not null ? new RecognizedLegacyText(LegacyEncoding.Tcvn3, tcvn3)
            : vni is not null ? new RecognizedLegacyText(LegacyEncoding.Vni, vni)
            : null;
    }

    /// <summary>True when every character of the text has a Windows-1252 code, as all legacy text read from Excel has.</summary>
    public static bool FitsWindows1252(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (c < '\u0100') continue;
            if (!Windows1252Extras.Contains(c)) return false;
        }
        return true;
    }

    // The characters Windows-1252 puts at 0x80–0x9F, the only ones it has above U+00FF.
    private const string Windows1252Extras = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    private static bool HasLegacyCode(string text)
    {
        foreach (var c in text)
        {
            if (c >= '\u00A0' && (Tcvn3Text.IsCode(c) || VniText.IsCode(c))) return true;
        }
        return false;
    }

    /// <summary>The converted text when it passes every test for <paramref name="encoding"/>, else null.</summary>
    private static string? Attempt(string text, LegacyEncoding encoding)
    {
        var output = new StringBuilder(text.Length);
        int changed = 0, wereWords = 0, inWord = 0;
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && IsWordCharacter(text[end], encoding)) end++;
            if (end == start)
            {
                output.Append(text[start]);
                start++;
                continue;
            }

            var word = text[start..end];
            var converted = encoding == LegacyEncoding.Tcvn3 ? Tcvn3Text.ToUnicode(word) : VniText.ToUnicode(word);
            if (!string.Equals(word, converted, StringComparison.Ordinal))
            {
                converted = CapitalsTypedWithoutHFont(word, converted);
                if (!VietnameseSyllable.IsValid(converted) || !VietnameseSyllable.HasWordCase(converted)) return null;
                changed++;
                if (VietnameseSyllable.IsValid(word) && VietnameseSyllable.HasWordCase(word)) wereWords++;
                if (word.Any(char.IsAsciiLetter)) inWord++;
            }
            output.Append(converted);
            start = end;
        }

        // A lone code ("»", "®") is a symbol, not a word; before conversion most changed words must have been nonsense.
        if (changed == 0 || inWord == 0 || wereWords * 2 >= changed) return null;
        return output.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// TCVN3 has no toned capitals, so a title typed in capitals without an H font comes out
    /// "KếT QUả": a word whose plain letters (at least two) are all capitals is a capitals word.
    /// </summary>
    private static string CapitalsTypedWithoutHFont(string word, string converted)
    {
        var ascii = word.Where(char.IsAsciiLetter).ToArray();
        return ascii.Length >= 2 && ascii.All(char.IsAsciiLetterUpper) ? converted.ToUpperInvariant() : converted;
    }

    private static bool IsWordCharacter(char c, LegacyEncoding encoding) =>
        char.IsAsciiLetter(c) || (encoding == LegacyEncoding.Tcvn3 ? Tcvn3Text.IsCode(c) : VniText.IsCode(c) || char.IsLetter(c));
}
