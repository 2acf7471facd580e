namespace Pipeline.Core.Reading;

/// <summary>
/// Streams the styles part (xl/styles.xml): ExcelDataReader keeps every cell format and parses
/// every number format code, comparing each new code with all before it, so both are counted
/// and each code is held to Excel's 255 characters.
/// </summary>
internal static class XlsxStylesScan
{
    public static ReadError? Read(XlsxPartReader part, AnnexReadLimits limits)
    {
        var formats = 0;
        var numberFormats = 0;
        while (part.Next())
        {
            if (part.IsText)
            {
                if (part.TextLongerThan(limits.MaxCellCharacters)) return Refusals.CellTooLong(limits.MaxCellCharacters);
            }
            else if (part.IsMain("xf"))
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
        }
        return null;
    }
}
