using Pipeline.Core.Annexes;
using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Turns the legacy-encoded text cells of one sheet into Unicode as its rows are read, and
/// counts them per encoding. A cell the file sets in a legacy font is converted as that font
/// says (<see cref="LegacyFont.Convert"/>); any other text cell when its characters are
/// clearly legacy (<see cref="LegacyTextRecognizer"/>), or when they read as legacy and the
/// sheet so far is all legacy text of that encoding: at least <see cref="EvidenceCells"/>
/// cells clearly in it, none in the other, and no Unicode Vietnamese beyond Windows-1252.
/// That second rule reads "Ghi chó" as "Ghi chú" in a TCVN3 sheet, and never touches a
/// sheet that mixes Unicode cells in. Numbers never come here.
/// </summary>
internal sealed class SheetTextConversion(IReadOnlyDictionary<long, LegacyFont>? fonts)
{
    /// <summary>Cells clearly in one encoding before the sheet counts as typed in it.</summary>
    public const int EvidenceCells = 3;

    private int _tcvn3;
    private int _vni;
    private int _clearTcvn3;
    private int _clearVni;
    private bool _unicodeSeen;

    /// <summary>The cell's text in Unicode: converted when legacy, else as it was.</summary>
    /// <param name="row">0-based row, as ExcelDataReader counts it.</param>
    /// <param name="column">0-based column.</param>
    public string Convert(string text, int row, int column) =>
        Convert(text, fonts is not null && fonts.TryGetValue(LegacyFontMap.Key(row, column), out var font) ? font : null);

    /// <summary>
    /// The text in Unicode, as <see cref="Convert(string, int, int)"/>, with the legacy font it is set in given
    /// (null when none): how a Word report's paragraphs and cells, whose fonts are their runs', are converted.
    /// </summary>
    public string Convert(string text, LegacyFont? legacyFont)
    {
        string? converted;
        LegacyEncoding encoding;
        if (legacyFont is { } font)
        {
            converted = font.Convert(text);
            encoding = font.Encoding;
            // A text that reads as Vietnamese either way ("Nông thôn" is TCVN3 "Nụng thụn") is
            // left alone on a sheet already shown to hold Unicode: its fonts outlived a conversion.
            if (converted is not null && _unicodeSeen
                && LegacyTextRecognizer.VietnameseWords(converted) == LegacyTextRecognizer.VietnameseWords(text)
                && LegacyTextRecognizer.VietnameseWords(text) > 0)
                converted = null;
            if (converted is not null) Evidence(encoding);
            else _unicodeSeen |= LegacyTextRecognizer.HasVietnameseBeyondWindows1252(text);
        }
        else if (LegacyTextRecognizer.Recognize(text, SheetEncoding()) is { } recognized && (recognized.Certain || SheetEncoding() == recognized.Encoding))
        {
            converted = recognized.Text;
            encoding = recognized.Encoding;
            if (recognized.Certain) Evidence(encoding);
        }
        else
        {
            _unicodeSeen |= LegacyTextRecognizer.HasVietnameseBeyondWindows1252(text);
            return text;
        }

        if (converted is null || string.Equals(converted, text, StringComparison.Ordinal)) return text;
        if (encoding == LegacyEncoding.Tcvn3) _tcvn3++;
        else _vni++;
        return converted;
    }

    private void Evidence(LegacyEncoding encoding)
    {
        if (encoding == LegacyEncoding.Tcvn3) _clearTcvn3++;
        else _clearVni++;
    }

    /// <summary>The encoding the sheet so far is all typed in, or null when that is not known.</summary>
    private LegacyEncoding? SheetEncoding() =>
        _unicodeSeen ? null
        : _clearTcvn3 >= EvidenceCells && _clearVni == 0 ? LegacyEncoding.Tcvn3
        : _clearVni >= EvidenceCells && _clearTcvn3 == 0 ? LegacyEncoding.Vni
        : null;

    /// <summary>Cells converted so far, one entry per encoding met (TCVN3 first); empty when none.</summary>
    public IReadOnlyList<TextConversion> Conversions =>
    [
        .. _tcvn3 > 0 ? [new TextConversion(LegacyEncoding.Tcvn3, _tcvn3)] : Array.Empty<TextConversion>(),
        .. _vni > 0 ? [new TextConversion(LegacyEncoding.Vni, _vni)] : Array.Empty<TextConversion>(),
    ];
}
