using System.IO.Compression;
using System.Text;
using ExcelDataReader;
using Pipeline.Core.Reading;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// What the normalised package holds, read back with ExcelDataReader as AnnexReader reads it:
/// the conventional layout in transitional namespaces, sheets with their names, order and
/// visibility, values as they were (ISO dates as dates, inline and rich text as text, cached
/// formula results), merged ranges, and nothing of what only formats empty cells.
/// </summary>
public class XlsxNormalizerTests
{
    private const string StrictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string StrictRel = "http://purl.oclc.org/ooxml/officeDocument/relationships";
    private const string PackageRel = "http://schemas.openxmlformats.org/package/2006/relationships";

    static XlsxNormalizerTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void The_normalised_package_has_the_conventional_layout_in_transitional_namespaces()
    {
        var normalized = Normalize(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Reading", "Cases", "strict-open-xml-chieng-en.xlsx")));
        using var zip = new ZipArchive(new MemoryStream(normalized));
        Assert.Equal(
            ["[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        foreach (var entry in zip.Entries)
        {
            var text = Text(zip, entry.FullName);
            Assert.DoesNotContain("purl.oclc.org", text, StringComparison.Ordinal);
        }

        // The fonts stay in the styles part, for whatever reads them by cell format.
        Assert.Contains("Times New Roman", Text(zip, "xl/styles.xml"), StringComparison.Ordinal);
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(normalized));
        Assert.Equal(["A1:G1", "A2:G2", "A3:G3", "A4:G4"], reader.MergeCells.Select(m => $"{Column(m.FromColumn)}{m.FromRow + 1}:{Column(m.ToColumn)}{m.ToRow + 1}"));
    }

    [Fact]
    public void Sheets_keep_their_names_order_and_visibility()
    {
        var workbook = WorkbookWriter.ToBytes(
        [
            SheetSpec.OfLines("Ẩn", ["ô ẩn"]) with { Hidden = true },
            SheetSpec.OfLines("Biểu 01", ["một"]),
            SheetSpec.OfLines("Biểu 02", ["hai"]),
        ], WorkbookKind.Xlsx);
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(Normalize(PackageQuirks.PartsIn(PackageQuirks.Strict(workbook), "so-lieu/"))));
        var sheets = new List<string>();
        do
        {
            reader.Read();
            sheets.Add($"{reader.Name}:{reader.VisibleState}:{reader.GetValue(0)}");
        }
        while (reader.NextResult());
        Assert.Equal(["Ẩn:hidden:ô ẩn", "Biểu 01:visible:một", "Biểu 02:visible:hai"], sheets);
    }

    [Fact]
    public void Strict_values_read_as_they_were_written()
    {
        var rows = ReadStrictSheet(
            """
            <row r="1"><c r="A1" s="1" t="d"><v>2025-06-30T00:00:00</v></c><c r="B1" s="1" t="d"><v>2025-06-30</v></c><c r="C1" t="d"><v>2025-06-30</v></c></row>
            <row r="2"><c r="a2" t="b"><v>true</v></c><c r="b2"><v>17.5</v></c><c r="C2" t="e"><v>#DIV/0!</v></c></row>
            <row r="3"><c r="A3"><f>1+1</f></c><c r="B3"><f>2+2</f><v>4</v></c><c r="C3" t="str"><f>"x"</f><v>x</v></c></row>
            <row r="4"><c r="A4" t="inlineStr"><is><r><t xml:space="preserve">  Chiềng </t></r><r><rPr><b/></rPr><t>En&#13;
            xã</t></r><rPh sb="0" eb="1"><t>phonetic</t></rPh></is></c></row>
            """);
        Assert.Equal(new DateTime(2025, 6, 30), rows[0][0]);
        Assert.Equal(new DateTime(2025, 6, 30), rows[0][1]);
        Assert.Equal(45838d, rows[0][2]); // no date format: the serial number, as a transitional file stores it
        Assert.Equal([true, 17.5, null], rows[1]);
        Assert.Equal([null, 4d, "x"], rows[2]);
        Assert.Equal("  Chiềng En\r\nxã", rows[3][0]);
    }

    [Fact]
    public void Dates_of_a_1904_workbook_count_from_1904()
    {
        var rows = ReadStrictSheet("""<row r="1"><c r="A1" s="1" t="d"><v>2025-06-30</v></c></row>""", date1904: true);
        Assert.Equal(new DateTime(2025, 6, 30), rows[0][0]);
    }

    [Fact]
    public void Styles_keep_their_meaning_with_booleans_as_excel_data_reader_reads_them()
    {
        var package = StrictPackage("""<row r="1"><c r="A1"><v>1</v></c></row>""",
            styleAttributes: """applyNumberFormat="false" applyFont="true" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" x14ac:knownFonts="1" """);
        using var zip = new ZipArchive(new MemoryStream(Normalize(package)));
        var styles = Text(zip, "xl/styles.xml");
        Assert.Contains("""<xf numFmtId="0" applyNumberFormat="0" applyFont="1" />""", styles, StringComparison.Ordinal);
        Assert.DoesNotContain("x14ac", styles, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_cells_holding_a_value_reach_the_reader()
    {
        var quirky = PackageQuirks.StyledEmptyRows(PackageQuirks.StyledEmptyColumns(SampleWorkbooks.ChiengEn.ToBytes(), "xl/worksheets/sheet2.xml"), "xl/worksheets/sheet2.xml");
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(Normalize(quirky)));
        reader.NextResult();
        var rows = 0;
        while (reader.Read()) rows++;
        Assert.Equal(7, reader.FieldCount);
        Assert.True(rows < 50, $"{rows} rows");
    }

    [Fact]
    public void A_package_without_relationships_is_refused_for_what_it_is()
    {
        var withoutRels = Package(("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("xl/workbook.xml", $"<workbook xmlns=\"{StrictMain}\"/>"));
        var error = AnnexReader.Read(new MemoryStream(withoutRels)).Error;
        Assert.Equal(ReadErrorCode.UnsupportedFormat, error?.Code);
        Assert.Contains("_rels/.rels", error!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_copied_in_chunks_keeps_a_character_that_straddles_two_chunks()
    {
        // XlsxPartReader copies text 4,096 characters at a time; the emoji's two halves fall on either side.
        var text = new string('a', 4_095) + "😀" + new string('b', 10);
        var rows = ReadTransitional(
            """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>""" + text + "</t></is></c></row>",
            $"<si><t>{text}</t></si>");
        Assert.Equal([text, text], rows[0]);
    }

    [Fact]
    public void A_package_that_would_grow_past_the_limit_when_rewritten_is_refused()
    {
        // 100 cells of 30,000 '<' in CDATA: 3 MB inflated, 12 MB once written as &lt;.
        var cells = string.Concat(Enumerable.Range(1, 100).Select(r =>
            $"<row r=\"{r}\"><c r=\"A{r}\" t=\"inlineStr\"><is><t><![CDATA[{new string('<', 30_000)}]]></t></is></c></row>"));
        var package = TransitionalPackage(cells, sharedStrings: null);
        var limits = AnnexReadLimits.Default with { MaxUncompressedBytes = 8 * 1024 * 1024 };
        var error = AnnexReader.Read(new MemoryStream(package), new AnnexReadOptions { Limits = limits }).Error;
        Assert.Equal(ReadErrorCode.TooLarge, error?.Code);
        Assert.Contains("rewritten for reading", error!.Detail, StringComparison.Ordinal);
        Assert.Contains("tải lên", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_document_goes_to_the_report_reader_not_the_workbook_one()
    {
        const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var docx = Package(
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", $"<Relationships xmlns=\"{PackageRel}\"><Relationship Id=\"r1\" Type=\"{rel}/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
            ("word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>"));
        // Its [Content_Types].xml names no part's type: Word would not open it either.
        var error = AnnexReader.Read(new MemoryStream(docx)).Error;
        Assert.Equal(ReadErrorCode.Damaged, error?.Code);
        Assert.Contains("báo cáo Word", error!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/", "xl/workbook.xml", "/xl/workbook.xml")]
    [InlineData("/", "/workbook.xml", "/workbook.xml")]
    [InlineData("/xl/workbook.xml", "worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml")]
    [InlineData("/xl/workbook.xml", "../trang/sheet1.xml", "/trang/sheet1.xml")]
    [InlineData("/xl/workbook.xml", "./styles.xml", "/xl/styles.xml")]
    [InlineData("/xl/workbook.xml", "/bieu/sheet1.xml", "/bieu/sheet1.xml")]
    [InlineData("/xl/workbook.xml", "worksheets\\sheet1.xml", "/xl/worksheets/sheet1.xml")]
    [InlineData("/xl/workbook.xml", "../../../x.xml", "/x.xml")]
    [InlineData("/xl/workbook.xml", "sheet1.xml#A1", "/xl/sheet1.xml")]
    [InlineData("/xl/workbook.xml", "http://example.org/x.xml", null)]
    [InlineData("/xl/workbook.xml", "", null)]
    public void Relationship_targets_resolve_from_the_folder_of_their_source(string source, string target, string? part) =>
        Assert.Equal(part, XlsxPartName.Resolve(source, target));

    [Theory]
    [InlineData("/", "/_rels/.rels")]
    [InlineData("/xl/workbook.xml", "/xl/_rels/workbook.xml.rels")]
    [InlineData("/workbook.xml", "/_rels/workbook.xml.rels")]
    public void A_parts_relationships_sit_beside_it_in_rels(string part, string relationships) =>
        Assert.Equal(relationships, XlsxPartName.RelationshipsOf(part));

    /// <summary>The rows of a one-sheet Strict workbook whose sheet data is <paramref name="sheetData"/>; style 1 is a date format.</summary>
    private static List<object?[]> ReadStrictSheet(string sheetData, bool date1904 = false)
    {
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(Normalize(StrictPackage(sheetData, date1904))));
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
        }

        return rows;
    }

    /// <summary>A one-sheet Strict workbook in folders of its own whose sheet data is <paramref name="sheetData"/>; style 1 is a date format.</summary>
    private static byte[] StrictPackage(string sheetData, bool date1904 = false, string styleAttributes = "")
    {
        return Package(
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", $"<Relationships xmlns=\"{PackageRel}\"><Relationship Id=\"r1\" Type=\"{StrictRel}/officeDocument\" Target=\"/wb/book.xml\"/></Relationships>"),
            ("wb/book.xml", $"<workbook xmlns=\"{StrictMain}\" xmlns:r=\"{StrictRel}\" conformance=\"strict\">"
                + (date1904 ? "<workbookPr date1904=\"true\"/>" : "") + "<sheets><sheet name=\"Biểu\" sheetId=\"7\" r:id=\"s\"/></sheets></workbook>"),
            ("wb/_rels/book.xml.rels", $"<Relationships xmlns=\"{PackageRel}\"><Relationship Id=\"s\" Type=\"{StrictRel}/worksheet\" Target=\"data/one.xml\"/>"
                + $"<Relationship Id=\"st\" Type=\"{StrictRel}/styles\" Target=\"../look.xml\"/></Relationships>"),
            ("look.xml", $"<styleSheet xmlns=\"{StrictMain}\"><cellXfs count=\"2\"><xf numFmtId=\"0\" {styleAttributes}/><xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>"),
            ("wb/data/one.xml", $"<worksheet xmlns=\"{StrictMain}\"><sheetData>{sheetData}</sheetData></worksheet>"));
    }

    /// <summary>The rows of a one-sheet transitional workbook whose sheet data is <paramref name="sheetData"/>.</summary>
    private static List<object?[]> ReadTransitional(string sheetData, string? sharedStrings)
    {
        using var reader = ExcelReaderFactory.CreateReader(new MemoryStream(Normalize(TransitionalPackage(sheetData, sharedStrings))));
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetValue).ToArray());
        }

        return rows;
    }

    private static byte[] TransitionalPackage(string sheetData, string? sharedStrings)
    {
        const string main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var parts = new List<(string, string)>
        {
            ("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", $"<Relationships xmlns=\"{PackageRel}\"><Relationship Id=\"r1\" Type=\"{rel}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"),
            ("xl/workbook.xml", $"<workbook xmlns=\"{main}\" xmlns:r=\"{rel}\"><sheets><sheet name=\"Biểu\" sheetId=\"1\" r:id=\"s\"/></sheets></workbook>"),
            ("xl/_rels/workbook.xml.rels", $"<Relationships xmlns=\"{PackageRel}\"><Relationship Id=\"s\" Type=\"{rel}/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (sharedStrings is null ? "" : $"<Relationship Id=\"t\" Type=\"{rel}/sharedStrings\" Target=\"sharedStrings.xml\"/>") + "</Relationships>"),
            ("xl/worksheets/sheet1.xml", $"<worksheet xmlns=\"{main}\"><sheetData>{sheetData}</sheetData></worksheet>"),
        };
        if (sharedStrings is not null) parts.Add(("xl/sharedStrings.xml", $"<sst xmlns=\"{main}\">{sharedStrings}</sst>"));
        return Package([.. parts]);
    }

    private static byte[] Normalize(byte[] xlsx)
    {
        var error = XlsxNormalizer.Normalize(new MemoryStream(xlsx), AnnexReadLimits.Default, out var normalized);
        Assert.Null(error);
        using (normalized)
        {
            return normalized!.ToArray();
        }
    }

    private static byte[] Package(params (string Name, string Text)[] parts)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in parts)
            {
                using var stream = zip.CreateEntry(name).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return buffer.ToArray();
    }

    private static string Text(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return reader.ReadToEnd();
    }

    private static string Column(int index) => ((char)('A' + index)).ToString();
}
