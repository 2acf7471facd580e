using System.Xml;

namespace Pipeline.Core.Reading;

/// <summary>
/// Streams the shared-string table, which ExcelDataReader holds whole in memory, into the
/// normalised package (rich text, runs and phonetic text kept as they are): each item within
/// Excel's cell length and run count, the items few enough and short enough in all. Gives the
/// length of every item, so worksheets can count the text a cell points at without any string
/// being built.
/// </summary>
internal static class XlsxSharedStringsCopy
{
    /// <summary>Copies the table to <paramref name="output"/>, adds each item's length in characters to <paramref name="lengths"/>, or returns why the table is refused.</summary>
    public static ReadError? Copy(XlsxPartReader part, XmlWriter output, AnnexReadLimits limits, List<int> lengths)
    {
        var copy = new XlsxElementCopy(part, output);
        long total = 0;
        var inItem = false;
        var item = 0;
        var runs = 0;
        while (part.Next())
        {
            var xml = part.Xml;
            if (part.IsText)
            {
                var length = copy.Text(limits.MaxCellCharacters);
                if (length > limits.MaxCellCharacters) return Refusals.CellTooLong(limits.MaxCellCharacters);
                if (!inItem) continue;
                item += length;
                total += length;
                if (item > limits.MaxCellCharacters) return Refusals.CellTooLong(limits.MaxCellCharacters);
                if (total > limits.MaxSharedStringCharacters)
                    return Refusals.TooMuchText($"the shared strings hold more than {limits.MaxSharedStringCharacters} characters");
                continue;
            }

            if (part.IsMainAt(1) && xml.LocalName == "si")
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
            else if (inItem && xml.Depth == 1 && xml.NodeType == XmlNodeType.EndElement)
            {
                lengths.Add(item);
                inItem = false;
            }
            copy.Node();
        }
        copy.Finish("sst");
        return null;
    }
}
