using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>Cells as other programs and pasting leave them read exactly as the seed's sample, in both formats.</summary>
public class CellQuirkTests
{
    private const string Sample = "chieng-en-2020-2025.xlsx";

    private static byte[] Seed(WorkbookKind kind) => AnnexWorkbook.ToBytes(SeedAnnexes.ChiengEn, kind);

    [Theory]
    [InlineData(WorkbookKind.Xlsx)]
    [InlineData(WorkbookKind.Xls)]
    public void Rich_text_in_every_text_cell_reads_as_the_seed(WorkbookKind kind) =>
        SeedReading.AssertReadsAs(Sample, CellQuirks.RichText(Seed(kind), kind));

    [Theory]
    [InlineData(WorkbookKind.Xlsx)]
    [InlineData(WorkbookKind.Xls)]
    public void Error_cells_beside_the_table_read_as_the_seed(WorkbookKind kind) =>
        SeedReading.AssertReadsAs(Sample, CellQuirks.ErrorCellsBeside(Seed(kind), kind));

    [Theory]
    [InlineData(WorkbookKind.Xlsx)]
    [InlineData(WorkbookKind.Xls)]
    public void Pasted_no_break_spaces_and_numbers_typed_as_text_read_as_the_seed(WorkbookKind kind) =>
        SeedReading.AssertReadsAs(Sample, CellQuirks.PastedNoBreakSpaces(Seed(kind), kind));

    [Fact]
    public void Formulas_saved_without_their_values_are_computed_and_read_as_the_seed()
    {
        var file = UncalculatedFormulas.Write(Seed(WorkbookKind.Xlsx), "D", "E", "F");
        using (var zip = new System.IO.Compression.ZipArchive(new MemoryStream(file)))
        using (var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()))
        {
            var xml = sheet.ReadToEnd();
            Assert.Contains("<f>SUM(27.5)</f>", xml);
            Assert.DoesNotContain("<v>27.5</v>", xml);
            Assert.Contains("<f t=\"shared\" si=\"0\" />", xml.Replace("\"/>", "\" />"));
        }
        SeedReading.AssertReadsAs(Sample, file);
    }
}
