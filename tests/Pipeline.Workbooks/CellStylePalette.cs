using NPOI.SS.UserModel;

namespace Pipeline.Workbooks;

/// <summary>
/// One NPOI cell style per distinct (look, number format). Excel files have a small style
/// table shared by all cells, and .xls caps it at about 4,000 entries, so styles must be
/// reused rather than created per cell.
/// </summary>
internal sealed class CellStylePalette(IWorkbook workbook)
{
    // Government documents in Vietnam are set in Times New Roman.
    private const string FontName = "Times New Roman";
    private const short FontPoints = 12;

    private readonly Dictionary<(CellLook Look, string? Format), ICellStyle> _styles = [];
    private readonly Dictionary<(bool Bold, bool Italic, string Name), IFont> _fonts = [];
    private readonly IDataFormat _formats = workbook.CreateDataFormat();

    public ICellStyle For(CellLook look, string? format)
    {
        if (_styles.TryGetValue((look, format), out var existing))
        {
            return existing;
        }

        var style = workbook.CreateCellStyle();
        style.SetFont(FontFor(look.Bold, look.Italic, look.Font ?? FontName));
        style.WrapText = look.Wrap;
        style.VerticalAlignment = VerticalAlignment.Center;
        style.Alignment = look.Alignment switch
        {
            CellAlignment.Left => HorizontalAlignment.Left,
            CellAlignment.Center => HorizontalAlignment.Center,
            CellAlignment.Right => HorizontalAlignment.Right,
            _ => HorizontalAlignment.General,
        };
        if (look.Border)
        {
            style.BorderTop = BorderStyle.Thin;
            style.BorderBottom = BorderStyle.Thin;
            style.BorderLeft = BorderStyle.Thin;
            style.BorderRight = BorderStyle.Thin;
        }

        if (format is not null)
        {
            style.DataFormat = _formats.GetFormat(format);
        }

        _styles.Add((look, format), style);
        return style;
    }

    private IFont FontFor(bool bold, bool italic, string name)
    {
        if (!_fonts.TryGetValue((bold, italic, name), out var font))
        {
            font = workbook.CreateFont();
            font.FontName = name;
            font.FontHeightInPoints = FontPoints;
            font.IsBold = bold;
            font.IsItalic = italic;
            _fonts.Add((bold, italic, name), font);
        }

        return font;
    }
}
