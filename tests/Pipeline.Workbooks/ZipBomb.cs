using System.IO.Compression;
using System.Text;

namespace Pipeline.Workbooks;

/// <summary>
/// A small file shaped like an .xlsx whose worksheet inflates to hundreds of megabytes.
/// Sizes in the zip directory are honest, so a reader can refuse it before inflating; one
/// that does not will spend its time and memory on it. The worksheet is streamed through
/// <see cref="ZipArchive"/> a repeated chunk at a time, never held whole in memory.
/// </summary>
internal static class ZipBomb
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <param name="inflatedBytes">What the worksheet inflates to.</param>
    /// <param name="strict">Write Strict SpreadsheetML namespaces and relationship types instead of transitional ones.</param>
    /// <param name="folder">Where the workbook's parts go ("xl/", or another folder, "" for the root).</param>
    public static byte[] Create(long inflatedBytes, bool strict = false, string folder = "xl/")
    {
        var mainNs = strict ? "http://purl.oclc.org/ooxml/spreadsheetml/main" : MainNs;
        var relNs = strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships" : RelNs;
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + $"<Override PartName=\"/{folder}workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + $"<Override PartName=\"/{folder}worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "</Types>");
            Add(zip, "_rels/.rels",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"{PackageRelNs}\">"
                + $"<Relationship Id=\"rId1\" Type=\"{relNs}/officeDocument\" Target=\"{folder}workbook.xml\"/></Relationships>");
            Add(zip, $"{folder}workbook.xml",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{mainNs}\" xmlns:r=\"{relNs}\">"
                + "<sheets><sheet name=\"Biểu 01\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            Add(zip, $"{folder}_rels/workbook.xml.rels",
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"{PackageRelNs}\">"
                + $"<Relationship Id=\"rId1\" Type=\"{relNs}/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");

            var entry = zip.CreateEntry($"{folder}worksheets/sheet1.xml", CompressionLevel.SmallestSize);
            using var sheet = entry.Open();
            var head = Encoding.UTF8.GetBytes(
                $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"{mainNs}\"><sheetData>"
                + Row("TT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ Đại hội XXII", "Kết quả thực hiện", "So sánh %", "Ghi chú"));
            var tail = Encoding.UTF8.GetBytes("</sheetData></worksheet>");
            var chunk = Chunk();
            sheet.Write(head);
            for (var written = (long)head.Length + tail.Length; written + chunk.Length <= inflatedBytes; written += chunk.Length)
            {
                sheet.Write(chunk);
            }

            sheet.Write(tail);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// One row whose indicator cell is 32,000 zeros, within Excel's 32,767-character limit.
    /// A run of one repeated byte is what deflate compresses best (about 1,000 : 1), and a
    /// reader that materialises the cells allocates every one of those strings.
    /// </summary>
    private static byte[] Chunk() =>
        Encoding.UTF8.GetBytes(Row("1", new string('0', 32_000), "%", "100", "100", "100", "Đạt"));

    private static string Row(params string[] values) =>
        "<row>" + string.Concat(values.Select(v => $"<c t=\"inlineStr\"><is><t>{v}</t></is></c>")) + "</row>";

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
