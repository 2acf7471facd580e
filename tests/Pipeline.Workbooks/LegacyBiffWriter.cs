using NPOI.HSSF.UserModel;
using NPOI.SS.UserModel;

namespace Pipeline.Workbooks;

/// <summary>
/// Writes the first sheet of an .xls again as an older BIFF version — Excel 2.x, 3.0, 4.0
/// (a bare BIFF stream) or Excel 5.0/95 (BIFF5, a "Book" stream) — with its text in
/// Windows-1258, as those versions stored Vietnamese. Values only: old BIFF has no merged cells.
/// Record layouts from MS-XLS and the OpenOffice "Excel File Format" description.
/// </summary>
public static class LegacyBiffWriter
{
    /// <param name="xls">A BIFF8 workbook (e.g. from <see cref="WorkbookWriter"/>).</param>
    /// <param name="version">2, 3, 4 or 5.</param>
    /// <returns>The BIFF stream; for version 5 wrap it with <see cref="OleStreams.WithStream"/> ("Book") for a real Excel 95 file.</returns>
    public static byte[] Write(byte[] xls, int version)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(version, 5);
        var sheet = new HSSFWorkbook(new MemoryStream(xls, writable: false)).GetSheetAt(0);
        var columns = 0;
        for (var r = 0; r <= sheet.LastRowNum; r++) columns = Math.Max(columns, sheet.GetRow(r)?.LastCellNum ?? 0);

        using var cells = new MemoryStream();
        Record(cells, version == 2 ? 0x0000 : BiffRecords.Dimensions, version == 2
            ? [.. U16(0), .. U16(sheet.LastRowNum + 1), .. U16(0), .. U16(columns)]
            : [.. U16(0), .. U16(sheet.LastRowNum + 1), .. U16(0), .. U16(columns), .. U16(0)]);
        for (var r = 0; r <= sheet.LastRowNum; r++)
        {
            if (sheet.GetRow(r) is not { } row) continue;
            foreach (var cell in row.Cells)
            {
                // BIFF2 cells carry 3 attribute bytes; later versions an XF index (15: the default cell format).
                byte[] position = version == 2 ? [.. U16(r), .. U16(cell.ColumnIndex), 0, 0, 0] : [.. U16(r), .. U16(cell.ColumnIndex), .. U16(15)];
                var type = cell.CellType == CellType.Formula ? cell.CachedFormulaResultType : cell.CellType;
                if (type == CellType.String)
                {
                    var text = Windows1258Text.GetBytes(cell.StringCellValue);
                    if (text.Length > 255) text = text[..255];
                    Record(cells, version == 2 ? 0x0004 : 0x0204, [.. position, .. version == 2 ? [(byte)text.Length] : U16(text.Length), .. text]);
                }
                else if (type == CellType.Numeric)
                {
                    Record(cells, version == 2 ? 0x0003 : 0x0203, [.. position, .. BitConverter.GetBytes(cell.NumericCellValue)]);
                }
            }
        }
        Record(cells, 0x000A, []);

        using var output = new MemoryStream();
        if (version < 5)
        {
            // One worksheet: BOF (version 0 for BIFF3/4, as Excel wrote it), code page, cells, EOF.
            Record(output, version switch { 2 => 0x0009, 3 => 0x0209, _ => 0x0409 },
                version == 2 ? [.. U16(0x0002), .. U16(0x0010)] : [.. U16(0), .. U16(0x0010), .. U16(0)]);
            Record(output, 0x0042, U16(1258));
            output.Write(cells.ToArray());
            return output.ToArray();
        }

        // BIFF5: workbook globals (BOF, code page, fonts, XFs, one BOUNDSHEET, EOF), then the sheet.
        Record(output, 0x0809, [.. U16(0x0500), .. U16(0x0005), .. U16(0x1000), .. U16(1993)]);
        Record(output, 0x0042, U16(1258));
        var font = "Arial"u8.ToArray();
        for (var i = 0; i < 5; i++)
            Record(output, 0x0031, [.. U16(200), .. U16(0), .. U16(0x7FFF), .. U16(400), .. U16(0), 0, 0, 0, 0, (byte)font.Length, .. font]);
        for (var i = 0; i < 21; i++)
            Record(output, 0x00E0, [.. U16(0), .. U16(0), .. U16(i < 15 ? 0xFFF5 : 0x0001), .. new byte[10]]);
        var name = Windows1258Text.GetBytes(sheet.SheetName);
        var boundSheetAt = (int)output.Position;
        Record(output, BiffRecords.BoundSheet, [.. BitConverter.GetBytes(0), .. U16(0), (byte)name.Length, .. name]);
        Record(output, 0x000A, []);
        var sheetStart = (int)output.Position;
        Record(output, 0x0809, [.. U16(0x0500), .. U16(0x0010), .. U16(0x1000), .. U16(1993)]);
        output.Write(cells.ToArray());
        var bytes = output.ToArray();
        BitConverter.GetBytes(sheetStart).CopyTo(bytes, boundSheetAt + 4);
        return bytes;
    }

    private static byte[] U16(int value) => BitConverter.GetBytes((ushort)value);

    private static void Record(MemoryStream output, int id, byte[] data)
    {
        output.Write(U16(id));
        output.Write(U16(data.Length));
        output.Write(data);
    }
}
