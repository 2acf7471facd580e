using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Core.Values;
using Pipeline.Workbooks;
using AnnexRow = Pipeline.Core.Annexes.AnnexRow;
using WorkbookColumn = Pipeline.Workbooks.AnnexColumn;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// The seed's Chiềng En annex with its headers renamed, blanked or misleading, or with a column
/// the reader cannot know: the columns are still found by their header or their content, and
/// what cannot be placed is listed instead of dropped (docs/reading-and-scoring.md,
/// "Columns known by their content").
/// </summary>
public class ColumnContentTests
{
    private static readonly AnnexTable ChiengEn = SeedAnnexes.ChiengEn;

    private static ScoredAnnex Read(SheetSpec sheet)
    {
        var result = ScoredWorkbook.From(new MemoryStream(WorkbookWriter.ToBytes([sheet], WorkbookKind.Xlsx)), AnnexReadOptions.Default, IndicatorCatalogue.Default);
        Assert.Null(result.Read.Error);
        return Assert.Single(result.Annexes);
    }

    private static ScoredAnnex Read(AnnexTable table) => Read(AnnexSheetLayout.ToSheet(table, "Biểu 01"));

    private static AnnexTable Headed(params (WorkbookColumn Column, string Text)[] headers) => ChiengEn with { Headers = AnnexHeaders.With(headers) };

    private static string[] Findings(ScoredAnnex scored) =>
        scored.Targets.SelectMany(t => t.Findings.Select(f => $"{t.Row.Ordinal}:{f.Code}")).ToArray();

    /// <summary>The seed's right result for Chiềng En (tests/Pipeline.Core.Tests/Seed).</summary>
    private static void AssertSeedResult(ScoredAnnex scored)
    {
        Assert.Equal("Chiềng En", scored.Annex.Commune);
        Assert.Equal(AnnexKind.Results, scored.Annex.Kind);
        Assert.Equal(21, scored.Targets.Count);
        Assert.Equal(new StatusCounts(7, 13, 1, 0), scored.Computed);
        Assert.Equal((7, 13, 1, 0), (scored.Reported.Exceeded, scored.Reported.Met, scored.Reported.NotMet, scored.Reported.Unscored));
        Assert.Equal(["20:reported-percent-mismatch"], Findings(scored));
        Assert.Equal([443m], scored.Targets.Single(t => t.Row.Ordinal == "20").Row.ReportedPercent.Parts);
    }

    public static TheoryData<string, string, string, string, string, string, string> RenamedHeaders => new()
    {
        { "STT", "Tên chỉ tiêu", "ĐV tính", "Mục tiêu ĐH", "Ước TH năm 2025", "Tỷ lệ TH/KH (%)", "Tự đánh giá" },
        { "Số TT", "Các chỉ tiêu chủ yếu", "ĐVT", "Chỉ tiêu NQ ĐH", "Kết quả đạt được", "% so với NQ", "Đánh giá kết quả" },
        { "TT", "Nội dung chỉ tiêu", "Đơn vị", "Kế hoạch", "KQ thực hiện", "So sánh (%)", "Kết quả đánh giá" },
        { "Stt", "Nhiệm vụ, chỉ tiêu", "Đv tính", "Chỉ tiêu giao", "Ước thực hiện 2021-2025", "Tỷ lệ hoàn thành", "Tự ĐG" },
    };

    [Theory]
    [MemberData(nameof(RenamedHeaders))]
    public void Renamed_headers_read_to_the_seeds_result(string ordinal, string indicator, string unit, string target, string actual, string percent, string verdict)
    {
        var scored = Read(Headed(
            (WorkbookColumn.Ordinal, ordinal), (WorkbookColumn.Indicator, indicator), (WorkbookColumn.Unit, unit), (WorkbookColumn.Target, target),
            (WorkbookColumn.Actual, actual), (WorkbookColumn.ReportedPercent, percent), (WorkbookColumn.Verdict, verdict)));
        AssertSeedResult(scored);
        Assert.Empty(scored.Annex.UnplacedColumns);
    }

    [Theory]
    [InlineData("")]
    [InlineData("6=5/4")]
    [InlineData("Cột 6")]
    public void A_percent_column_headed_with_nothing_known_is_found_by_its_figures(string header)
    {
        var scored = Read(Headed((WorkbookColumn.ReportedPercent, header)));
        AssertSeedResult(scored);
        Assert.Empty(scored.Annex.UnplacedColumns);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Kết luận")]
    [InlineData("Cột 7")]
    public void A_verdict_column_headed_with_nothing_known_is_found_by_its_words(string header)
    {
        var scored = Read(Headed((WorkbookColumn.Verdict, header)));
        AssertSeedResult(scored);
        Assert.Empty(scored.Annex.UnplacedColumns);
    }

    [Theory]
    [InlineData(HeaderStyle.TwoRowsMerged)]
    [InlineData(HeaderStyle.SingleRow)]
    [InlineData(HeaderStyle.ThreeRowsSplit)]
    public void Percent_and_verdict_both_unnamed_are_both_found(HeaderStyle style)
    {
        var table = Headed((WorkbookColumn.ReportedPercent, ""), (WorkbookColumn.Verdict, ""));
        var scored = Read(table with { Layout = table.Layout with { HeaderStyle = style } });
        AssertSeedResult(scored);
        Assert.Empty(scored.Annex.UnplacedColumns);
    }

    [Fact]
    public void A_header_wins_over_what_the_content_suggests()
    {
        // The verdict column headed "Tỷ lệ (%)", the real percent column headed with nothing:
        // the header places the percent on the verdict words; the figures' column is listed, not taken.
        var scored = Read(Headed((WorkbookColumn.Verdict, "Tỷ lệ (%)"), (WorkbookColumn.ReportedPercent, "")));

        Assert.Equal(21, scored.Targets.Count);
        Assert.Equal(new StatusCounts(7, 13, 1, 0), scored.Computed);
        Assert.Equal("Vượt", scored.Targets[0].Row.ReportedPercent.Text);
        Assert.All(scored.Targets, t => Assert.Empty(t.Row.ReportedPercent.Parts));
        Assert.All(scored.Targets, t => Assert.Null(t.Row.ReportedStatus)); // the verdict column is taken; no other holds verdicts
        Assert.Empty(Findings(scored));
        var unplaced = Assert.Single(scored.Annex.UnplacedColumns);
        Assert.Equal(new UnplacedColumn("F", "Nhiệm kỳ 2020-2025"), unplaced);
    }

    [Fact]
    public void A_percent_column_headed_ghi_chu_stays_notes_and_is_not_read()
    {
        var scored = Read(Headed((WorkbookColumn.ReportedPercent, "Ghi chú"), (WorkbookColumn.Verdict, "Đánh giá")));

        Assert.Equal(new StatusCounts(7, 13, 1, 0), scored.Computed);
        Assert.Equal((7, 13, 1), (scored.Reported.Exceeded, scored.Reported.Met, scored.Reported.NotMet));
        Assert.All(scored.Targets, t => Assert.True(t.Row.ReportedPercent.IsEmpty));
        Assert.Empty(Findings(scored)); // row 20's "443," is no longer compared
        Assert.Empty(scored.Annex.UnplacedColumns); // notes are known, not unplaced
    }

    [Fact]
    public void An_unknown_column_with_values_inside_the_table_is_listed_and_the_result_unchanged()
    {
        // "Nguồn số liệu" between the achieved value (E) and the percent, under the term's super-header.
        var sheet = InsertColumn(AnnexSheetLayout.ToSheet(ChiengEn, "Biểu 01"), 5, "Nguồn số liệu", ordinal => 2000 + ordinal);
        var scored = Read(sheet);

        AssertSeedResult(scored);
        Assert.Equal([new UnplacedColumn("F", "Nhiệm kỳ 2020-2025 Nguồn số liệu")], scored.Annex.UnplacedColumns);
    }

    [Fact]
    public void Values_right_of_the_table_under_no_header_are_listed()
    {
        var sheet = InsertColumn(AnnexSheetLayout.ToSheet(ChiengEn, "Biểu 01"), 7, "", ordinal => ordinal % 2 == 0 ? "x" : CellSpec.Empty);
        var scored = Read(sheet);

        AssertSeedResult(scored);
        Assert.Equal([new UnplacedColumn("H", "")], scored.Annex.UnplacedColumns);
    }

    [Fact]
    public void An_empty_spacer_column_is_not_listed()
    {
        var sheet = InsertColumn(AnnexSheetLayout.ToSheet(ChiengEn, "Biểu 01"), 2, "", _ => CellSpec.Empty);
        var scored = Read(sheet);

        AssertSeedResult(scored);
        Assert.Empty(scored.Annex.UnplacedColumns);
    }

    [Theory]
    [InlineData("chieng-en-2020-2025.xlsx")]
    [InlineData("pu-bau-2020-2025.xlsx")]
    [InlineData("legacy/pu-bau-2020-2025.xls")]
    [InlineData("bo-sinh-2020-2025.xlsx")]
    [InlineData("bo-sinh-2025-2030-targets.xlsx")]
    public void The_seed_samples_leave_no_column_unplaced(string file)
    {
        using var stream = File.OpenRead(RepositoryLayout.Sample(file));
        var read = AnnexReader.Read(stream);
        Assert.All(read.Annexes, a => Assert.Empty(a.UnplacedColumns));
    }

    [Fact]
    public void Percent_agreement_counts_lower_is_better_rows_by_the_inverse_ratio()
    {
        // Target 10, achieved 5: 50 % if higher is better, 200 % if lower is better; both agree.
        AnnexRow[] rows = [Row(10, 5), Row(10, 5), Row(4, 2), Row(8, 8)];
        (int, SheetCell)[] cells = [(0, Cell(200d)), (1, Cell(50d)), (2, Cell("200%")), (3, Cell(100d))];
        Assert.Equal(1m, ColumnContent.PercentAgreement(rows, cells));
    }

    [Fact]
    public void Content_needs_three_rows_and_sixty_percent_of_them()
    {
        AnnexRow[] rows = [Row(10, 10), Row(10, 10), Row(10, 10), Row(10, 10), Row(10, 10)];
        Assert.Null(ColumnContent.PercentAgreement(rows, [(0, Cell(100d)), (1, Cell(100d))]));
        Assert.Equal(0.6m, ColumnContent.PercentAgreement(rows, [(0, Cell(100d)), (1, Cell(100d)), (2, Cell(100d)), (3, Cell(7d)), (4, Cell(7d))]));
        Assert.True(ColumnContent.IsEnough(0.6m));
        Assert.False(ColumnContent.IsEnough(0.59m));

        Assert.Null(ColumnContent.VerdictShare([(0, Cell("Vượt")), (1, Cell("Đạt"))]));
        Assert.Equal(0.75m, ColumnContent.VerdictShare([(0, Cell("Vượt chỉ tiêu")), (1, Cell("Hoàn thành")), (2, Cell("Chưa đạt")), (3, Cell("số liệu ước"))]));
    }

    private static AnnexRow Row(decimal target, decimal actual) =>
        new(1, "1", null, "Chỉ tiêu", "%", AnnexValue.Number(target, "t"), AnnexValue.Number(actual, "a"), AnnexValue.Empty, string.Empty, null);

    private static SheetCell Cell(object value) => SheetCell.Create(value, null);

    /// <summary>
    /// The sheet with a column inserted at <paramref name="at"/>: its header in the lowest header
    /// row (found by the ordinal header "TT"), a value on each numbered target row, merges widened or shifted.
    /// </summary>
    private static SheetSpec InsertColumn(SheetSpec sheet, int at, string header, Func<int, CellSpec> valueForOrdinal)
    {
        var topHeader = Enumerable.Range(0, sheet.Rows.Count).First(r => sheet.Rows[r].Count > 0 && sheet.Rows[r][0] is TextCell { Value: "TT" });
        var lowestHeader = sheet.Merges.Where(m => m.FirstRow == topHeader && m.FirstColumn == 0).Select(m => m.LastRow).DefaultIfEmpty(topHeader).Max();
        var rows = new List<IReadOnlyList<CellSpec>>();
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var cells = sheet.Rows[r].ToList();
            if (cells.Count >= at)
            {
                var added = r == lowestHeader ? CellSpec.Text(header)
                    : r > lowestHeader && cells.Count > 0 && cells[0] is NumberCell ordinal ? valueForOrdinal((int)ordinal.Value)
                    : CellSpec.Empty;
                cells.Insert(at, added);
            }
            rows.Add(cells);
        }
        var merges = sheet.Merges.Select(m =>
            m.FirstColumn >= at ? m with { FirstColumn = m.FirstColumn + 1, LastColumn = m.LastColumn + 1 }
            : m.LastColumn >= at ? m with { LastColumn = m.LastColumn + 1 }
            : m).ToList();
        return new SheetSpec(sheet.Name, rows, merges);
    }
}
