using Pipeline.Core.Reading;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// Word reports that give no annex, or that pass a limit, are refused through the one entry point
/// (<see cref="AnnexReader.Read"/>) with a message for the clerk and a detail for the log; never an exception.
/// </summary>
public class WordReportRefusalTests
{
    private static ReadError Refuse(byte[] file, AnnexReadLimits? limits = null)
    {
        var read = AnnexReader.Read(new MemoryStream(file, writable: false), new AnnexReadOptions { Limits = limits ?? AnnexReadLimits.Default });
        Assert.Empty(read.Annexes);
        Assert.Empty(read.Narrative);
        return Assert.IsType<ReadError>(read.Error);
    }

    private static byte[] Sample() => File.ReadAllBytes(RepositoryLayout.Sample("bo-sinh-report-2025.docx"));

    [Fact]
    public void A_word_97_report_is_refused_with_how_to_save_it_as_docx()
    {
        var error = Refuse(BadReports.WordDocument97());
        Assert.Equal(ReadErrorCode.NotAWorkbook, error.Code);
        Assert.Contains("Tệp Word 97-2003 (.doc)", error.Message);
        Assert.Contains("lưu lại dưới dạng .docx", error.Message);
        Assert.Contains("Word 97-2003 document", error.Detail);
    }

    [Fact]
    public void A_report_without_tables_says_no_annex_table_was_found_in_the_report()
    {
        var error = Refuse(BadReports.WithoutTables());
        Assert.Equal(ReadErrorCode.NoAnnexTable, error.Code);
        Assert.Contains("Không tìm thấy biểu chỉ tiêu nào trong báo cáo", error.Message);
        Assert.Contains("Word report", error.Detail);
    }

    [Fact]
    public void A_report_whose_only_table_is_its_signature_has_no_annex()
    {
        var error = Refuse(BadReports.WithoutAnnexes());
        Assert.Equal(ReadErrorCode.NoAnnexTable, error.Code);
        Assert.Contains("trong báo cáo", error.Message);
    }

    [Fact]
    public void A_password_protected_report_is_encrypted()
    {
        var error = Refuse(BadReports.PasswordProtected());
        Assert.Equal(ReadErrorCode.Encrypted, error.Code);
        Assert.Contains("mật khẩu", error.Message);
    }

    [Fact]
    public void A_report_that_inflates_far_past_the_limit_is_refused_before_it_is_inflated()
    {
        var error = Refuse(BadReports.ZipBomb(80_000_000)); // declares 80 MB, past the 64 MB limit
        Assert.Equal(ReadErrorCode.TooLarge, error.Code);
        Assert.Contains("zip bomb", error.Detail);
    }

    [Fact]
    public void A_report_of_endless_paragraphs_stops_at_the_narrative_limit_while_streaming()
    {
        var limits = AnnexReadLimits.Default with { MaxNarrativeParagraphs = 1_000 };
        var error = Refuse(BadReports.ManyParagraphs(200_000), limits);
        Assert.Equal(ReadErrorCode.TooLarge, error.Code);
        Assert.Contains("more than 1000 paragraphs", error.Detail);
        Assert.Contains("Báo cáo Word quá lớn", error.Message);
    }

    [Fact]
    public void The_narratives_characters_are_bounded()
    {
        var error = Refuse(Sample(), AnnexReadLimits.Default with { MaxNarrativeCharacters = 20_000 });
        Assert.Equal(ReadErrorCode.TooLarge, error.Code);
        Assert.Contains("20000 characters", error.Detail);
    }

    [Fact]
    public void A_document_part_past_the_uncompressed_limit_is_refused()
    {
        var error = Refuse(Sample(), AnnexReadLimits.Default with { MaxUncompressedBytes = 100_000 });
        Assert.Equal(ReadErrorCode.TooLarge, error.Code);
    }

    [Fact]
    public void A_run_of_megabytes_without_a_tag_is_refused()
    {
        var error = Refuse(BadReports.LongRun());
        Assert.Equal(ReadErrorCode.TooLarge, error.Code);
        Assert.Contains("between two tags", error.Detail);
    }

    [Fact]
    public void Tables_are_counted()
    {
        var error = Refuse(BadReports.ManyTables(300));
        Assert.Equal(ReadErrorCode.TooLarge, error.Code);
        Assert.Contains("more than 200 tables", error.Detail);
    }

    [Fact]
    public void A_tables_rows_are_counted()
    {
        var error = Refuse(Sample(), AnnexReadLimits.Default with { MaxRowsPerSheet = 12 });
        Assert.Equal(ReadErrorCode.TooLarge, error.Code);
        Assert.Contains("more than 12 rows", error.Detail);
    }

    [Fact]
    public void A_cell_longer_than_a_workbook_cell_may_be_is_refused()
    {
        var error = Refuse(Sample(), AnnexReadLimits.Default with { MaxCellCharacters = 100 });
        Assert.Equal(ReadErrorCode.TooLarge, error.Code);
        Assert.Contains("more than 100 characters", error.Detail);
    }

    [Fact]
    public void The_tables_text_is_bounded_in_all()
    {
        var error = Refuse(Sample(), AnnexReadLimits.Default with { MaxCellTextCharacters = 3_000 });
        Assert.Equal(ReadErrorCode.TooLarge, error.Code);
        Assert.Contains("more than 3000 characters", error.Detail);
    }

    [Fact]
    public void A_damaged_report_is_damaged()
    {
        var sample = Sample();
        var error = Refuse(sample[..(sample.Length / 2)]);
        Assert.Equal(ReadErrorCode.Damaged, error.Code);
    }

    public static TheoryData<string> DamagedWordPackages => ["doctype", "main-document-missing", "truncated"];

    [Theory]
    [MemberData(nameof(DamagedWordPackages))]
    public void A_damaged_word_package_is_refused_in_words_about_word_not_excel(string damage)
    {
        var error = Refuse(damage switch
        {
            "doctype" => BadReports.WithDoctype(),
            "main-document-missing" => BadReports.MainDocumentMissing(),
            _ => BadReports.Truncated(),
        });
        Assert.Equal(ReadErrorCode.Damaged, error.Code);
        Assert.Contains("Word", error.Message, StringComparison.Ordinal);
        Assert.Contains("Lưu thành (Save As) → Tài liệu Word (.docx)", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Excel", error.Message, StringComparison.Ordinal);
        Assert.Contains("Word report", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_table_cell_longer_than_any_annex_cell_is_refused_in_words_about_the_report()
    {
        var error = Refuse(BadReports.LongCell());
        Assert.Equal(ReadErrorCode.TooLarge, error.Code);
        Assert.Contains("báo cáo", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Excel", error.Message, StringComparison.Ordinal);
        Assert.Contains("32767 characters", error.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_workbook_is_still_an_excel_file_that_is_damaged()
    {
        var workbook = File.ReadAllBytes(RepositoryLayout.Sample("chieng-en-2020-2025.xlsx"));
        var error = Refuse(workbook[..(workbook.Length / 2)]);
        Assert.Equal(ReadErrorCode.Damaged, error.Code);
        Assert.StartsWith("Tệp Excel bị hỏng", error.Message, StringComparison.Ordinal);
    }
}
