using System.Globalization;

namespace Pipeline.Workbooks;

/// <summary>
/// Small uploads built to make a reader spend memory or time: each is a valid package whose
/// zip directory declares less than the reader's limit, and whose harm is only in what
/// its parts say. Sizes are parameters so tests can make them just past a limit or far past it.
/// </summary>
public static class HostileWorkbooks
{
    /// <summary>One shared string of <paramref name="characters"/> 'A's (50 MiB by default: about 60 KB on disk), used by cell A1.</summary>
    public static byte[] HugeSharedString(int characters = 50 * 1024 * 1024) => RawXlsxPackage.Create(
        sheet => sheet.Write(RawXlsxPackage.SheetStart + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + RawXlsxPackage.SheetEnd),
        shared =>
        {
            shared.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{RawXlsxPackage.MainNs}\" count=\"1\" uniqueCount=\"1\"><si><t>");
            RawXlsxPackage.Repeat(shared, 'A', characters);
            shared.Write("</t></si></sst>");
        });

    /// <summary><paramref name="count"/> distinct short shared strings ("s000000", …); cell A1 uses the first.</summary>
    public static byte[] ManySharedStrings(int count = 200_000) => RawXlsxPackage.Create(
        sheet => sheet.Write(RawXlsxPackage.SheetStart + "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>" + RawXlsxPackage.SheetEnd),
        shared =>
        {
            shared.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{RawXlsxPackage.MainNs}\" count=\"{count}\" uniqueCount=\"{count}\">");
            for (var i = 0; i < count; i++)
            {
                shared.Write(string.Create(CultureInfo.InvariantCulture, $"<si><t>s{i:D6}</t></si>"));
            }

            shared.Write("</sst>");
        });

    /// <summary>Cell A1 holds an inline string (t="inlineStr") of <paramref name="characters"/> 'A's (40 MB by default).</summary>
    public static byte[] HugeInlineString(int characters = 40_000_000) => RawXlsxPackage.Create(sheet =>
    {
        sheet.Write(RawXlsxPackage.SheetStart + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
        RawXlsxPackage.Repeat(sheet, 'A', characters);
        sheet.Write("</t></is></c></row>" + RawXlsxPackage.SheetEnd);
    });

    /// <summary><paramref name="cells"/> tiny numeric cells ("&lt;c&gt;&lt;v&gt;1&lt;/v&gt;&lt;/c&gt;"), a thousand to a row.</summary>
    public static byte[] ManyCells(int cells = 2_000_000) => RawXlsxPackage.Create(sheet =>
    {
        const int perRow = 1_000;
        sheet.Write(RawXlsxPackage.SheetStart);
        for (var row = 0; row * perRow < cells; row++)
        {
            sheet.Write(string.Create(CultureInfo.InvariantCulture, $"<row r=\"{row + 1}\">"));
            for (var c = 0; c < perRow && row * perRow + c < cells; c++)
            {
                sheet.Write("<c><v>1</v></c>");
            }

            sheet.Write("</row>");
        }

        sheet.Write(RawXlsxPackage.SheetEnd);
    });

    /// <summary>
    /// <paramref name="rows"/> rows of seven cells, every one using the same shared string of
    /// <paramref name="characters"/> characters: a few hundred kilobytes that a reader copying each
    /// cell's text turns into gigabytes.
    /// </summary>
    public static byte[] SharedStringEverywhere(int rows = 10_000, int characters = 32_000) => RawXlsxPackage.Create(
        sheet =>
        {
            sheet.Write(RawXlsxPackage.SheetStart);
            for (var r = 1; r <= rows; r++)
            {
                sheet.Write(string.Create(CultureInfo.InvariantCulture, $"<row r=\"{r}\">"));
                for (var c = 0; c < 7; c++)
                {
                    sheet.Write("<c t=\"s\"><v>0</v></c>");
                }

                sheet.Write("</row>");
            }

            sheet.Write(RawXlsxPackage.SheetEnd);
        },
        shared =>
        {
            shared.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{RawXlsxPackage.MainNs}\"><si><t>");
            RawXlsxPackage.Repeat(shared, 'Đ', characters);
            shared.Write("</t></si></sst>");
        });

    /// <summary>
    /// The Pú Bẩu annex with a stray cell at XFD1, Excel's last column, and a dimension of the
    /// whole grid (A1:XFD1048576): still a workbook Excel could have saved, and still the annex.
    /// </summary>
    public static byte[] StrayCellAtLastColumn() => PatchPuBau(
        """<c r="XFD1" t="inlineStr"><is><t>x</t></is></c>""", "A1:XFD1048576");

    /// <summary>
    /// The Pú Bẩu annex with a cell at column "AAAAAAA" (321,272,407), far past Excel's grid: a
    /// reader that sizes rows by the widest column allocates gigabytes for every row.
    /// </summary>
    public static byte[] CellPastLastColumn() => PatchPuBau(
        """<c r="AAAAAAA1" t="inlineStr"><is><t>x</t></is></c>""", "A1");

    /// <summary>
    /// Cell A1 carries an attribute of <paramref name="characters"/> characters (50 MiB by default):
    /// no text node to read in chunks, so an XML reader holds the whole tag.
    /// </summary>
    public static byte[] HugeAttribute(int characters = 50 * 1024 * 1024) => RawXlsxPackage.Create(sheet =>
    {
        sheet.Write(RawXlsxPackage.SheetStart + "<row r=\"1\"><c r=\"A1\" note=\"");
        RawXlsxPackage.Repeat(sheet, 'A', characters);
        sheet.Write("\"><v>1</v></c></row>" + RawXlsxPackage.SheetEnd);
    });

    /// <summary><paramref name="count"/> distinct custom number formats in the styles part, which a reader parses one by one.</summary>
    public static byte[] ManyNumberFormats(int count = 100_000) => RawXlsxPackage.Create(
        sheet => sheet.Write(RawXlsxPackage.OneCellSheet),
        writeStyles: styles =>
        {
            styles.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><styleSheet xmlns=\"{RawXlsxPackage.MainNs}\"><numFmts count=\"{count}\">");
            for (var i = 0; i < count; i++)
            {
                styles.Write(string.Create(CultureInfo.InvariantCulture, $"<numFmt numFmtId=\"{164 + i}\" formatCode=\"0.{new string('0', 1 + i % 8)}&quot;{i}&quot;\"/>"));
            }

            styles.Write("</numFmts></styleSheet>");
        });

    /// <summary>
    /// <paramref name="sheets"/> sheets, each an annex of <paramref name="rows"/> minimal targets (indicator "a", target 1, result 1), written as tersely as SpreadsheetML
    /// allows: within every size and text limit, yet as many annex rows as the row and sheet
    /// limits let through, each one scored and reported.
    /// </summary>
    public static byte[] ManyTinyAnnexes(int sheets = 64, int rows = 9_999) => RawXlsxPackage.WithSheetCopies(RawXlsxPackage.Create(
        sheet =>
        {
            sheet.Write(RawXlsxPackage.SheetStart + "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c><c t=\"s\"><v>2</v></c><c t=\"s\"><v>3</v></c></row>");
            for (var r = 1; r <= rows; r++)
            {
                sheet.Write(string.Create(CultureInfo.InvariantCulture, $"<row><c><v>{r}</v></c><c t=\"s\"><v>4</v></c><c><v>1</v></c><c><v>1</v></c></row>"));
            }

            sheet.Write(RawXlsxPackage.SheetEnd);
        },
        shared => shared.Write(
            $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"{RawXlsxPackage.MainNs}\">"
            + "<si><t>TT</t></si><si><t>Chỉ tiêu</t></si><si><t>Chỉ tiêu NQ Đại hội</t></si><si><t>Kết quả thực hiện</t></si><si><t>a</t></si></sst>")),
        sheets);

    /// <summary>
    /// The Pú Bẩu annex whose first indicator runs on for <paramref name="characters"/> characters
    /// (within Excel's 32,767): a file that is read, whose report must not echo the whole cell.
    /// </summary>
    public static byte[] LongIndicatorInAnnex(int characters = 32_000) =>
        RawXlsxPackage.Rewrite(SampleWorkbooks.PuBau.ToBytes(), "xl/sharedStrings.xml", xml =>
        {
            var indicator = ((TextCell)SeedAnnexes.PuBau.TargetRows.First()[AnnexColumn.Indicator]).Value;
            var at = xml.IndexOf(indicator, StringComparison.Ordinal);
            if (at < 0) throw new InvalidOperationException("The Pú Bẩu shared strings no longer hold its first indicator.");
            var tail = new string('x', characters - indicator.Length - 1);
            return string.Concat(xml.AsSpan(0, at + indicator.Length), " ", tail, xml.AsSpan(at + indicator.Length));
        });

    /// <summary>
    /// A legacy .xls (BIFF8, written by NPOI) of <paramref name="count"/> distinct short strings,
    /// 200 to a row: the shared-string table of an old workbook. 200,000 make about 5 MB.
    /// </summary>
    public static byte[] XlsManyStrings(int count = 200_000)
    {
        const int perRow = 200;
        var rows = new List<IReadOnlyList<CellSpec>>();
        for (var start = 0; start < count; start += perRow)
        {
            var cells = new List<CellSpec>();
            for (var i = start; i < Math.Min(count, start + perRow); i++)
            {
                cells.Add(CellSpec.Text(string.Create(CultureInfo.InvariantCulture, $"s{i:D6}")));
            }

            rows.Add(cells);
        }

        return WorkbookWriter.ToBytes([new SheetSpec("Biểu 01", rows, [])], WorkbookKind.Xls);
    }

    /// <summary>
    /// <paramref name="xlsx"/> (a package from this class, one sheet) with its workbook listing
    /// <paramref name="sheets"/> sheets that all use the same worksheet part.
    /// </summary>
    public static byte[] SheetsSharingOnePart(byte[] xlsx, int sheets) =>
        RawXlsxPackage.Rewrite(xlsx, "xl/workbook.xml", xml =>
        {
            const string one = "<sheet name=\"Biểu 01\" sheetId=\"1\" r:id=\"rId1\"/>";
            if (!xml.Contains(one, StringComparison.Ordinal)) throw new InvalidOperationException("Not a package of this class.");
            var many = string.Concat(Enumerable.Range(1, sheets).Select(i =>
                string.Create(CultureInfo.InvariantCulture, $"<sheet name=\"Biểu {i:D2}\" sheetId=\"{i}\" r:id=\"rId1\"/>")));
            return xml.Replace(one, many, StringComparison.Ordinal);
        });

    /// <summary>
    /// <paramref name="sheets"/> sheets, each holding one cell at XFD1048576, the grid's last
    /// cell: 25 KB, within every size, cell and grid limit, yet ExcelDataReader walks a million
    /// empty rows per sheet (about 4 s each).
    /// </summary>
    public static byte[] LastCellOnManySheets(int sheets = 64) => RawXlsxPackage.WithSheetCopies(RawXlsxPackage.Create(
        sheet => sheet.Write(RawXlsxPackage.SheetStart + "<row r=\"1048576\"><c r=\"XFD1048576\" t=\"inlineStr\"><is><t>x</t></is></c></row>" + RawXlsxPackage.SheetEnd)),
        sheets);

    /// <summary>
    /// <paramref name="formulas"/> formula cells saved without values, each summing a range of
    /// 98,304 cells (A1:XFD6): evaluated one by one, a few kilobytes of file would be 10^10 lookups.
    /// </summary>
    public static byte[] ManyUncalculatedRangeSums(int formulas = 150_000) => RawXlsxPackage.Create(sheet =>
    {
        const int perRow = 100;
        sheet.Write(RawXlsxPackage.SheetStart);
        for (var row = 0; row * perRow < formulas; row++)
        {
            sheet.Write(string.Create(CultureInfo.InvariantCulture, $"<row r=\"{row + 7}\">"));
            for (var c = 0; c < perRow && row * perRow + c < formulas; c++) sheet.Write("<c><f>SUM(A1:XFD6)+A1</f></c>");
            sheet.Write("</row>");
        }
        sheet.Write(RawXlsxPackage.SheetEnd);
    });

    /// <summary>One formula cell saved without a value: <paramref name="signs"/> minus signs before a 1 (a recursive parser overflows its stack).</summary>
    public static byte[] LongSignRunFormula(int signs = 30_000) => RawXlsxPackage.Create(sheet =>
        sheet.Write(RawXlsxPackage.SheetStart + "<row r=\"1\"><c r=\"A1\"><f>" + new string('-', signs) + "1</f></c></row>" + RawXlsxPackage.SheetEnd));

    /// <summary>Every hostile file under a file name, for writing them to a folder.</summary>
    public static IReadOnlyList<(string FileName, Func<byte[]> Create)> Catalogue { get; } =
    [
        ("huge-shared-string.xlsx", () => HugeSharedString()),
        ("many-shared-strings.xlsx", () => ManySharedStrings()),
        ("huge-inline-string.xlsx", () => HugeInlineString()),
        ("many-cells.xlsx", () => ManyCells()),
        ("shared-string-everywhere.xlsx", () => SharedStringEverywhere()),
        ("stray-cell-at-last-column.xlsx", StrayCellAtLastColumn),
        ("cell-past-last-column.xlsx", CellPastLastColumn),
        ("long-indicator-in-annex.xlsx", () => LongIndicatorInAnnex()),
        ("huge-attribute.xlsx", () => HugeAttribute()),
        ("many-tiny-annexes.xlsx", () => ManyTinyAnnexes()),
        ("last-cell-on-many-sheets.xlsx", () => LastCellOnManySheets()),
        ("largest-readable-annexes.xlsx", () => ManyTinyAnnexes(sheets: 2)),
        ("many-number-formats.xlsx", () => ManyNumberFormats()),
        ("xls-many-strings.xls", () => XlsManyStrings()),
        ("many-uncalculated-range-sums.xlsx", () => ManyUncalculatedRangeSums()),
        ("long-sign-run-formula.xlsx", () => LongSignRunFormula()),
    ];

    private static byte[] PatchPuBau(string extraCellInRow1, string dimension) =>
        RawXlsxPackage.Rewrite(SampleWorkbooks.PuBau.ToBytes(), "xl/worksheets/sheet1.xml", xml =>
        {
            var rowEnd = xml.IndexOf("</row>", StringComparison.Ordinal);
            if (rowEnd < 0 || !xml.Contains("<dimension ref=\"A1\"/>", StringComparison.Ordinal))
            {
                throw new InvalidOperationException("The Pú Bẩu sheet no longer has the shape this patch expects.");
            }

            return xml[..rowEnd].Replace("<dimension ref=\"A1\"/>", $"<dimension ref=\"{dimension}\"/>", StringComparison.Ordinal)
                + extraCellInRow1 + xml[rowEnd..];
        });
}
