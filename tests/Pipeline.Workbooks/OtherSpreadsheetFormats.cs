using System.IO.Compression;
using System.Net;
using System.Text;

namespace Pipeline.Workbooks;

/// <summary>
/// The seed's Chiềng En annex in spreadsheet formats the reader does not read, each as the
/// program that writes it lays it out: what clerks send when a program "exports to Excel".
/// </summary>
public static class OtherSpreadsheetFormats
{
    private static IEnumerable<IReadOnlyList<string>> Lines(AnnexTable table) =>
        AnnexSheetLayout.ToSheet(table, "Biểu 01").Rows.Select(row => (IReadOnlyList<string>)row.Select(Text).ToArray());

    private static string Text(CellSpec cell) => cell switch
    {
        TextCell text => text.Value,
        NumberCell number => number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        FormulaCell formula => formula.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    /// <summary>An HTML table with an .xls name, as web applications and Excel's "Web Page" export write it.</summary>
    public static byte[] HtmlTable(AnnexTable? table = null)
    {
        var html = new StringBuilder("<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><head><meta charset=\"utf-8\"></head><body><table border=\"1\">\n");
        foreach (var line in Lines(table ?? SeedAnnexes.ChiengEn))
            html.Append("<tr>").AppendJoin("", line.Select(cell => $"<td>{WebUtility.HtmlEncode(cell)}</td>")).Append("</tr>\n");
        html.Append("</table></body></html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    /// <summary>Excel 2003's XML Spreadsheet (SpreadsheetML), as older programs export it, named .xls.</summary>
    public static byte[] XmlSpreadsheet2003(AnnexTable? table = null)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n")
            .Append("<Workbook xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\" xmlns:ss=\"urn:schemas-microsoft-com:office:spreadsheet\">\n")
            .Append("<Worksheet ss:Name=\"Biểu 01\"><Table>\n");
        foreach (var line in Lines(table ?? SeedAnnexes.ChiengEn))
            xml.Append("<Row>").AppendJoin("", line.Select(cell => $"<Cell><Data ss:Type=\"String\">{WebUtility.HtmlEncode(cell)}</Data></Cell>")).Append("</Row>\n");
        xml.Append("</Table></Worksheet></Workbook>\n");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }

    /// <summary>An OpenDocument spreadsheet (.ods) as LibreOffice writes it: "mimetype" stored first, then the content.</summary>
    public static byte[] OpenDocument(AnnexTable? table = null)
    {
        var content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content ")
            .Append("xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" ")
            .Append("xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.3\"><office:body><office:spreadsheet><table:table table:name=\"Biểu 01\">");
        foreach (var line in Lines(table ?? SeedAnnexes.ChiengEn))
            content.Append("<table:table-row>").AppendJoin("", line.Select(cell => $"<table:table-cell><text:p>{WebUtility.HtmlEncode(cell)}</text:p></table:table-cell>")).Append("</table:table-row>");
        content.Append("</table:table></office:spreadsheet></office:body></office:document-content>");
        return Zip(
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet", CompressionLevel.NoCompression),
            ("content.xml", content.ToString(), CompressionLevel.Optimal),
            ("META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"><manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/><manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>", CompressionLevel.Optimal));
    }

    /// <summary>
    /// The package of an Excel Binary Workbook (.xlsb): content types, relationships and a
    /// binary workbook part (a BrtBeginBook record). Enough for any reader to tell what it is.
    /// </summary>
    public static byte[] BinaryWorkbook() => Zip(
        ("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/></Types>", CompressionLevel.Optimal),
        ("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.bin\"/></Relationships>", CompressionLevel.Optimal),
        ("xl/workbook.bin", "\u0083\u0001\u0000", CompressionLevel.Optimal));

    /// <summary>A Word 97–2003 document (.doc) renamed .xls: a compound file with a WordDocument stream.</summary>
    public static byte[] WordDocument97() => OleStreams.WithStream("WordDocument", new byte[4096]);

    private static byte[] Zip(params (string Name, string Text, CompressionLevel Level)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text, level) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, level).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }
        return buffer.ToArray();
    }
}
