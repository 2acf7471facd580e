using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// .xls files as old Excel versions and other programs write them, each read exactly as the
/// seed's sample: the quirks come from bug reports against spreadsheet readers.
/// </summary>
public class LegacyBiffFileTests
{
    private const string Sample = "chieng-en-2020-2025.xlsx";

    private static byte[] Xls() => AnnexWorkbook.ToBytes(SeedAnnexes.ChiengEn, WorkbookKind.Xls);

    [Fact]
    public void An_excel_95_workbook_in_biff5_with_windows_1258_text_reads_as_the_seed() =>
        SeedReading.AssertReadsAs(Sample, OleStreams.WithStream("Book", LegacyBiffWriter.Write(Xls(), 5)));

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void A_bare_biff_stream_of_excel_2_to_5_reads_as_the_seed(int version) =>
        SeedReading.AssertReadsAs(Sample, LegacyBiffWriter.Write(Xls(), version));

    [Fact]
    public void A_biff8_stream_without_its_compound_file_reads_as_the_seed() =>
        SeedReading.AssertReadsAs(Sample, BiffRecords.RawStream(Xls()));

    [Fact]
    public void An_xls_without_row_records_reads_as_the_seed() =>
        SeedReading.AssertReadsAs(Sample, BiffRecords.WithoutRowRecords(Xls()));

    [Fact]
    public void An_xls_whose_dimensions_claim_two_cells_reads_as_the_seed() =>
        SeedReading.AssertReadsAs(Sample, BiffRecords.WithWrongDimensions(Xls()));

    [Fact]
    public void An_xls_whose_dimensions_claim_four_billion_rows_reads_as_the_seed_without_walking_them()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        SeedReading.AssertReadsAs(Sample, BiffRecords.WithDimensionsClaimingRows(Xls(), uint.MaxValue - 1));
        // Generous: it catches a reader that walks the claimed rows (22 s a sheet), not a slow machine.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public void An_xls_without_dimensions_reads_as_the_seed() =>
        SeedReading.AssertReadsAs(Sample, BiffRecords.WithoutDimensions(Xls()));

    [Fact]
    public void The_workbook_stream_under_the_excel_95_name_reads_as_the_seed() =>
        SeedReading.AssertReadsAs(Sample, OleStreams.WithStream("Book", BiffRecords.RawStream(Xls())));

    [Theory]
    [InlineData(WorkbookKind.Xlsx)]
    [InlineData(WorkbookKind.Xls)]
    public void An_annex_on_a_hidden_sheet_is_read_when_no_visible_sheet_holds_one(WorkbookKind kind)
    {
        var annex = AnnexSheetLayout.ToSheet(SeedAnnexes.ChiengEn, "Biểu 01") with { Hidden = true };
        var file = WorkbookWriter.ToBytes([SheetSpec.OfLines("Hướng dẫn", []), annex], kind);
        SeedReading.AssertReadsAs(Sample, file);
    }
}
