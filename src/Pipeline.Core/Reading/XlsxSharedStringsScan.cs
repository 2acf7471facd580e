namespace Pipeline.Core.Reading;

/// <summary>
/// Streams the shared-string table (xl/sharedStrings.xml), which ExcelDataReader holds whole
/// in memory: each item within Excel's cell length and run count, the items few enough and
/// short enough in all. Gives the length of every item, so worksheets can count the text a
/// cell points at without any string being built.
/// </summary>
internal static class XlsxSharedStringsScan
{
    /// <summary>Adds each item's length in characters to <paramref name="lengths"/>, or returns why the table is refused.</summary>
    public static ReadError? Read(XlsxPartReader part, AnnexReadLimits limits, List<int> lengths)
    {
        long total = 0;
        var inItem = false;
        var item = 0;
        var runs = 0;
        while (part.Next())
        {
            var xml = part.Xml;
            if (part.IsText)
            {
                var length = part.CountText(limits.MaxCellCharacters, out _);
                if (!inItem)
                {
                    if (length > limits.MaxCellCharacters) return Refusals.CellTooLong(limits.MaxCellCharacters);
                    continue;
                }
                item += length;
                total += length;
                if (item > limits.MaxCellCharacters) return Refusals.CellTooLong(limits.MaxCellCharacters);
                if (total > limits.MaxSharedStringCharacters)
                    return Refusals.TooMuchText($"the shared strings hold more than {limits.MaxSharedStringCharacters} characters");
            }
            else if (xml.Depth == 1 && part.IsMain("si"))
            {
                // Items are the root's children; ExcelDataReader numbers only those.
                if (lengths.Count == limits.MaxSharedStrings)
                    return Refusals.TooMuchText($"the shared strings hold more than {limits.MaxSharedStrings} items");
                (item, runs) = (0, 0);
                if (xml.IsEmptyElement) lengths.Add(0);
                else inItem = true;
            }
            else if (inItem && part.IsMain("t"))
            {
                if (++runs > limits.MaxRunsPerString)
                    return Refusals.NotSavedByExcel($"a shared string has more than {limits.MaxRunsPerString} text runs");
            }
            else if (inItem && xml.Depth == 1 && xml.NodeType == System.Xml.XmlNodeType.EndElement)
            {
                lengths.Add(item);
                inItem = false;
            }
        }
        return null;
    }
}
