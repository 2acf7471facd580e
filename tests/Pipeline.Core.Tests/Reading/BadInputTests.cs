using System.Diagnostics;
using Pipeline.Core.Reading;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// Every kind of bad upload is refused with its code and a Vietnamese message that tells the
/// clerk what to do — never an exception, and within bounded time and memory.
/// </summary>
public class BadInputTests
{
    private static ReadError Refuse(byte[] file)
    {
        var clock = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = AnnexReader.Read(new MemoryStream(file, writable: false));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        clock.Stop();

        Assert.True(result.IsRefused, "the file should have been refused");
        Assert.Empty(result.Annexes);
        var error = result.Error!;
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.Contains("tải lên", error.Message); // every message says what to upload instead
        Assert.False(string.IsNullOrWhiteSpace(error.Detail));
        // Generous bounds: they catch a reader that inflates a bomb or walks 200,000 rows, not a slow machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
        Assert.True(allocated < 400L * 1024 * 1024, $"allocated {allocated:N0} bytes");
        return error;
    }

    [Fact]
    public void A_truncated_workbook_is_damaged_and_says_so()
    {
        var error = Refuse(BadInputs.Truncated());
        Assert.Equal(ReadErrorCode.Damaged, error.Code);
        Assert.Contains("bị hỏng hoặc chưa được chép trọn vẹn", error.Message);
        Assert.Contains("damaged or truncated", error.Detail);
    }

    [Fact]
    public void A_truncated_xls_is_damaged_and_says_so()
    {
        var xls = AnnexWorkbook.ToBytes(SeedAnnexes.ChiengEn, WorkbookKind.Xls);
        var error = Refuse(xls[..(xls.Length / 2)]);
        Assert.Equal(ReadErrorCode.Damaged, error.Code);
        Assert.Contains("bị hỏng hoặc chưa được chép trọn vẹn", error.Message);
    }

    [Fact]
    public void A_password_protected_xls_is_encrypted()
    {
        var error = Refuse(BiffRecords.WithPassword(AnnexWorkbook.ToBytes(SeedAnnexes.ChiengEn, WorkbookKind.Xls)));
        Assert.Equal(ReadErrorCode.Encrypted, error.Code);
        Assert.Contains("mật khẩu", error.Message);
    }

    [Theory]
    [InlineData("xl/sharedStrings.xml", "shared string")]
    [InlineData("xl/worksheets/sheet2.xml", "parts the package does not have")] // the annex; sheet1 is the instructions page
    public void A_package_missing_a_part_it_points_at_is_damaged_not_empty(string part, string named)
    {
        var error = Refuse(BadInputs.WithoutPart(SampleWorkbooks.ChiengEn.ToBytes(), part));
        Assert.Equal(ReadErrorCode.Damaged, error.Code);
        Assert.Contains("hỏng", error.Message);
        Assert.Contains(named, error.Detail);
    }

    [Fact]
    public void An_encrypted_package_is_encrypted_even_when_its_contents_make_no_sense() =>
        Assert.Equal(ReadErrorCode.Encrypted, Refuse(BadInputs.EncryptedPackageOfNoise()).Code);

    public static TheoryData<string, byte[], string, string> UnsupportedSpreadsheets => new()
    {
        { "mht", BadInputs.SingleFileWebPage(), "trang web (HTML)", "HTML page" },
        { "html-utf16", BadInputs.Utf16WebPage(), "trang web (HTML)", "HTML page" },
        { "xlsb", OtherSpreadsheetFormats.BinaryWorkbook(), "(.xlsb)", "Excel Binary Workbook" },
        { "ods", OtherSpreadsheetFormats.OpenDocument(), "OpenDocument (.ods)", "OpenDocument spreadsheet" },
        { "xml-2003", OtherSpreadsheetFormats.XmlSpreadsheet2003(), "XML Spreadsheet 2003", "XML Spreadsheet 2003" },
        { "html", OtherSpreadsheetFormats.HtmlTable(), "trang web (HTML)", "HTML page" },
    };

    [Theory]
    [MemberData(nameof(UnsupportedSpreadsheets))]
    public void A_spreadsheet_in_a_format_the_reader_does_not_read_is_named_with_what_to_do(string kind, byte[] file, string namedVi, string namedEn)
    {
        var error = Refuse(file);
        Assert.True(ReadErrorCode.UnsupportedFormat == error.Code, $"{kind}: {error.Code}");
        Assert.Contains(namedVi, error.Message);
        Assert.Contains("Excel Workbook (.xlsx)", error.Message); // what to do
        Assert.Contains(namedEn, error.Detail);
        Assert.DoesNotContain("hỏng", error.Message); // never blamed on damage
    }

    [Fact]
    public void A_word_97_document_with_an_excel_name_is_named_for_what_it_is()
    {
        var error = Refuse(OtherSpreadsheetFormats.WordDocument97());
        Assert.Equal(ReadErrorCode.NotAWorkbook, error.Code);
        Assert.Contains("Word", error.Message);
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_refused()
    {
        var error = Refuse(BadInputs.ZipNotWorkbook());
        Assert.Equal(ReadErrorCode.NotAWorkbook, error.Code);
        Assert.Contains("tệp nén", error.Message);
    }

    [Fact]
    public void A_csv_file_with_an_excel_name_is_refused()
    {
        var error = Refuse(BadInputs.CsvWithExcelName());
        Assert.Equal(ReadErrorCode.NotAWorkbook, error.Code);
        Assert.Contains("CSV", error.Message);
    }

    [Fact]
    public void A_zero_byte_file_is_empty() => Assert.Equal(ReadErrorCode.Empty, Refuse(BadInputs.ZeroByte()).Code);

    [Theory]
    [InlineData(WorkbookKind.Xlsx)]
    [InlineData(WorkbookKind.Xls)]
    public void A_workbook_whose_only_sheet_is_empty_is_empty(WorkbookKind kind)
    {
        var error = Refuse(BadInputs.EmptySheet(kind));
        Assert.Equal(ReadErrorCode.Empty, error.Code);
        Assert.Contains("mọi trang tính đều trống", error.Message);
    }

    [Theory]
    [InlineData(WorkbookKind.Xlsx)]
    [InlineData(WorkbookKind.Xls)]
    public void A_workbook_with_cells_but_no_annex_says_so_and_is_never_empty(WorkbookKind kind)
    {
        var error = Refuse(BadInputs.NoAnnexTable(kind));
        Assert.Equal(ReadErrorCode.NoAnnexTable, error.Code);
        Assert.Contains("Không tìm thấy bảng chỉ tiêu", error.Message);
        Assert.Contains("header row", error.Detail);
    }

    [Fact]
    public void A_password_protected_workbook_is_encrypted()
    {
        var error = Refuse(BadInputs.PasswordProtected());
        Assert.Equal(ReadErrorCode.Encrypted, error.Code);
        Assert.Contains("mật khẩu", error.Message);
    }

    [Theory]
    [InlineData(20_000)]  // inflates to a few MB: read until the row limit
    [InlineData(200_000)] // declares more than the uncompressed limit: refused from the zip directory
    public void A_sheet_far_larger_than_any_annex_is_too_large(int rows)
    {
        var error = Refuse(BadInputs.HugeSheet(rows));
        Assert.Equal(ReadErrorCode.TooLarge, error.Code);
        Assert.Contains("biểu chỉ tiêu", error.Message);
    }

    [Fact]
    public void The_row_limit_names_the_sheet_and_the_limit()
    {
        var error = Refuse(BadInputs.HugeSheet(20_000));
        Assert.Contains("10.000", error.Message);
        Assert.Contains("non-empty rows", error.Detail);
    }

    [Fact]
    public void A_zip_bomb_is_refused_without_being_inflated()
    {
        var bomb = BadInputs.ZipBomb(500_000_000);
        Assert.True(bomb.Length < 2 * 1024 * 1024);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var error = Refuse(bomb);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 16L * 1024 * 1024, "the bomb was inflated");
        Assert.Equal(ReadErrorCode.TooLarge, error.Code);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_it_is_read()
    {
        var limits = new AnnexReadLimits { MaxFileBytes = 4096 };
        var result = AnnexReader.Read(new MemoryStream(SampleWorkbooks.ChiengEn.ToBytes()), new AnnexReadOptions { Limits = limits });
        Assert.Equal(ReadErrorCode.TooLarge, result.Error?.Code);
    }

    [Theory]
    [InlineData("<?xml version=\"1.0\"?><danhsach><ho>Lò Văn A</ho></danhsach>", "tệp dữ liệu XML")]
    [InlineData("%PDF-1.7\n%âãÏÓ\n", "PDF")]
    public void Other_documents_with_an_excel_name_are_named_for_what_they_are(string content, string named)
    {
        var error = Refuse(System.Text.Encoding.UTF8.GetBytes(content));
        Assert.Equal(ReadErrorCode.NotAWorkbook, error.Code);
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Random_bytes_are_not_a_workbook()
    {
        var noise = new byte[4096];
        new Random(7).NextBytes(noise);
        noise[0] = 0x00;
        Assert.Equal(ReadErrorCode.NotAWorkbook, Refuse(noise).Code);
    }
}
