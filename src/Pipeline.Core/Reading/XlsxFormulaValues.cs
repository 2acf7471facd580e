using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace Pipeline.Core.Reading;

/// <summary>
/// Values for the formula cells an .xlsx holds without a computed value (written by a
/// program that does not calculate, e.g. a report exporter; Excel calculates them on open,
/// ExcelDataReader reads them as empty). Each such cell is evaluated with
/// <see cref="CellFormula"/> from the numbers of its sheet; shared formulas are moved from
/// their first cell. Reads the normalised package (<see cref="XlsxNormalizer"/>), which keeps
/// exactly those formulas and was bounded by the limits while it was written.
/// </summary>
internal static class XlsxFormulaValues
{
    private const string Main = XlsxNamespaces.Main;

    /// <summary>A sheet's cells (numbers, texts and formulas) are kept for evaluation only up to this many; a larger sheet's formulas stay empty.</summary>
    public const int MaxCellsKept = 200_000;

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };

    private sealed record Pending(int Row, int Column, string? Formula, string? SharedIndex);

    /// <summary>
    /// For each sheet, in the workbook's order, the computed values by (0-based row, column);
    /// a sheet without uncalculated formulas maps to null. Null for the whole workbook when
    /// it has none, or its parts cannot be found (ExcelDataReader then says why).
    /// </summary>
    public static IReadOnlyList<IReadOnlyDictionary<(int Row, int Column), double>?>? Compute(Stream package)
    {
        try
        {
            using var zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            var parts = SheetParts(zip);
            if (parts.Count == 0) return null;
            var result = new List<IReadOnlyDictionary<(int Row, int Column), double>?>();
            foreach (var part in parts)
                result.Add(HasUncalculated(part) ? Evaluate(part) : null);
            return result.Any(r => r is { Count: > 0 }) ? result : null;
        }
        catch (Exception ex) when (ex is InvalidDataException or XmlException or IOException)
        {
            return null;
        }
    }

    /// <summary>The worksheet parts in the workbook's order, as <see cref="XlsxPackageWriter"/> names them.</summary>
    private static List<ZipArchiveEntry> SheetParts(ZipArchive zip)
    {
        var parts = new List<ZipArchiveEntry>();
        while (zip.GetEntry(XlsxPackageWriter.SheetPart(parts.Count)) is { } part) parts.Add(part);
        return parts;
    }

    /// <summary>True when some formula cell has no value element: a cheap pass that keeps nothing.</summary>
    private static bool HasUncalculated(ZipArchiveEntry part)
    {
        using var xml = XmlReader.Create(part.Open(), Settings);
        bool inCell = false, formula = false, value = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == Main)
            {
                switch (xml.LocalName)
                {
                    case "c":
                        (inCell, formula, value) = (!xml.IsEmptyElement, false, false);
                        break;
                    case "f" when inCell:
                        formula = true;
                        break;
                    case "v" when inCell:
                        value = !xml.IsEmptyElement;
                        break;
                }
            }
            else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "c" && inCell)
            {
                if (formula && !value) return true;
                inCell = false;
            }
        }
        return false;
    }

    private static Dictionary<(int Row, int Column), double>? Evaluate(ZipArchiveEntry part)
    {
        var numbers = new Dictionary<(int Row, int Column), double>();
        var texts = new HashSet<(int Row, int Column)>();
        var pending = new List<Pending>();
        var shared = new Dictionary<string, (int Row, int Column, string Formula)>(StringComparer.Ordinal);

        using (var xml = XmlReader.Create(part.Open(), Settings))
        {
            int row = 0, column = -1;
            (int Row, int Column) cell = default;
            string? type = null, formula = null, sharedIndex = null, value = null;
            var inCell = false;
            var advance = true; // false after reading an element's content, which leaves the reader on the next node
            while (advance ? xml.Read() : !xml.EOF)
            {
                advance = true;
                if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == Main)
                {
                    switch (xml.LocalName)
                    {
                        case "row":
                            row = int.TryParse(xml.GetAttribute("r"), NumberStyles.None, CultureInfo.InvariantCulture, out var r) ? r - 1 : row + 1;
                            column = -1;
                            break;
                        case "c":
                            column = XlsxWorksheetCopy.ColumnOf(xml.GetAttribute("r"), 16_384) is { } c ? (int)c - 1 : column + 1;
                            cell = (row, column);
                            (type, formula, sharedIndex, value) = (xml.GetAttribute("t"), null, null, null);
                            inCell = !xml.IsEmptyElement;
                            if (!inCell && numbers.Count + texts.Count + pending.Count > MaxCellsKept) return null;
                            break;
                        case "f" when inCell:
                            sharedIndex = xml.GetAttribute("t") == "shared" ? xml.GetAttribute("si") : null;
                            advance = xml.IsEmptyElement;
                            formula = advance ? string.Empty : xml.ReadElementContentAsString();
                            if (sharedIndex is not null && formula.Length > 0) shared[sharedIndex] = (cell.Row, cell.Column, formula);
                            break;
                        case "v" when inCell:
                            advance = xml.IsEmptyElement;
                            value = advance ? null : xml.ReadElementContentAsString();
                            break;
                        case "is" when inCell:
                            value = "text";
                            type = "inlineStr";
                            break;
                    }
                }
                else if (xml.NodeType == XmlNodeType.EndElement && xml.LocalName == "c" && inCell)
                {
                    Finish();
                }
                if (numbers.Count + texts.Count + pending.Count > MaxCellsKept) return null;
            }

            void Finish()
            {
                inCell = false;
                if (formula is not null && value is null) pending.Add(new Pending(cell.Row, cell.Column, formula.Length > 0 ? formula : null, sharedIndex));
                else if (value is null) return;
                else if (type is null or "n" && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) numbers[cell] = number;
                else texts.Add(cell);
            }
        }

        // Formulas may use one another: evaluate on demand, each once, a cycle giving no value.
        var computed = new Dictionary<(int Row, int Column), double?>();
        var byCell = pending.ToDictionary(p => (p.Row, p.Column));
        var evaluating = new HashSet<(int Row, int Column)>();
        var budget = new CellFormula.Budget(CellFormula.DefaultBudget); // for the whole sheet
        foreach (var formula in pending) Value(formula);
        return computed.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!.Value);

        double? Value(Pending formula)
        {
            var key = (formula.Row, formula.Column);
            if (computed.TryGetValue(key, out var done)) return done;
            if (!evaluating.Add(key) || evaluating.Count > CellFormula.MaxDepth) return null;
            double? result = null;
            if (formula.Formula is { } own)
                result = CellFormula.Evaluate(own, 0, 0, Lookup, key, budget);
            else if (formula.SharedIndex is { } si && shared.TryGetValue(si, out var first))
                result = CellFormula.Evaluate(first.Formula, formula.Row - first.Row, formula.Column - first.Column, Lookup, key, budget);
            evaluating.Remove(key);
            computed[key] = result;
            return result;
        }

        CellFormula.CellContent Lookup(int row, int column)
        {
            if (numbers.TryGetValue((row, column), out var number)) return CellFormula.CellContent.Of(number);
            if (byCell.TryGetValue((row, column), out var other))
                return Value(other) is { } v ? CellFormula.CellContent.Of(v) : CellFormula.CellContent.Text;
            return texts.Contains((row, column)) ? CellFormula.CellContent.Text : CellFormula.CellContent.Empty;
        }
    }
}
