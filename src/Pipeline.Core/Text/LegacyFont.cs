using Pipeline.Core.Annexes;

namespace Pipeline.Core.Text;

/// <summary>
/// A font that draws a legacy Vietnamese encoding, told from its name: TCVN3 (ABC) fonts are
/// named ".Vn…" (".VnTime", ".VnArialH"), VNI-Windows fonts "VNI-…" ("VNI-Times", "VNI-Helve").
/// A TCVN3 font whose name ends in a capital H draws every letter as a capital.
/// </summary>
/// <param name="Encoding">The encoding the font draws.</param>
/// <param name="Capitals">True for the ".…H" fonts: the text reads in capitals.</param>
public readonly record struct LegacyFont(LegacyEncoding Encoding, bool Capitals)
{
    /// <summary>The legacy font a font name stands for, or null for any other font (Times New Roman, Calibri, none).</summary>
    public static LegacyFont? FromName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        name = name.Trim();
        // The ABC fonts' names start ".Vn" (".VnTime", ".VnArial Narrow", ".VnTimeH"); "VN" spellings occur in old files.
        if (name.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase))
            return new LegacyFont(LegacyEncoding.Tcvn3, name[^1] == 'H');
        if (name.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || name.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase))
            return new LegacyFont(LegacyEncoding.Vni, false);
        return null;
    }

    /// <summary>
    /// The text converted to Unicode (NFC), or null when it is not this font's legacy text: it
    /// holds a Vietnamese letter Windows-1252 cannot encode (Unicode typed into a legacy-font
    /// cell: "ạ", "ơ", "đ"…), it reads as fewer Vietnamese words converted than as it is
    /// ("Tiêu chí" left in .VnTime by a converter would become "Tiờu chớ"), or converting changes
    /// nothing. Symbols Excel inserts into legacy cells ("≥", "✓") are kept as they are.
    /// </summary>
    public string? Convert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (LegacyTextRecognizer.HasVietnameseBeyondWindows1252(text)) return null;
        var converted = Encoding == LegacyEncoding.Tcvn3 ? Tcvn3Text.ToUnicode(text, Capitals) : VniText.ToUnicode(text);
        if (string.Equals(converted, text, StringComparison.Ordinal)) return null;
        return LegacyTextRecognizer.VietnameseWords(converted) < LegacyTextRecognizer.VietnameseWords(text) ? null : converted;
    }
}
