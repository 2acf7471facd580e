using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

/// <summary>Word's cell merges (gridSpan across, vMerge down) become the merged ranges a sheet would have.</summary>
public class WordTableGridTests
{
    private static WordTableGrid Grid() => new(AnnexReadLimits.Default, new SheetTextConversion(null));

    private static void Cell(WordTableGrid grid, string text, int span = 1, WordTableGrid.VerticalMergeMark mark = WordTableGrid.VerticalMergeMark.None)
    {
        grid.StartCell();
        grid.Span(span);
        grid.VerticalMerge(mark);
        Assert.Null(grid.AddParagraph(text));
        Assert.Null(grid.EndCell());
    }

    [Fact]
    public void Spans_and_vertical_merges_become_merged_ranges_with_the_text_in_their_first_cell()
    {
        var grid = Grid();
        grid.StartRow();
        Cell(grid, "TT", mark: WordTableGrid.VerticalMergeMark.Restart);
        Cell(grid, "Chỉ tiêu", mark: WordTableGrid.VerticalMergeMark.Restart);
        Cell(grid, "Nhiệm kỳ 2020-2025", span: 3);
        Assert.Null(grid.EndRow());
        grid.StartRow();
        Cell(grid, "ignored", mark: WordTableGrid.VerticalMergeMark.Continue);
        Cell(grid, "", mark: WordTableGrid.VerticalMergeMark.Continue);
        Cell(grid, "Chỉ tiêu NQ");
        Cell(grid, "Kết quả");
        Cell(grid, "So sánh %");
        Assert.Null(grid.EndRow());
        grid.StartRow();
        grid.SkipColumns(1);
        Cell(grid, "1");
        Assert.Null(grid.EndRow());
        Assert.Null(grid.Finish());

        Assert.Equal(
            [new MergedRange(0, 2, 0, 4), new MergedRange(0, 0, 1, 0), new MergedRange(0, 1, 1, 1)],
            grid.Merges);
        Assert.Equal(["TT", "Chỉ tiêu", "Nhiệm kỳ 2020-2025"], grid.Rows[0].NonEmpty().Select(c => c.Text));
        Assert.Equal([(2, "Chỉ tiêu NQ"), (3, "Kết quả"), (4, "So sánh %")], grid.Rows[1].NonEmpty());
        Assert.Equal([(1, "1")], grid.Rows[2].NonEmpty()); // gridBefore moved it one column right
        Assert.Equal([1, 2, 3], grid.Rows.Select(r => r.Number));
    }

    [Fact]
    public void A_cells_paragraphs_are_one_text_with_line_breaks_and_numbers_stay_text()
    {
        var grid = Grid();
        grid.StartRow();
        grid.StartCell();
        Assert.Null(grid.AddParagraph("Không"));
        Assert.Null(grid.AddParagraph("  "));
        Assert.Null(grid.AddParagraph("đạt"));
        Assert.Null(grid.EndCell());
        Cell(grid, "27,5");
        Assert.Null(grid.EndRow());

        Assert.Equal("Không\nđạt", grid.Rows[0][0].Value);
        Assert.Equal("Không đạt", grid.Rows[0][0].Text);
        Assert.Equal("27,5", grid.Rows[0][1].Value);
        Assert.Equal([27.5m], grid.Rows[0][1].ToValue().Parts);
    }
}
