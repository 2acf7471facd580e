using System.IO.Compression;
using System.Text;

namespace Pipeline.Workbooks;

/// <summary>
/// Files a commune might upload that are not a readable annex, each as the bytes a test
/// feeds to the reader. Every one is real of its kind (a real zip, a real encrypted file,
/// a real workbook), so the reader is tested against what it will meet, not against noise.
/// </summary>
public static class BadInputs
{
    /// <summary>The password of <see cref="PasswordProtected"/> unless another is given.</summary>
    public const string DefaultPassword = "BoSinh@2025";

    /// <summary>A valid seed .xlsx (Chiềng En) cut in half, as an interrupted upload leaves it.</summary>
    public static byte[] Truncated()
    {
        var whole = SampleWorkbooks.ChiengEn.ToBytes();
        return whole[..(whole.Length / 2)];
    }

    /// <summary>A real zip archive of two text files, named .xlsx by mistake.</summary>
    public static byte[] ZipNotWorkbook()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            AddText(zip, "ghi-chu.txt", "Hồ sơ gửi kèm báo cáo tổng kết nhiệm kỳ 2020-2025.\nBiểu số liệu gửi sau.\n");
            AddText(zip, "danh-sach-tai-lieu.txt", "1. Báo cáo chính trị\n2. Báo cáo kiểm điểm\n3. Biểu số liệu\n");
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// The Pú Bẩu annex saved as "CSV UTF-8" (with a byte-order mark, values as displayed in
    /// Vietnamese: 25,4), which a clerk then renamed to .xlsx.
    /// </summary>
    public static byte[] CsvWithExcelName()
    {
        var table = SeedAnnexes.PuBau;
        var csv = new StringBuilder();
        csv.Append(string.Join(',', table.Columns.Select(c => CsvField(table.HeaderOf(c).Replace('\n', ' ')))));
        csv.Append("\r\n");
        foreach (var row in table.TargetRows)
        {
            csv.Append(string.Join(',', table.Columns.Select(c => CsvField(CellDisplay.Of(row[c])))));
            csv.Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    public static byte[] ZeroByte() => [];

    /// <summary>A copy of a package without one of its parts (the relationships still point at it), as a broken copy or a hand edit leaves it.</summary>
    public static byte[] WithoutPart(byte[] xlsx, string partName)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(xlsx, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            if (source.GetEntry(partName) is null) throw new InvalidOperationException($"The package has no {partName}.");
            foreach (var entry in source.Entries.Where(e => e.FullName != partName))
            {
                using var reader = entry.Open();
                using var writer = target.CreateEntry(entry.FullName).Open();
                reader.CopyTo(writer);
            }
        }
        return output.ToArray();
    }

    /// <summary>
    /// A password-protected .xlsx as far as its container goes — "EncryptionInfo" and
    /// "EncryptedPackage" streams (MS-OFFCRYPTO) — with contents no reader can make sense of.
    /// </summary>
    public static byte[] EncryptedPackageOfNoise()
    {
        var noise = new byte[8192];
        new Random(11).NextBytes(noise);
        return OleStreams.WithStreams(("EncryptionInfo", noise[..512]), ("EncryptedPackage", noise));
    }

    /// <summary>Excel's "Single File Web Page" (.mht) of an annex, named .xls: a MIME archive around an HTML page.</summary>
    public static byte[] SingleFileWebPage() => Encoding.ASCII.GetBytes(
        "MIME-Version: 1.0\r\nX-Document-Type: Workbook\r\nContent-Type: multipart/related; boundary=\"----=_NextPart_01\"\r\n\r\n" +
        "------=_NextPart_01\r\nContent-Location: file:///C:/bieu01.htm\r\nContent-Type: text/html; charset=\"utf-8\"\r\n\r\n" +
        "<html><body><table><tr><td>TT</td><td>Ch=E1=BB=89 ti=C3=AAu</td></tr></table></body></html>\r\n------=_NextPart_01--\r\n");

    /// <summary>An HTML table saved in UTF-16 with a byte-order mark, named .xls.</summary>
    public static byte[] Utf16WebPage() => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("<html><body><table><tr><td>TT</td><td>Chỉ tiêu</td></tr></table></body></html>")];

    /// <summary>A real workbook whose only sheet is a household register, no annex.</summary>
    public static byte[] NoAnnexTable(WorkbookKind kind = WorkbookKind.Xlsx) =>
        WorkbookWriter.ToBytes([HouseholdRegister.Create(24)], kind);

    /// <summary>A real workbook whose only sheet has no cells at all.</summary>
    public static byte[] EmptySheet(WorkbookKind kind = WorkbookKind.Xlsx) =>
        WorkbookWriter.ToBytes([new SheetSpec("Sheet1", [], [])], kind);

    /// <summary>
    /// The Pú Bẩu .xlsx protected with a password to open, as Excel 2010+ saves it: an OLE
    /// compound file holding EncryptionInfo (agile, AES-256, SHA-512) and EncryptedPackage.
    /// </summary>
    public static byte[] PasswordProtected(string password = DefaultPassword) =>
        EncryptedOfficeFile.Protect(SampleWorkbooks.PuBau.ToBytes(), password);

    /// <summary>
    /// A real .xlsx with a valid annex header followed by <paramref name="rows"/> target rows,
    /// written row by row (<see cref="WorkbookWriter.WriteStreamed"/>); 200,000 rows make about 7 MB in about 2 s.
    /// </summary>
    public static byte[] HugeSheet(int rows = 200_000)
    {
        using var buffer = new MemoryStream();
        WorkbookWriter.WriteStreamed([AnnexSheetLayout.ToSheet(LargeAnnex.Create(rows), "Biểu 01")], buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// An .xlsx-shaped zip whose worksheet inflates to <paramref name="inflatedBytes"/>
    /// (500 MB by default) from well under a megabyte, sizes honestly declared.
    /// </summary>
    public static byte[] ZipBomb(long inflatedBytes = 500_000_000) => Workbooks.ZipBomb.Create(inflatedBytes);

    /// <summary>
    /// The same bomb saved as Strict Open XML, its parts in a folder named otherwise than xl/
    /// (bang-tinh/): found only through the package's relationships, and refused all the same.
    /// </summary>
    public static byte[] StrictRelocatedZipBomb(long inflatedBytes = 500_000_000) =>
        Workbooks.ZipBomb.Create(inflatedBytes, strict: true, folder: "bang-tinh/");

    /// <summary>Every bad input under a file name, for writing them to a folder.</summary>
    public static IReadOnlyList<(string FileName, Func<byte[]> Create)> Catalogue { get; } =
    [
        ("truncated.xlsx", Truncated),
        ("zip-not-workbook.xlsx", ZipNotWorkbook),
        ("csv-with-excel-name.xlsx", CsvWithExcelName),
        ("zero-byte.xlsx", ZeroByte),
        ("no-annex-table.xlsx", () => NoAnnexTable()),
        ("empty-sheet.xlsx", () => EmptySheet()),
        ("password-protected.xlsx", () => PasswordProtected()),
        ("huge-sheet.xlsx", () => HugeSheet()),
        ("zip-bomb.xlsx", () => ZipBomb()),
        ("strict-relocated-zip-bomb.xlsx", () => StrictRelocatedZipBomb()),
    ];

    private static string CsvField(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static void AddText(ZipArchive zip, string name, string text)
    {
        using var stream = zip.CreateEntry(name).Open();
        stream.Write(Encoding.UTF8.GetBytes(text));
    }
}
