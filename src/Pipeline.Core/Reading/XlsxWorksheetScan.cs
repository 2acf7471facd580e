using System.Globalization;
using System.Xml;

namespace Pipeline.Core.Reading;

/// <summary>
/// Streams one worksheet part the way ExcelDataReader will walk it, and refuses it before
/// ExcelDataReader does: a cell past Excel's grid (ExcelDataReader sizes every row by the
/// widest column), more cells than <see cref="AnnexReadLimits.MaxCellsPerSheet"/>, a row with
/// more cells than the grid has columns (it holds a whole row at once), a cell's text past
/// Excel's 32,767 characters, too many merged ranges or column entries, or more cell text in
/// the workbook than <see cref="AnnexReadLimits.MaxCellTextCharacters"/>, a shared string
/// counted each time a cell uses it.
/// </summary>
internal static class XlsxWorksheetScan
{
    private enum Zone { None, Value, Inline, Other }

    /// <summary>
    /// Checks one worksheet. <paramref name="sharedLengths"/> are the shared strings' lengths;
    /// <paramref name="cellText"/> carries the characters counted so far across sheets,
    /// <paramref name="rowsReached"/> the sheets' last row numbers added up (ExcelDataReader walks
    /// every row up to a sheet's last one, empty or not: about 4 µs each).
    /// </summary>
    public static ReadError? Read(XlsxPartReader part, string sheet, IReadOnlyList<int> sharedLengths, AnnexReadLimits limits, ref long cellText, ref long rowsReached)
    {
        long lastRow = 0, widest = 0;
        var xml = part.Xml;
        var total = cellText;
        var cells = 0;
        var merges = 0;
        var columns = 0;
        long row = 0;
        var cellsInRow = 0;
        long column = 0;

        // The cell being read: its depth, type, where its text goes and how long that is.
        var cellDepth = -1;
        string? type = null;
        var zone = Zone.None;
        var own = 0;
        var runs = 0;
        string? valueHead = null;
        var valueLength = 0;

        while (part.Next())
        {
            if (part.IsText)
            {
                var length = part.CountText(limits.MaxCellCharacters, out var head);
                if (cellDepth < 0 || zone is Zone.None or Zone.Other)
                {
                    if (length > limits.MaxCellCharacters) return Refusals.CellTooLong(limits.MaxCellCharacters);
                    continue;
                }
                if (zone == Zone.Value)
                {
                    valueHead = valueLength == 0 ? head : valueHead is not null && head is not null ? valueHead + head : null;
                    valueLength += length;
                }
                own += length;
                if (own > limits.MaxCellCharacters) return Refusals.CellTooLong(limits.MaxCellCharacters);
                continue;
            }

            if (xml.NodeType == XmlNodeType.EndElement)
            {
                if (cellDepth >= 0 && xml.Depth == cellDepth + 1) zone = Zone.None;
                else if (xml.Depth == cellDepth && FinishCell() is { } error) return error;
                continue;
            }
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != XlsxPartReader.MainNamespace) continue;

            if (cellDepth >= 0)
            {
                if (xml.Depth == cellDepth + 1)
                {
                    zone = xml.LocalName switch { "v" => Zone.Value, "is" => Zone.Inline, _ => Zone.Other };
                    if (xml.IsEmptyElement) zone = Zone.None;
                }
                else if (zone == Zone.Inline && xml.LocalName == "t" && ++runs > limits.MaxRunsPerString)
                {
                    return Refusals.NotSavedByExcel($"a cell on sheet '{sheet}' has more than {limits.MaxRunsPerString} text runs");
                }
                continue;
            }

            switch (xml.LocalName)
            {
                case "row":
                    // A row without a number follows the one before, as ExcelDataReader numbers it.
                    var number = long.TryParse(xml.GetAttribute("r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                    if (number < 1 || number > limits.MaxRowNumber) return Refusals.OutsideExcelGrid(sheet, limits);
                    if (number != row) cellsInRow = 0;
                    row = number;
                    lastRow = Math.Max(lastRow, number);
                    column = 0;
                    break;
                case "c":
                    column = ColumnOf(xml.GetAttribute("r"), limits.MaxColumnNumber) ?? column + 1;
                    if (column > limits.MaxColumnNumber || ++cellsInRow > limits.MaxColumnNumber) return Refusals.OutsideExcelGrid(sheet, limits);
                    widest = Math.Max(widest, column);
                    if (++cells > limits.MaxCellsPerSheet) return Refusals.TooManyCells(sheet, limits.MaxCellsPerSheet);
                    (type, zone, own, runs, valueHead, valueLength) = (xml.GetAttribute("t"), Zone.None, 0, 0, null, 0);
                    if (!xml.IsEmptyElement) cellDepth = xml.Depth;
                    else if (FinishCell() is { } error) return error;
                    break;
                case "mergeCell":
                    if (++merges > limits.MaxMergedRangesPerSheet)
                        return Refusals.NotSavedByExcel($"sheet '{sheet}' has more than {limits.MaxMergedRangesPerSheet} merged ranges");
                    break;
                case "col":
                    if (++columns > limits.MaxColumnNumber)
                        return Refusals.NotSavedByExcel($"sheet '{sheet}' has more than {limits.MaxColumnNumber} column entries");
                    break;
                case "dimension":
                    if (!WithinGrid(xml.GetAttribute("ref"), limits)) return Refusals.OutsideExcelGrid(sheet, limits);
                    break;
            }
        }
        cellText = total;
        // What ExcelDataReader will walk: every row up to the last, each as wide as the widest.
        if (lastRow > limits.MaxRowsReachedPerSheet) return Refusals.SheetTooLarge(sheet, limits.MaxRowsReachedPerSheet);
        if (lastRow * widest > limits.MaxGridCellsPerSheet) return Refusals.TooManyCells(sheet, limits.MaxGridCellsPerSheet);
        rowsReached += lastRow;
        if (rowsReached > limits.MaxRowsReachedPerWorkbook) return Refusals.WorkbookTooLarge(limits.MaxRowsReachedPerWorkbook);
        return null;

        ReadError? FinishCell()
        {
            cellDepth = -1;
            zone = Zone.None;
            // A shared-string cell copies its string when read; any other cell its own text.
            var text = type == "s"
                && int.TryParse(valueHead, NumberStyles.Any, CultureInfo.InvariantCulture, out var index)
                && index >= 0 && index < sharedLengths.Count
                ? sharedLengths[index]
                : own;
            total += text;
            return total > limits.MaxCellTextCharacters
                ? Refusals.TooMuchText($"the worksheets' cells hold more than {limits.MaxCellTextCharacters} characters, shared strings counted at each use")
                : null;
        }
    }

    /// <summary>
    /// The 1-based column of a reference such as "XFD7", read as ExcelDataReader reads it (capital
    /// letters, then a row number); past <paramref name="max"/> it is max + 1. Null when it does not parse.
    /// </summary>
    internal static long? ColumnOf(string? reference, int max)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        long column = 0;
        var position = 0;
        while (position < reference.Length && reference[position] is >= 'A' and <= 'Z')
        {
            column = Math.Min(column * 26 + (reference[position] - 'A' + 1), (long)max + 1);
            position++;
        }
        if (position == 0 || position == reference.Length) return null;
        if (!int.TryParse(reference.AsSpan(position), NumberStyles.None, CultureInfo.InvariantCulture, out _)) return null;
        return column;
    }

    /// <summary>True when a dimension such as "A1:XFD1048576" stays inside the grid (or is not a range ExcelDataReader would read).</summary>
    private static bool WithinGrid(string? reference, AnnexReadLimits limits)
    {
        if (string.IsNullOrEmpty(reference)) return true;
        foreach (var corner in reference.Split(':'))
        {
            if (ColumnOf(corner, limits.MaxColumnNumber) is not { } column) continue;
            var rowNumber = int.Parse(corner.AsSpan(corner.AsSpan().IndexOfAnyInRange('0', '9')), NumberStyles.None, CultureInfo.InvariantCulture);
            if (column > limits.MaxColumnNumber || rowNumber > limits.MaxRowNumber) return false;
        }
        return true;
    }
}
