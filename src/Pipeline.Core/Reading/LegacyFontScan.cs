namespace Pipeline.Core.Reading;

/// <summary>
/// Reads which cells a workbook sets in legacy Vietnamese fonts, before ExcelDataReader reads
/// its values (ExcelDataReader 3.6.0 exposes neither fonts nor cell formats): BIFF records for
/// .xls (<see cref="BiffFontScan"/>), styles and worksheets for .xlsx (<see cref="XlsxFontScan"/>).
/// A file whose fonts cannot be read gets an empty map, and its cells are then judged by their
/// characters alone; the read itself reports any damage.
/// </summary>
internal static class LegacyFontScan
{
    /// <summary>The map for the workbook in <paramref name="workbook"/> (a seekable stream of at most the file limit); its position is restored.</summary>
    public static LegacyFontMap Scan(Stream workbook, AnnexReadLimits limits)
    {
        if (!workbook.CanSeek || workbook.Length > Math.Max(limits.MaxFileBytes, limits.MaxUncompressedBytes)) return LegacyFontMap.Empty;
        var start = workbook.Position;
        try
        {
            var (bytes, length) = Bytes(workbook);
            if (length >= 8 && bytes[0] == 0xD0 && bytes[1] == 0xCF) return BiffFontScan.Scan(bytes, length, limits);
            if (length >= 4 && bytes[0] == (byte)'P' && bytes[1] == (byte)'K') return XlsxFontScan.Scan(workbook, limits);
            return LegacyFontMap.Empty;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Damage is the reader's to report; fonts that cannot be read must never refuse a readable file.
            return LegacyFontMap.Empty;
        }
        finally
        {
            workbook.Position = start;
        }
    }

    /// <summary>The stream's bytes from its start: a memory stream's own buffer when it can be had, else a copy.</summary>
    private static (byte[] Bytes, int Length) Bytes(Stream workbook)
    {
        if (workbook is MemoryStream memory && memory.TryGetBuffer(out var segment) && segment.Offset == 0 && segment.Array is { } array)
            return (array, (int)memory.Length);
        var copy = new byte[workbook.Length];
        workbook.Position = 0;
        workbook.ReadExactly(copy);
        return (copy, copy.Length);
    }
}
