using System.Text;
using Pipeline.Core.Annexes;

namespace Pipeline.Core.Text;

/// <summary>
/// Recognises TCVN3 or VNI text from its characters alone, for cells whose font says nothing
/// (a legacy file reformatted in Calibri, or saved by a tool that dropped fonts). It must never
/// convert ordinary text, so it converts only when all of these hold:
/// the text holds no Vietnamese letter beyond Windows-1252 (Unicode such as "ạ" or "ơ" is never legacy; a symbol such as "≥" may sit in legacy text);
/// it has words in which a code of the encoding stands next to a plain letter ("Kh«ng", "ñaït");
/// after conversion every word with a code or a non-ASCII letter is a Vietnamese syllable
/// written in a word's case. The reading is certain when, besides, at least half the changed
/// words were not syllables before; when both encodings pass, the sheet's encoding (if known)
/// or the one certain reading decides, else nothing is converted. "«Nông thôn mới»",
/// "São Paulo" and "Đạt ® 2020" never read as legacy; "Nông thôn" ("Nụng thụn" in TCVN3) is
/// never certain, so only a sheet typed wholly in TCVN3 would convert it.
/// </summary>
public static class LegacyTextRecognizer
{
    /// <summary>The Unicode reading of a legacy-encoded text, or null when the text does not read as legacy.</summary>
    /// <param name="sheetEncoding">
    /// The encoding the rest of the sheet is known to be typed in, if any: it settles text that
    /// reads as Vietnamese in both encodings without being certain in either.
    /// </param>
    public static RecognizedLegacyText? Recognize(string text, LegacyEncoding? sheetEncoding = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Symbols inserted into legacy text ("≥", "✓") do not make it Unicode; Vietnamese letters beyond Windows-1252 do.
        if (!HasLegacyCode(text) || HasVietnameseBeyondWindows1252(text)) return null;
        var tcvn3 = Attempt(text, LegacyEncoding.Tcvn3);
        var vni = Attempt(text, LegacyEncoding.Vni);
        if (tcvn3 is null || vni is null) return tcvn3 ?? vni;
        // Both read as Vietnamese ("BÍ THÖ" is VNI "BÍ THƯ" and TCVN3 "BÍ THỆ"): the sheet's
        // encoding decides, else the one certain reading; otherwise it is ambiguous.
        if (sheetEncoding is null && tcvn3.Certain != vni.Certain) return tcvn3.Certain ? tcvn3 : vni;
        return sheetEncoding switch
        {
            LegacyEncoding.Tcvn3 => tcvn3,
            LegacyEncoding.Vni => vni,
            _ => null,
        };
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

    /// <summary>
    /// True when the text holds a letter (or tone mark) of Vietnamese that Windows-1252 lacks —
    /// ă, đ, ĩ, ũ, ơ, ư, the toned letters of Unicode's Latin Extended Additional block, or a
    /// combining tone — which no legacy text read from Excel can hold: the text is Unicode.
    /// </summary>
    public static bool HasVietnameseBeyondWindows1252(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            if (c is (>= '\u0100' and <= '\u01B0') or (>= '\u1EA0' and <= '\u1EF9') or (>= '\u0300' and <= '\u0323')) return true;
        }
        return false;
    }

    /// <summary>How many of the text's words beyond ASCII are Vietnamese syllables written in a word's case.</summary>
    public static int VietnameseWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var count = 0;
        foreach (var word in text.Split(' ', '\t', '\n', ',', '.', ';', ':', '(', ')', '/', '-', '"', '\u00A0'))
        {
            if (word.Any(c => c > '\u007F') && VietnameseSyllable.IsValid(word) && VietnameseSyllable.HasWordCase(word)) count++;
        }
        return count;
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

    /// <summary>The text read in <paramref name="encoding"/>, when it passes the tests for it; else null.</summary>
    private static RecognizedLegacyText? Attempt(string text, LegacyEncoding encoding)
    {
        var output = new StringBuilder(text.Length);
        int changed = 0, wereWords = 0, inWord = 0;
        var capitals = encoding == LegacyEncoding.Tcvn3 && TypedInCapitals(text);
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            while (end < text.Length && IsWordCharacter(text[end])) end++;
            if (end == start)
            {
                output.Append(text[start]);
                start++;
                continue;
            }

            // Symbols at a word's edges that are no code of this encoding are punctuation ("«…»" around VNI text).
            while (start < end && IsPunctuation(text[start], encoding)) output.Append(text[start++]);
            var trail = end;
            while (trail > start && IsPunctuation(text[trail - 1], encoding)) trail--;
            var word = text[start..trail];
            var converted = encoding == LegacyEncoding.Tcvn3 ? Tcvn3Text.ToUnicode(word) : VniText.ToUnicode(word);
            var isChanged = !string.Equals(word, converted, StringComparison.Ordinal);
            if (isChanged && capitals) converted = converted.ToUpperInvariant();
            // Every word that had codes or letters beyond ASCII must come out a syllable: a code
            // the encoding leaves alone ("µ" read as VNI) or a word it garbles fails the whole text.
            if ((isChanged || word.Any(c => c > '\u007F')) &&
                (!VietnameseSyllable.IsValid(converted) || !VietnameseSyllable.HasWordCase(converted)))
                return null;
            if (isChanged)
            {
                changed++;
                if (VietnameseSyllable.IsValid(word) && VietnameseSyllable.HasWordCase(word)) wereWords++;
                if (word.Any(char.IsAsciiLetter)) inWord++;
            }
            output.Append(converted).Append(text, trail, end - trail);
            start = end;
        }

        // A lone code ("»", "®") is a symbol, not a word.
        if (changed == 0 || inWord == 0) return null;
        // Certain when at least half the changed words were nonsense before; else only plausible ("Ghi chó" is also Vietnamese).
        return new RecognizedLegacyText(encoding, output.ToString().Normalize(NormalizationForm.FormC), wereWords * 2 <= changed);
    }

    /// <summary>
    /// TCVN3 has no toned capitals, so a title typed in capitals without an H font comes out
    /// "KếT QUả": a text whose plain letters (at least two) are all capitals is read in capitals.
    /// </summary>
    private static bool TypedInCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiLetterLower(c)) return false;
            if (char.IsAsciiLetterUpper(c)) letters++;
        }
        return letters >= 2;
    }

    private static bool IsPunctuation(char c, LegacyEncoding encoding) =>
        !char.IsLetter(c) && !(encoding == LegacyEncoding.Tcvn3 ? Tcvn3Text.IsCode(c) : VniText.IsCode(c));

    /// <summary>Letters, and every Windows-1252 character from 0xA1 to 0xFF: legacy codes are among them, whatever Unicode calls them.</summary>
    private static bool IsWordCharacter(char c) => char.IsLetter(c) || c is > '\u00A0' and <= '\u00FF';
}
