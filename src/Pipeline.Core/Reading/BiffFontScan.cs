using System.Buffers.Binary;
using System.Text;
using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Finds the text cells of a legacy .xls that are set in a TCVN3 or VNI font, from the BIFF
/// records of its workbook stream: FONT (0x0031) names, XF (0x00E0) font indexes, and the XF
/// index of each text cell (LABELSST 0x00FD, LABEL 0x0204, RSTRING 0x00D6, FORMULA 0x0006,
/// whose string result ExcelDataReader reads). Fonts, formats and cells are capped by
/// <see cref="AnnexReadLimits"/>, and only legacy-font cells are kept.
/// </summary>
/// <remarks>Record layouts from [MS-XLS] Excel Binary File Format (BIFF8; BIFF5 as far as used here).</remarks>
internal static class BiffFontScan
{
    private const ushort Bof = 0x0809, Eof = 0x000A, FilePass = 0x002F, CodePage = 0x0042;
    private const ushort Font = 0x0031, Xf = 0x00E0, BoundSheet = 0x0085;
    private const ushort LabelSst = 0x00FD, Label = 0x0204, RString = 0x00D6, Formula = 0x0006;

    /// <summary>The legacy-font cells of the workbook in the compound file <paramref name="file"/>; <see cref="LegacyFontMap.Empty"/> when there are none or the file cannot be scanned.</summary>
    public static LegacyFontMap Scan(byte[] file, int length, AnnexReadLimits limits)
    {
        var container = CompoundFile.Open(file, length);
        var stream = container?.ReadStream("Workbook") ?? container?.ReadStream("Book");
        return stream is null ? LegacyFontMap.Empty : ScanStream(stream, limits);
    }

    /// <summary>The legacy-font cells of one BIFF5/BIFF8 workbook stream.</summary>
    public static LegacyFontMap ScanStream(byte[] stream, AnnexReadLimits limits)
    {
        var fonts = new List<LegacyFont?>();
        var xfFonts = new List<LegacyFont?>();
        var sheets = new List<(string Name, uint Position)>();
        var biff8 = true;
        var codePage = 1258; // as ExcelDataReader falls back for old files without a code page
        var position = 0;
        var first = true;
        while (Next(stream, ref position, out var type, out var data))
        {
            if (first)
            {
                if (type != Bof || data.Length < 2) return LegacyFontMap.Empty;
                biff8 = BinaryPrimitives.ReadUInt16LittleEndian(data) >= 0x0600;
                first = false;
                continue;
            }
            switch (type)
            {
                case Eof:
                    return fonts.Any(f => f is not null) ? ScanSheets(stream, sheets, xfFonts, limits) : LegacyFontMap.Empty;
                case FilePass:
                    return LegacyFontMap.Empty; // encrypted: the records after this are not readable
                case CodePage when data.Length >= 2 && BinaryPrimitives.ReadUInt16LittleEndian(data) is var cp && cp is not 1200 and not 0:
                    codePage = cp;
                    break;
                case Font when fonts.Count < limits.MaxCellFormats:
                    fonts.Add(LegacyFont.FromName(FontName(data, biff8, codePage)));
                    break;
                case Xf when xfFonts.Count < limits.MaxCellFormats && data.Length >= 2:
                    // Font index 4 is never written: the fifth FONT record has index 5.
                    var index = BinaryPrimitives.ReadUInt16LittleEndian(data);
                    var at = index < 4 ? index : index - 1;
                    xfFonts.Add(at < fonts.Count ? fonts[at] : null);
                    break;
                case BoundSheet when sheets.Count < limits.MaxSheets && data.Length >= 8:
                    // Worksheets only (dt 0), as ExcelDataReader lists them.
                    if (data[5] == 0) sheets.Add((SheetName(data, biff8, codePage), BinaryPrimitives.ReadUInt32LittleEndian(data)));
                    break;
            }
        }
        return LegacyFontMap.Empty;
    }

    private static LegacyFontMap ScanSheets(byte[] stream, List<(string Name, uint Position)> sheets, List<LegacyFont?> xfFonts, AnnexReadLimits limits)
    {
        // One cap for the whole workbook: a sheet's worth of cells, however many sheets.
        var map = new LegacyFontMap(limits.MaxCellsPerSheet);
        foreach (var (name, start) in sheets)
        {
            if (start >= stream.Length) continue;
            var position = (int)start;
            var depth = 0;
            var cells = 0;
            while (Next(stream, ref position, out var type, out var data))
            {
                if (type == Bof) depth++;
                else if (type == Eof && --depth <= 0) break;
                else if (depth == 1 && type is LabelSst or Label or RString or Formula && data.Length >= 6)
                {
                    var xf = BinaryPrimitives.ReadUInt16LittleEndian(data[4..]);
                    if (xf >= xfFonts.Count || xfFonts[xf] is not { } font) continue;
                    if (++cells > limits.MaxCellsPerSheet) break;
                    if (!map.Add(name, BinaryPrimitives.ReadUInt16LittleEndian(data), BinaryPrimitives.ReadUInt16LittleEndian(data[2..]), font)) return map;
                }
                if (depth == 0) break; // a substream must open with BOF
            }
        }
        return map;
    }

    /// <summary>Reads the record at <paramref name="position"/>; false at the end of the stream or at a record cut short.</summary>
    private static bool Next(byte[] stream, ref int position, out ushort type, out ReadOnlySpan<byte> data)
    {
        type = 0;
        data = default;
        if (position + 4 > stream.Length) return false;
        type = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(position));
        var length = BinaryPrimitives.ReadUInt16LittleEndian(stream.AsSpan(position + 2));
        if (position + 4 + length > stream.Length) return false;
        data = stream.AsSpan(position + 4, length);
        position += 4 + length;
        return true;
    }

    private static string FontName(ReadOnlySpan<byte> data, bool biff8, int codePage) =>
        data.Length < 15 ? string.Empty : ShortString(data[14..], biff8, codePage);

    private static string SheetName(ReadOnlySpan<byte> data, bool biff8, int codePage) => ShortString(data[6..], biff8, codePage);

    /// <summary>A string of one length byte, then (BIFF8) a flags byte and 8- or 16-bit characters, or (BIFF5) code-page bytes.</summary>
    private static string ShortString(ReadOnlySpan<byte> data, bool biff8, int codePage)
    {
        int count = data[0];
        if (!biff8) return Decode(data[1..], count, codePage);
        if (data.Length < 2) return string.Empty;
        var wide = (data[1] & 1) != 0;
        var chars = data[2..];
        if (wide) return Encoding.Unicode.GetString(chars[..Math.Min(chars.Length & ~1, count * 2)]);
        return Encoding.Latin1.GetString(chars[..Math.Min(chars.Length, count)]);
    }

    private static string Decode(ReadOnlySpan<byte> bytes, int count, int codePage)
    {
        bytes = bytes[..Math.Min(bytes.Length, count)];
        try
        {
            return Encoding.GetEncoding(codePage).GetString(bytes);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }
}
