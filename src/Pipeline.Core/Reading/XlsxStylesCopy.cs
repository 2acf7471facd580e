using System.Xml;

namespace Pipeline.Core.Reading;

/// <summary>
/// Streams the styles part into the normalised package (fonts, fills, borders and cell formats
/// kept, so a cell's s index means what it meant): ExcelDataReader keeps every cell format and
/// parses every number format code, comparing each new code with all before it, so both are
/// counted and each code is held to Excel's 255 characters.
/// </summary>
internal static class XlsxStylesCopy
{
    /// <summary>Copies the styles to <paramref name="output"/>, or returns why they are refused.</summary>
    public static ReadError? Copy(XlsxPartReader part, XmlWriter output, AnnexReadLimits limits)
    {
        var copy = new XlsxElementCopy(part, output);
        var formats = 0;
        var numberFormats = 0;
        while (part.Next())
        {
            if (part.IsText)
            {
                if (copy.Text(limits.MaxCellCharacters) > limits.MaxCellCharacters) return Refusals.CellTooLong(limits.MaxCellCharacters);
                continue;
            }
            if (part.IsMain("xf"))
            {
                if (++formats > limits.MaxCellFormats)
                    return Refusals.NotSavedByExcel($"the styles hold more than {limits.MaxCellFormats} cell formats");
            }
            else if (part.IsMain("numFmt"))
            {
                if (++numberFormats > limits.MaxNumberFormats)
                    return Refusals.NotSavedByExcel($"the styles hold more than {limits.MaxNumberFormats} number formats");
                if (part.Xml.GetAttribute("formatCode") is { } code && code.Length > limits.MaxNumberFormatCharacters)
                    return Refusals.NotSavedByExcel($"a number format code is longer than {limits.MaxNumberFormatCharacters} characters");
            }
            copy.Node();
        }
        copy.Finish("styleSheet");
        return null;
    }
}
