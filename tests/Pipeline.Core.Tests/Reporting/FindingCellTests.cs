using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reporting;

/// <summary>Each finding names the cell a clerk corrects, in the sheet's own letters and row numbers.</summary>
public class FindingCellTests
{
    [Fact]
    public void Pu_Baus_row_23_names_its_percent_and_verdict_cells()
    {
        var workbook = ScoredWorkbook.From(File.OpenRead(RepositoryLayout.Sample("pu-bau-2020-2025.xlsx")), AnnexReadOptions.Default, IndicatorCatalogue.Default);
        var report = AnnexReports.ForAnnex(Assert.Single(workbook.Annexes));
        var row23 = report.Targets.Single(t => t.Ordinal == "23");
        Assert.Equal(
            [("reported-percent-mismatch", "F30"), ("reported-status-mismatch", "G30")],
            row23.Findings.Select(f => (f.Code, f.Cell)).OrderBy(f => f.Code));
        // Every finding of the sample names a cell.
        Assert.All(report.Targets.SelectMany(t => t.Findings), f => Assert.Matches("^[A-Z]+[0-9]+$", f.Cell));
    }

    [Fact]
    public void The_annex_keeps_the_letter_of_each_column_it_placed()
    {
        var workbook = ScoredWorkbook.From(File.OpenRead(RepositoryLayout.Sample("bo-sinh-2020-2025.xlsx")), AnnexReadOptions.Default, IndicatorCatalogue.Default);
        var annex = Assert.Single(workbook.Annexes);
        var letters = annex.Annex.ColumnLetters;
        Assert.Equal("D", letters[ColumnKey.Of(Core.Reading.AnnexColumn.Target)]);
        Assert.Equal("E", letters[ColumnKey.Of(Core.Reading.AnnexColumn.Actual)]);
    }
}
