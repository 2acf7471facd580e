using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;
using NPOI.XSSF.UserModel;

namespace Pipeline.Workbooks;

/// <summary>
/// Changes the cells of a written workbook the way other programs and pasting leave them,
/// without changing what a person reads: rich text, error cells beside the table, no-break
/// spaces, numbers typed as text. Each works on .xlsx and .xls alike (NPOI).
/// </summary>
public static class CellQuirks
{
    /// <summary>Every text cell of the first sheet as rich text: two runs in different fonts, split mid-word.</summary>
    public static byte[] RichText(byte[] file, WorkbookKind kind) => Change(file, kind, (workbook, sheet) =>
    {
        var bold = workbook.CreateFont();
        bold.IsBold = true;
        bold.FontName = "Times New Roman";
        var italic = workbook.CreateFont();
        italic.IsItalic = true;
        italic.FontName = "Arial";
        foreach (var cell in TextCells(sheet))
        {
            var text = cell.StringCellValue;
            if (text.Length < 2) continue;
            IRichTextString rich = kind == WorkbookKind.Xlsx ? new XSSFRichTextString(text) : new HSSFRichTextString(text);
            rich.ApplyFont(0, text.Length / 2, bold);
            rich.ApplyFont(text.Length / 2, text.Length, italic);
            cell.SetCellValue(rich);
        }
    });

    /// <summary>Error values (#N/A, #DIV/0!, #REF!) in the two columns right of the table, on every row below the title.</summary>
    public static byte[] ErrorCellsBeside(byte[] file, WorkbookKind kind) => Change(file, kind, (_, sheet) =>
    {
        var last = Enumerable.Range(0, sheet.LastRowNum + 1).Max(r => (int)(sheet.GetRow(r)?.LastCellNum ?? 0));
        for (var r = 4; r <= sheet.LastRowNum; r++)
        {
            var row = sheet.GetRow(r) ?? sheet.CreateRow(r);
            row.CreateCell(last + 1).SetCellErrorValue(FormulaError.NA.Code);
            row.CreateCell(last + 2).SetCellErrorValue(r % 2 == 0 ? FormulaError.DIV0.Code : FormulaError.REF.Code);
        }
    });

    /// <summary>
    /// Text pasted from a web page or Word: every space a no-break space (U+00A0), and every
    /// number typed as text the Vietnamese way ("27,5") with no-break spaces around it.
    /// </summary>
    public static byte[] PastedNoBreakSpaces(byte[] file, WorkbookKind kind) => Change(file, kind, (_, sheet) =>
    {
        for (var r = 0; r <= sheet.LastRowNum; r++)
        {
            if (sheet.GetRow(r) is not { } row) continue;
            foreach (var cell in row.Cells)
            {
                if (cell.CellType == CellType.String)
                {
                    cell.SetCellValue(cell.StringCellValue.Replace(' ', '\u00A0'));
                }
                else if (cell.CellType == CellType.Numeric && cell.ColumnIndex > 0)
                {
                    var text = cell.NumericCellValue.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');
                    cell.SetCellType(CellType.String);
                    cell.SetCellValue($"\u00A0{text}\u00A0");
                }
            }
        }
    });

    private static IEnumerable<ICell> TextCells(ISheet sheet)
    {
        for (var r = 0; r <= sheet.LastRowNum; r++)
        {
            if (sheet.GetRow(r) is not { } row) continue;
            foreach (var cell in row.Cells.Where(c => c.CellType == CellType.String).ToList()) yield return cell;
        }
    }

    private static byte[] Change(byte[] file, WorkbookKind kind, Action<IWorkbook, ISheet> change)
    {
        IWorkbook workbook = kind == WorkbookKind.Xlsx
            ? new XSSFWorkbook(new MemoryStream(file, writable: false))
            : new HSSFWorkbook(new MemoryStream(file, writable: false));
        change(workbook, workbook.GetSheetAt(0));
        using var output = new MemoryStream();
        workbook.Write(new NonClosingStream(output));
        return output.ToArray();
    }
}
