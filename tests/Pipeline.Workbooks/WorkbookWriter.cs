using System.Globalization;
using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;
using NPOI.SS.Util;
using NPOI.XSSF.UserModel;

namespace Pipeline.Workbooks;

/// <summary>
/// Writes <see cref="SheetSpec"/>s to a real Excel file with NPOI, the same code for .xlsx
/// (XSSF) and .xls (HSSF), so a test can ask for either format of the same content.
/// </summary>
public static class WorkbookWriter
{
    // A fixed creation date keeps regenerated samples' metadata stable (NPOI stamps "now").
    private static readonly DateTime CreatedUtc = new(2025, 7, 15, 8, 0, 0, DateTimeKind.Utc);

    public static void Write(IEnumerable<SheetSpec> sheets, Stream output, WorkbookKind kind)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(output);

        IWorkbook workbook = kind switch
        {
            WorkbookKind.Xlsx => new XSSFWorkbook(),
            WorkbookKind.Xls => new HSSFWorkbook(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown workbook kind."),
        };
        try
        {
            var formulas = Fill(workbook, sheets);
            StoreFormulaResults(workbook, formulas);
            if (workbook is XSSFWorkbook xssf)
            {
                StampProperties(xssf);
            }

            using var target = new NonClosingStream(output);
            workbook.Write(target);
        }
        finally
        {
            workbook.Close();
        }
    }

    public static byte[] ToBytes(IEnumerable<SheetSpec> sheets, WorkbookKind kind)
    {
        using var buffer = new MemoryStream();
        Write(sheets, buffer, kind);
        return buffer.ToArray();
    }

    public static void WriteFile(IEnumerable<SheetSpec> sheets, string path, WorkbookKind kind)
    {
        using var file = File.Create(path);
        Write(sheets, file, kind);
    }

    /// <summary>
    /// Writes a large .xlsx row by row without building it in memory: rows may be a lazily
    /// computed list (200,000 annex rows: about 2 s and 7 MB). Looks, number
    /// formats, merges, widths and hidden sheets are kept; strings are written inline;
    /// formulas are refused, since nothing here could compute their cached results.
    /// </summary>
    public static void WriteStreamed(IEnumerable<SheetSpec> sheets, Stream output)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        ArgumentNullException.ThrowIfNull(output);
        var list = sheets.ToList();
        if (list.Count == 0 || list.All(s => s.Hidden))
        {
            throw new ArgumentException("A workbook needs at least one visible sheet.", nameof(sheets));
        }

        StreamedXlsxWriter.Write(list, output);
    }

    private static List<(ICell Cell, FormulaCell Spec, string Where)> Fill(
        IWorkbook workbook, IEnumerable<SheetSpec> sheets)
    {
        var palette = new CellStylePalette(workbook);
        var formulas = new List<(ICell, FormulaCell, string)>();
        var index = 0;
        var firstVisible = -1;

        foreach (var spec in sheets)
        {
            var sheet = workbook.CreateSheet(spec.Name);
            for (var column = 0; column < spec.ColumnWidths.Count; column++)
            {
                if (spec.ColumnWidths[column] > 0)
                {
                    // Excel measures widths in 1/256 of a character.
                    sheet.SetColumnWidth(column, (int)Math.Round(spec.ColumnWidths[column] * 256));
                }
            }

            // Indexing, not enumeration: Rows may be a computed list of 200,000 rows.
            for (var r = 0; r < spec.Rows.Count; r++)
            {
                var cells = spec.Rows[r];
                IRow? row = null;
                for (var c = 0; c < cells.Count; c++)
                {
                    var cellSpec = cells[c];
                    if (cellSpec is EmptyCell && cellSpec.Look == CellLook.Plain)
                    {
                        continue;
                    }

                    row ??= sheet.CreateRow(r);
                    var cell = row.CreateCell(c);
                    if (WriteCell(cell, cellSpec, palette) is { } formula)
                    {
                        formulas.Add((cell, formula, $"{spec.Name}!{CellName.Of(r, c)}"));
                    }
                }
            }

            foreach (var merge in spec.Merges)
            {
                sheet.AddMergedRegion(new CellRangeAddress(
                    merge.FirstRow, merge.LastRow, merge.FirstColumn, merge.LastColumn));
            }

            if (spec.Hidden)
            {
                workbook.SetSheetHidden(index, SheetState.Hidden);
            }
            else if (firstVisible < 0)
            {
                firstVisible = index;
            }

            index++;
        }

        if (index == 0)
        {
            throw new ArgumentException("A workbook needs at least one sheet.", nameof(sheets));
        }

        if (firstVisible < 0)
        {
            throw new ArgumentException("Excel refuses a workbook whose sheets are all hidden.", nameof(sheets));
        }

        workbook.SetActiveSheet(firstVisible);
        workbook.FirstVisibleTab = firstVisible;
        return formulas;
    }

    /// <returns>The formula spec when the cell holds one, so its result can be stored later.</returns>
    private static FormulaCell? WriteCell(ICell cell, CellSpec spec, CellStylePalette palette)
    {
        switch (spec)
        {
            case TextCell text:
                cell.SetCellValue(text.Value);
                // A line break typed with Alt+Enter turns on wrapping in Excel; do the same.
                var look = text.Value.Contains('\n', StringComparison.Ordinal) ? spec.Look with { Wrap = true } : spec.Look;
                cell.CellStyle = palette.For(look, null);
                return null;
            case NumberCell number:
                cell.SetCellValue(number.Value);
                cell.CellStyle = palette.For(spec.Look, number.Format);
                return null;
            case FormulaCell formula:
                cell.SetCellFormula(formula.Expression.TrimStart('='));
                cell.CellStyle = palette.For(spec.Look, formula.Format);
                return formula;
            default:
                cell.CellStyle = palette.For(spec.Look, null);
                return null;
        }
    }

    /// <summary>
    /// Runs NPOI's evaluator so the file carries each formula's cached result (readers such
    /// as ExcelDataReader never compute formulas), and checks the result is the value the
    /// spec claims: a transcription error in a formula must fail loudly, not ship.
    /// </summary>
    private static void StoreFormulaResults(IWorkbook workbook, List<(ICell Cell, FormulaCell Spec, string Where)> formulas)
    {
        if (formulas.Count == 0)
        {
            return;
        }

        workbook.GetCreationHelper().CreateFormulaEvaluator().EvaluateAll();
        foreach (var (cell, spec, where) in formulas)
        {
            var actual = cell.CachedFormulaResultType == CellType.Numeric ? cell.NumericCellValue : double.NaN;
            if (!(Math.Abs(actual - spec.Value) <= 1e-9 * Math.Max(1, Math.Abs(spec.Value))))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"Formula ={spec.Expression} at {where} evaluates to {actual}, but the spec says {spec.Value}."));
            }
        }
    }

    private static void StampProperties(XSSFWorkbook workbook)
    {
        var core = workbook.GetProperties().CoreProperties;
        core.Created = CreatedUtc;
        core.Creator = "Văn phòng Đảng ủy";
    }
}
