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
        ("xls-many-strings.xls", () => XlsManyStrings()),
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
