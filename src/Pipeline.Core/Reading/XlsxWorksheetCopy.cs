using System.Globalization;
using System.Text;
using System.Xml;

namespace Pipeline.Core.Reading;

/// <summary>
/// Streams one worksheet part into the normalised package, keeping only what reading needs:
/// cells that hold a value (with their reference, style index and type) in their rows, and the
/// merged ranges. Styled empty cells, rows left without cells, &lt;cols&gt;, &lt;dimension&gt;
/// and the rest are dropped, so a sheet formatted down to row 1,048,576 or across to column XFD
/// reads like the same sheet without the formatting. Formulas are dropped and their cached values
/// kept; a formula without a cached value is kept as it is (with its shared-formula attributes),
/// for <see cref="XlsxFormulaValues"/> to compute. Strict's ISO dates (t="d") become date
/// serial numbers, as transitional stores them.
/// </summary>
/// <remarks>
/// Refuses the sheet, before ExcelDataReader sees it, for what it would cost: a value past
/// Excel's grid (ExcelDataReader sizes every row by the widest column), more values than
/// <see cref="AnnexReadLimits.MaxCellsPerSheet"/> or more in one row than the grid has columns,
/// a cell's text past Excel's 32,767 characters or 512 runs, too many merged ranges, rows reached
/// or grid cells, or more cell text in the workbook than <see cref="AnnexReadLimits.MaxCellTextCharacters"/>,
/// a shared string counted each time a cell uses it. Elements are matched where ExcelDataReader
/// looks for them (worksheet/sheetData/row/c/v|is), in either conformance class.
/// </remarks>
internal static class XlsxWorksheetCopy
{
    private enum Held { None, Value, Inline }

    /// <summary>
    /// Copies one worksheet to <paramref name="output"/>, or returns why it is refused.
    /// <paramref name="sharedLengths"/> are the shared strings' lengths; <paramref name="cellText"/>
    /// carries the characters counted so far across sheets, <paramref name="rowsReached"/> the
    /// sheets' last rows holding a value added up (ExcelDataReader walks every row up to a sheet's
    /// last one: about 4 µs each).
    /// </summary>
    public static ReadError? Copy(XlsxPartReader part, XmlWriter output, string sheet, IReadOnlyList<int> sharedLengths,
        bool date1904, AnnexReadLimits limits, ref long cellText, ref long rowsReached)
    {
        output.WriteStartDocument(true);
        output.WriteStartElement("worksheet", XlsxNamespaces.Main);
        output.WriteStartElement("sheetData", XlsxNamespaces.Main);

        var xml = part.Xml;
        var total = cellText;
        var merges = new List<string>();
        var mergeElements = 0;
        long lastRow = 0, widest = 0, row = 0, column = 0, writtenColumn = 0;
        var cells = 0;
        var cellsInRow = 0;
        bool inSheetData = false, inMerges = false, inRow = false, rowWritten = false;
        bool inCell = false, inValue = false, inInline = false, inRun = false, inFormula = false;
        var textDepth = -1;

        // The cell being read.
        string? style = null, type = null;
        var value = new StringBuilder();
        var inline = new StringBuilder();
        var formula = new StringBuilder();
        string? sharedIndex = null, sharedRange = null;
        var hasFormula = false;
        var held = Held.None;
        var runs = 0;

        while (part.Next())
        {
            if (part.IsText)
            {
                if (inValue && !part.AppendText(value, limits.MaxCellCharacters - inline.Length)) return Refusals.CellTooLong(limits.MaxCellCharacters);
                if (textDepth >= 0 && !part.AppendText(inline, limits.MaxCellCharacters - value.Length)) return Refusals.CellTooLong(limits.MaxCellCharacters);
                if (inFormula && !part.AppendText(formula, limits.MaxCellCharacters)) return Refusals.CellTooLong(limits.MaxCellCharacters);
                continue; // any other text is never read, so never built
            }

            var depth = xml.Depth;
            if (xml.NodeType == XmlNodeType.EndElement)
            {
                switch (depth)
                {
                    case 1: (inSheetData, inMerges) = (false, false); break;
                    case 2:
                        if (inRow && rowWritten) output.WriteEndElement();
                        (inRow, rowWritten) = (false, false);
                        break;
                    case 3:
                        if (inCell && FinishCell() is { } error) return error;
                        inCell = false;
                        break;
                    case 4:
                        // A later non-empty value wins, as ExcelDataReader reads them in turn.
                        if (inValue && value.Length > 0) held = Held.Value;
                        if (inInline && inline.Length > 0) held = Held.Inline;
                        (inValue, inInline, inFormula) = (false, false, false);
                        break;
                    case 5: inRun = false; break;
                }
                if (depth == textDepth) textDepth = -1;
                continue;
            }
            if (xml.NodeType != XmlNodeType.Element) continue;
            if (depth == 0)
            {
                if (!part.IsMain("worksheet")) break; // a chartsheet or other part: no cells
                continue;
            }
            if (!XlsxNamespaces.IsMain(xml.NamespaceURI)) continue;

            var name = xml.LocalName;
            var empty = xml.IsEmptyElement;
            switch (depth)
            {
                case 1:
                    inSheetData = name == "sheetData" && !empty;
                    inMerges = name == "mergeCells" && !empty;
                    break;
                case 2 when inSheetData && name == "row":
                    // A row without a number follows the one before, as ExcelDataReader numbers it.
                    var number = long.TryParse(xml.GetAttribute("r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : row + 1;
                    if (number != row) cellsInRow = 0;
                    (row, column, inRow, rowWritten) = (number, 0, !empty, false);
                    break;
                case 2 when inMerges && name == "mergeCell":
                    if (++mergeElements > limits.MaxMergedRangesPerSheet)
                        return Refusals.NotSavedByExcel($"sheet '{sheet}' has more than {limits.MaxMergedRangesPerSheet} merged ranges");
                    if (MergeReference(xml.GetAttribute("ref"), limits) is { } merge) merges.Add(merge);
                    break;
                case 3 when inRow && name == "c":
                    column = ColumnOf(xml.GetAttribute("r"), limits.MaxColumnNumber) ?? column + 1;
                    (style, type, held, runs) = (xml.GetAttribute("s"), xml.GetAttribute("t"), Held.None, 0);
                    (hasFormula, sharedIndex, sharedRange) = (false, null, null);
                    value.Clear();
                    inline.Clear();
                    formula.Clear();
                    inCell = !empty;
                    break;
                case 4 when inCell && name == "v":
                    value.Clear();
                    inValue = !empty;
                    break;
                case 4 when inCell && name == "f":
                    hasFormula = true;
                    if (xml.GetAttribute("t") == "shared") (sharedIndex, sharedRange) = (xml.GetAttribute("si"), xml.GetAttribute("ref"));
                    formula.Clear();
                    inFormula = !empty;
                    break;
                case 4 when inCell && name == "is":
                    inline.Clear();
                    inInline = !empty;
                    break;
                case 5 when inInline && name == "r":
                    inRun = !empty;
                    break;
                case 5 when inInline && name == "t":
                case 6 when inRun && name == "t":
                    if (++runs > limits.MaxRunsPerString)
                        return Refusals.NotSavedByExcel($"a cell on sheet '{sheet}' has more than {limits.MaxRunsPerString} text runs");
                    if (!empty) textDepth = depth;
                    break;
            }
        }

        output.WriteEndElement(); // sheetData
        if (merges.Count > 0)
        {
            output.WriteStartElement("mergeCells", XlsxNamespaces.Main);
            foreach (var merge in merges)
            {
                output.WriteStartElement("mergeCell", XlsxNamespaces.Main);
                output.WriteAttributeString("ref", merge);
                output.WriteEndElement();
            }
            output.WriteEndElement();
        }
        output.WriteEndDocument();

        cellText = total;
        // What ExcelDataReader will walk: every row up to the last, each as wide as the widest.
        if (lastRow > limits.MaxRowsReachedPerSheet) return Refusals.SheetTooLarge(sheet, limits.MaxRowsReachedPerSheet);
        if (lastRow * widest > limits.MaxGridCellsPerSheet) return Refusals.TooManyCells(sheet, limits.MaxGridCellsPerSheet);
        rowsReached += lastRow;
        if (rowsReached > limits.MaxRowsReachedPerWorkbook) return Refusals.WorkbookTooLarge(limits.MaxRowsReachedPerWorkbook);
        return null;

        ReadError? FinishCell()
        {
            // An error value (t="e") reads as no value, as ExcelDataReader reads it.
            if (type == "e") return null;
            var uncalculated = held == Held.None && hasFormula && (formula.Length > 0 || sharedIndex is not null);
            if (held == Held.None && !uncalculated) return null;
            if (column > limits.MaxColumnNumber || row < 1 || row > limits.MaxRowNumber || ++cellsInRow > limits.MaxColumnNumber)
                return Refusals.OutsideExcelGrid(sheet, limits);
            if (++cells > limits.MaxCellsPerSheet) return Refusals.TooManyCells(sheet, limits.MaxCellsPerSheet);
            lastRow = Math.Max(lastRow, row);
            widest = Math.Max(widest, column);

            if (uncalculated) return WriteFormula();
            var text = held == Held.Value ? value.ToString() : inline.ToString();
            // A shared-string cell copies its string when read; any other cell its own text.
            if (type == "s")
            {
                // A string the table does not have (or no table at all): text is lost, the package is damaged.
                if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var index) || index < 0 || index >= sharedLengths.Count)
                    return Refusals.Damaged($"a cell on sheet '{sheet}' refers to shared string {Text.Excerpt.Of(text)}, but the package's shared-string table has {sharedLengths.Count}");
                total += sharedLengths[index];
            }
            else
            {
                total += text.Length;
            }
            if (total > limits.MaxCellTextCharacters)
                return Refusals.TooMuchText($"the worksheets' cells hold more than {limits.MaxCellTextCharacters} characters, shared strings counted at each use");

            StartRow();
            output.WriteStartElement("c", XlsxNamespaces.Main);
            // A cell right after the one before needs no reference (ExcelDataReader counts on from it):
            // the copy of a dense sheet is then no larger than the sheet.
            if (column != writtenColumn + 1) output.WriteAttributeString("r", ColumnName(column) + row.ToString(CultureInfo.InvariantCulture));
            writtenColumn = column;
            if (int.TryParse(style, NumberStyles.Any, CultureInfo.InvariantCulture, out var styleIndex))
                output.WriteAttributeString("s", styleIndex.ToString(CultureInfo.InvariantCulture));
            (type, text) = Translate(type, text, date1904);
            if (type is not null) output.WriteAttributeString("t", type);
            if (held == Held.Value)
            {
                output.WriteElementString("v", XlsxNamespaces.Main, text);
            }
            else
            {
                output.WriteStartElement("is", XlsxNamespaces.Main);
                output.WriteStartElement("t", XlsxNamespaces.Main);
                if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])))
                    output.WriteAttributeString("xml", "space", XlsxNamespaces.Xml, "preserve");
                output.WriteString(text);
                output.WriteEndElement();
                output.WriteEndElement();
            }
            output.WriteEndElement();
            return null;
        }

        // A formula saved without its value: kept, always with its reference, for XlsxFormulaValues.
        ReadError? WriteFormula()
        {
            total += formula.Length;
            if (total > limits.MaxCellTextCharacters)
                return Refusals.TooMuchText($"the worksheets' cells hold more than {limits.MaxCellTextCharacters} characters, shared strings counted at each use");
            StartRow();
            output.WriteStartElement("c", XlsxNamespaces.Main);
            output.WriteAttributeString("r", ColumnName(column) + row.ToString(CultureInfo.InvariantCulture));
            writtenColumn = column;
            if (int.TryParse(style, NumberStyles.Any, CultureInfo.InvariantCulture, out var styleIndex))
                output.WriteAttributeString("s", styleIndex.ToString(CultureInfo.InvariantCulture));
            output.WriteStartElement("f", XlsxNamespaces.Main);
            if (sharedIndex is not null)
            {
                output.WriteAttributeString("t", "shared");
                output.WriteAttributeString("si", sharedIndex);
                if (sharedRange is not null) output.WriteAttributeString("ref", sharedRange);
            }
            output.WriteString(formula.ToString());
            output.WriteEndElement();
            output.WriteEndElement();
            return null;
        }

        void StartRow()
        {
            if (rowWritten) return;
            output.WriteStartElement("row", XlsxNamespaces.Main);
            output.WriteAttributeString("r", row.ToString(CultureInfo.InvariantCulture));
            (rowWritten, writtenColumn) = (true, 0);
        }
    }

    /// <summary>
    /// A cell's type and text as ExcelDataReader 3.6.0 reads them right: an ISO date (t="d", which
    /// Strict writes and ExcelDataReader reads only as yyyy-MM-dd) becomes a date serial number, a
    /// Strict boolean "true"/"false" becomes 1/0, and a type SpreadsheetML does not have is dropped
    /// (ExcelDataReader reads it as no type).
    /// </summary>
    private static (string? Type, string Text) Translate(string? type, string text, bool date1904) => type switch
    {
        "d" => XlsxIsoDate.TryToSerial(text, date1904, out var serial)
            ? (null, serial.ToString("R", CultureInfo.InvariantCulture))
            : ("str", text),
        "b" => ("b", text.Trim() is "1" or "true" ? "1" : "0"),
        "s" or "str" or "inlineStr" or "n" => (type, text),
        _ => (null, text),
    };

    /// <summary>
    /// The 1-based column of a reference such as "XFD7" (letters, then a row number; lower case
    /// read as upper case, which ExcelDataReader does not); past <paramref name="max"/> it is
    /// max + 1. Null when it does not parse, and the cell then follows the one before it.
    /// </summary>
    internal static long? ColumnOf(string? reference, int max)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        long column = 0;
        var position = 0;
        while (position < reference.Length && char.IsAsciiLetter(reference[position]))
        {
            column = Math.Min(column * 26 + (char.ToUpperInvariant(reference[position]) - 'A' + 1), (long)max + 1);
            position++;
        }
        if (position == 0 || position == reference.Length) return null;
        if (!int.TryParse(reference.AsSpan(position), NumberStyles.None, CultureInfo.InvariantCulture, out _)) return null;
        return column;
    }

    /// <summary>The letters of a 1-based column: 1 → "A", 16,384 → "XFD".</summary>
    internal static string ColumnName(long column)
    {
        Span<char> letters = stackalloc char[8];
        var at = letters.Length;
        for (var left = column; left > 0; left = (left - 1) / 26)
            letters[--at] = (char)('A' + (left - 1) % 26);
        return new string(letters[at..]);
    }

    /// <summary>A merged range such as "a1:g1" as "A1:G1", or null when it is not two cells inside the grid.</summary>
    private static string? MergeReference(string? reference, AnnexReadLimits limits)
    {
        var corners = reference?.Split(':');
        if (corners is not { Length: 2 }) return null;
        var parts = new string[2];
        for (var i = 0; i < 2; i++)
        {
            var corner = corners[i].Trim();
            if (ColumnOf(corner, limits.MaxColumnNumber) is not { } column || column > limits.MaxColumnNumber) return null;
            var digits = corner.AsSpan(corner.AsSpan().IndexOfAnyInRange('0', '9'));
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1 || row > limits.MaxRowNumber) return null;
            parts[i] = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);
        }
        return parts[0] + ":" + parts[1];
    }
}
