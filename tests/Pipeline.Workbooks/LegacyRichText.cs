using NPOI.SS.UserModel;
using NPOI.XSSF.UserModel;

namespace Pipeline.Workbooks;

/// <summary>
/// Rewrites an .xlsx so every text cell holds a rich-text string whose run names a font
/// (&lt;r&gt;&lt;rPr&gt;&lt;rFont val="…"/&gt;), leaving the cells' own style on the house font:
/// how Excel saves text whose font was set on the characters rather than on the cell.
/// </summary>
public static class LegacyRichText
{
    /// <param name="font">Picks the run font from the cell's text (e.g. ".VnTimeH" for capitals).</param>
    public static byte[] WithRunFonts(byte[] xlsx, Func<string, string> font)
    {
        ArgumentNullException.ThrowIfNull(font);
        using var input = new MemoryStream(xlsx, writable: false);
        var workbook = new XSSFWorkbook(input);
        try
        {
            var fonts = new Dictionary<string, IFont>(StringComparer.Ordinal);
            for (var s = 0; s < workbook.NumberOfSheets; s++)
            {
                foreach (IRow row in workbook.GetSheetAt(s))
                {
                    foreach (var cell in row.Cells.Where(c => c.CellType == CellType.String))
                    {
                        var text = cell.StringCellValue;
                        var name = font(text);
                        if (!fonts.TryGetValue(name, out var runFont))
                        {
                            runFont = workbook.CreateFont();
                            runFont.FontName = name;
                            fonts.Add(name, runFont);
                        }
                        var rich = new XSSFRichTextString(text);
                        rich.ApplyFont(runFont);
                        cell.SetCellValue(rich);
                    }
                }
            }
            using var output = new MemoryStream();
            workbook.Write(output);
            return output.ToArray();
        }
        finally
        {
            workbook.Close();
        }
    }
}
