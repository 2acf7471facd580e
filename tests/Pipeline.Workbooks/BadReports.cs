using System.IO.Compression;
using System.Text;

namespace Pipeline.Workbooks;

/// <summary>
/// Word reports a commune might upload that give no annex, or that are built to cost a reader
/// memory or time, each as the bytes a test feeds to the reader. Each is real of its kind: a
/// compound file with a WordDocument stream, a .docx Word would open, an agile-encrypted package.
/// </summary>
public static class BadReports
{
    private const string WordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The report saved by Word 97–2003 (.doc): a compound file with a "WordDocument" stream.</summary>
    public static byte[] WordDocument97() => OtherSpreadsheetFormats.WordDocument97();

    /// <summary>The seed report's text and its signature table, without the annexes: a report with tables, none of them an annex.</summary>
    public static byte[] WithoutAnnexes() => WordReportWriter.ToBytes(new WordReport(SeedReportText.Lines, []));

    /// <summary>The first sections of the seed report's text only: a report with no table at all.</summary>
    public static byte[] WithoutTables() => WordReportWriter.ToBytes(new WordReport(SeedReportText.Lines.Take(60).ToArray(), []));

    /// <summary>The sample report protected with a password to open, as Word 2010+ saves it (agile encryption in a compound file).</summary>
    public static byte[] PasswordProtected(string password = BadInputs.DefaultPassword) =>
        EncryptedOfficeFile.Protect(SampleReports.BoSinh2025.ToBytes(), password);

    /// <summary>The sample report's annexes straight after their text, with no "BIỂU SỐ" or title line above them.</summary>
    public static byte[] UntitledAnnexes() =>
        WordReportWriter.ToBytes(new WordReport(SeedReportText.Lines, SeedAnnexes.Results2020To2025) { UntitledAnnexes = true });

    /// <summary>
    /// A .docx whose document part is <paramref name="paragraphs"/> copies of one short paragraph:
    /// about 60 bytes each inflated, compressing about 300 : 1 (a million make 60 MB from 200 KB).
    /// Sizes in the zip directory are honest.
    /// </summary>
    public static byte[] ManyParagraphs(int paragraphs = 1_000_000) =>
        Document(body => Repeat(body, "<w:p><w:r><w:t>Đại hội Đảng bộ xã.</w:t></w:r></w:p>", paragraphs));

    /// <summary>A .docx whose document part inflates to about <paramref name="inflatedBytes"/> (500 MB by default), sizes honestly declared.</summary>
    public static byte[] ZipBomb(long inflatedBytes = 500_000_000) =>
        ManyParagraphs((int)Math.Min(int.MaxValue, inflatedBytes / 52));

    /// <summary>One paragraph whose single text run is <paramref name="characters"/> zeros (2 MB by default): no tag for megabytes.</summary>
    public static byte[] LongRun(int characters = 2 * 1024 * 1024) =>
        Document(body => Repeat(body, "<w:p><w:r><w:t>" + new string('0', characters) + "</w:t></w:r></w:p>", 1));

    /// <summary><paramref name="tables"/> one-cell tables, each under a paragraph.</summary>
    public static byte[] ManyTables(int tables = 1_000) =>
        Document(body => Repeat(body, "<w:p><w:r><w:t>Bảng</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr></w:tbl>", tables));

    /// <summary>The sample report with a DOCTYPE (an internal DTD declaring an entity) before its document part's root: Word never writes one.</summary>
    public static byte[] WithDoctype() =>
        Rewrite(SampleReports.BoSinh2025.ToBytes(), "word/document.xml", xml =>
            xml.Insert(xml.IndexOf("<w:document", StringComparison.Ordinal), "<!DOCTYPE w:document [<!ENTITY xa \"xã\">]>"));

    /// <summary>
    /// The sample report whose package relationship (officeDocument) points at a part the package does not have: its
    /// document part stored as word/report.xml, the relationship still naming word/document.xml.
    /// </summary>
    public static byte[] MainDocumentMissing() =>
        Rewrite(SampleReports.BoSinh2025.ToBytes(), "word/document.xml", xml => xml, "word/report.xml");

    /// <summary>The sample report cut off after <paramref name="fraction"/> of its bytes, as an interrupted copy leaves it: no zip directory.</summary>
    public static byte[] Truncated(double fraction = 0.5)
    {
        var bytes = SampleReports.BoSinh2025.ToBytes();
        return bytes[..(int)(bytes.Length * fraction)];
    }

    /// <summary>A report whose one table cell holds <paramref name="characters"/> characters (40,000 by default, past Excel's 32,767 a cell).</summary>
    public static byte[] LongCell(int characters = 40_000) =>
        Document(body => Repeat(body, "<w:p><w:r><w:t>Biểu</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>" + new string('x', characters) + "</w:t></w:r></w:p></w:tc></w:tr></w:tbl>", 1));

    /// <summary>Every bad report under a file name, for writing them to a folder.</summary>
    public static IReadOnlyList<(string FileName, Func<byte[]> Create)> Catalogue { get; } =
    [
        ("report-word-97.doc", WordDocument97),
        ("report-without-annexes.docx", WithoutAnnexes),
        ("report-without-tables.docx", WithoutTables),
        ("report-password-protected.docx", () => PasswordProtected()),
        ("report-zip-bomb.docx", () => ZipBomb()),
        ("report-many-paragraphs.docx", () => ManyParagraphs()),
        ("report-with-doctype.docx", WithDoctype),
        ("report-main-document-missing.docx", MainDocumentMissing),
        ("report-truncated.docx", () => Truncated()),
        ("report-long-cell.docx", () => LongCell()),
    ];

    private static void Repeat(Stream body, string xml, int times)
    {
        var bytes = Encoding.UTF8.GetBytes(xml);
        for (var i = 0; i < times; i++)
        {
            body.Write(bytes);
        }
    }

    /// <summary>A minimal .docx (content types, package relationships, document part) whose body <paramref name="writeBody"/> streams.</summary>
    private static byte[] Document(Action<Stream> writeBody)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                + "</Types>");
            Add(zip, "_rels/.rels",
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>");
            using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            document.Write(Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"{WordMain}\"><w:body>"));
            writeBody(document);
            document.Write(Encoding.UTF8.GetBytes("</w:body></w:document>"));
        }

        return buffer.ToArray();
    }

    /// <summary>The package with one part's text changed by <paramref name="edit"/> (and stored under <paramref name="storedAs"/> when given), the other parts as they were.</summary>
    internal static byte[] Rewrite(byte[] package, string part, Func<string, string> edit, string? storedAs = null)
    {
        using var buffer = new MemoryStream();
        buffer.Write(package);
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry(part) ?? throw new InvalidOperationException($"The package has no part {part}.");
            string text;
            using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            Add(zip, storedAs ?? part, edit(text));
        }

        return buffer.ToArray();
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
