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
    public void A_truncated_workbook_is_not_a_workbook_and_says_it_is_damaged()
    {
        var error = Refuse(BadInputs.Truncated());
        Assert.Equal(ReadErrorCode.NotAWorkbook, error.Code);
        Assert.Contains("hỏng", error.Message);
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
    public void A_workbook_without_an_annex_table_is_refused(WorkbookKind kind) =>
        Assert.Equal(ReadErrorCode.NoAnnexTable, Refuse(BadInputs.NoAnnexTable(kind)).Code);

    [Theory]
    [InlineData(WorkbookKind.Xlsx)]
    [InlineData(WorkbookKind.Xls)]
    public void A_workbook_whose_only_sheet_is_empty_is_empty(WorkbookKind kind) =>
        Assert.Equal(ReadErrorCode.Empty, Refuse(BadInputs.EmptySheet(kind)).Code);

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
    [InlineData("<html><body><table><tr><td>TT</td></tr></table></body></html>", "trang web")]
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
