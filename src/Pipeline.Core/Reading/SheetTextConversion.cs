using Pipeline.Core.Annexes;
using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Turns the legacy-encoded text cells of one sheet into Unicode as its rows are read, and
/// counts them per encoding. A cell the file sets in a legacy font is converted as that font
/// says (<see cref="LegacyFont.Convert"/>); any other text cell only when its characters are
/// clearly legacy (<see cref="LegacyTextRecognizer"/>). Numbers never come here.
/// </summary>
internal sealed class SheetTextConversion(IReadOnlyDictionary<long, LegacyFont>? fonts)
{
    private int _tcvn3;
    private int _vni;

    /// <summary>The cell's text in Unicode: converted when legacy, else as it was.</summary>
    /// <param name="row">0-based row, as ExcelDataReader counts it.</param>
    /// <param name="column">0-based column.</param>
    public string Convert(string text, int row, int column)
    {
        string? converted;
        LegacyEncoding encoding;
        if (fonts is not null && fonts.TryGetValue(LegacyFontMap.Key(row, column), out var font))
        {
            converted = font.Convert(text);
            encoding = font.Encoding;
        }
        else if (LegacyTextRecognizer.Recognize(text) is { } recognized)
        {
            converted = recognized.Text;
            encoding = recognized.Encoding;
        }
        else
        {
            return text;
        }

        if (converted is null || string.Equals(converted, text, StringComparison.Ordinal)) return text;
        if (encoding == LegacyEncoding.Tcvn3) _tcvn3++;
        else _vni++;
        return converted;
    }

    /// <summary>Cells converted so far, one entry per encoding met (TCVN3 first); empty when none.</summary>
    public IReadOnlyList<TextConversion> Conversions =>
    [
        .. _tcvn3 > 0 ? [new TextConversion(LegacyEncoding.Tcvn3, _tcvn3)] : Array.Empty<TextConversion>(),
        .. _vni > 0 ? [new TextConversion(LegacyEncoding.Vni, _vni)] : Array.Empty<TextConversion>(),
    ];
}
