using System.Buffers.Binary;

namespace Pipeline.Core.Reading;

/// <summary>
/// Keeps an .xls's DIMENSIONS records within what BIFF8 can hold before ExcelDataReader reads
/// them. The record states a sheet's last row as a 32-bit number (MS-XLS 2.4.90) while every
/// cell record holds a 16-bit row, and ExcelDataReader walks empty rows up to the stated one:
/// one record claiming four billion rows kept a core busy for 22 s per sheet. A file whose
/// records are within bounds is handed over as it is.
/// </summary>
internal static class BiffDimensions
{
    private const int Dimensions = 0x0200;
    private const int FilePass = 0x002F;
    private const uint MaxRows = 65_536;

    /// <summary>
    /// The workbook stream with every BIFF8 DIMENSIONS record's last row cut to 65,536, as a bare
    /// BIFF stream ExcelDataReader reads; null when no record needed it (or the file is
    /// encrypted, whose record data cannot be changed, or its stream cannot be found).
    /// </summary>
    /// <param name="file">The upload (the array may be longer than it).</param>
    /// <param name="length">The upload's length in bytes.</param>
    /// <param name="kind">A compound file (.xls) or a bare BIFF stream.</param>
    public static byte[]? Clamped(byte[] file, int length, FileKind kind)
    {
        byte[]? stream;
        if (kind == FileKind.RawBiff)
        {
            stream = file[..length];
        }
        else
        {
            var container = CompoundFile.Open(file, length);
            stream = container?.ReadStream("Workbook") ?? container?.ReadStream("Book");
        }
        if (stream is null) return null;

        var changed = false;
        for (var at = 0; at + 4 <= stream.Length;)
        {
            var id = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at));
            var size = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(at + 2));
            if (at + 4 + size > stream.Length) break;
            if (id == FilePass) return null;
            if (id == Dimensions && size >= 14)
            {
                // BIFF8: first row (4 bytes), last row + 1 (4 bytes), first column, last column + 1, reserved.
                var lastRow = stream.AsSpan(at + 8, 4);
                if (BinaryPrimitives.ReadUInt32LittleEndian(lastRow) > MaxRows)
                {
                    BinaryPrimitives.WriteUInt32LittleEndian(lastRow, MaxRows);
                    var firstRow = stream.AsSpan(at + 4, 4);
                    if (BinaryPrimitives.ReadUInt32LittleEndian(firstRow) > MaxRows) BinaryPrimitives.WriteUInt32LittleEndian(firstRow, 0);
                    changed = true;
                }
            }
            at += 4 + size;
        }
        return changed ? stream : null;
    }
}
