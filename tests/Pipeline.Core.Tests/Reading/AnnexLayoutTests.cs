using System.Text;
using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;
using WorkbookColumn = Pipeline.Workbooks.AnnexColumn;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// The same annex laid out the many ways communes lay it out reads to the same targets and
/// the same verdicts: the reader depends on meaning, never on positions or spellings.
/// </summary>
public class AnnexLayoutTests
{
    private static readonly AnnexTable PuBau = SeedAnnexes.PuBau;

    private static ScoredAnnex ReadSingle(byte[] workbook)
    {
        var result = ScoredWorkbook.From(new MemoryStream(workbook), AnnexReadOptions.Default, IndicatorCatalogue.Default);
        Assert.Null(result.Read.Error);
        return Assert.Single(result.Annexes);
    }

    private static void AssertScoresLikeTheSeed(ScoredAnnex scored)
    {
        Assert.Equal(26, scored.Targets.Count);
        Assert.Equal(new StatusCounts(8, 9, 9, 0), scored.Computed);
        Assert.Equal("Pú Bẩu", scored.Annex.Commune);
        Assert.Equal("2020-2025", scored.Annex.Term);
        var row23 = scored.Targets.Single(t => t.Row.Ordinal == "23");
        Assert.Contains(row23.Findings, f => f.Code == FindingCodes.ReportedStatusMismatch && f.Severity == FindingSeverity.Error);
    }

    public static TheoryData<string> Layouts => new() { "reversed", "nfd-two-rows", "three-rows-numbered-offset", "synonyms", "xls" };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Reads_the_same_annex_in_any_layout(string layout)
    {
        var table = layout switch
        {
            "reversed" => PuBau with { Columns = PuBau.Columns.Reverse().ToArray() },
            "nfd-two-rows" => PuBau with { Layout = PuBau.Layout with { DecomposeText = true, HeaderStyle = HeaderStyle.TwoRowsMerged } },
            "three-rows-numbered-offset" => PuBau with
            {
                Layout = PuBau.Layout with { HeaderStyle = HeaderStyle.ThreeRowsSplit, NumberingRow = true, LeadingColumns = 2, BlankRowsAfterTitle = 3 },
            },
            "synonyms" => PuBau with
            {
                Columns = [WorkbookColumn.Indicator, WorkbookColumn.Ordinal, WorkbookColumn.Target, WorkbookColumn.Unit, WorkbookColumn.Verdict, WorkbookColumn.Actual, WorkbookColumn.ReportedPercent],
                Headers = AnnexHeaders.With(
                    (WorkbookColumn.Ordinal, "STT"), (WorkbookColumn.Indicator, "Nội dung chỉ tiêu"), (WorkbookColumn.Unit, "ĐVT"),
                    (WorkbookColumn.Target, "Kế hoạch"), (WorkbookColumn.Actual, "Thực  hiện"), (WorkbookColumn.ReportedPercent, "Tỷ lệ\n(%)"),
                    (WorkbookColumn.Verdict, "Đánh giá")),
            },
            _ => PuBau,
        };
        var kind = layout == "xls" ? WorkbookKind.Xls : WorkbookKind.Xlsx;
        AssertScoresLikeTheSeed(ReadSingle(AnnexWorkbook.ToBytes(table, kind)));
    }

    [Fact]
    public void Finds_the_annex_after_a_cover_sheet_and_reads_several_annexes_in_one_workbook()
    {
        var workbook = WorkbookWriter.ToBytes(
        [
            SheetSpec.OfLines("Bìa", ["BÁO CÁO TỔNG KẾT", "Đảng bộ xã Bó Sinh", "Năm 2025"]),
            AnnexSheetLayout.ToSheet(SeedAnnexes.ChiengEn, "Biểu 01"),
            AnnexSheetLayout.ToSheet(SeedAnnexes.PuBau, "Biểu 02"),
            AnnexSheetLayout.ToSheet(SeedAnnexes.BoSinh, "Biểu 03"),
        ], WorkbookKind.Xlsx);

        var result = ScoredWorkbook.From(new MemoryStream(workbook), AnnexReadOptions.Default, IndicatorCatalogue.Default);
        Assert.Equal(["Chiềng En", "Pú Bẩu", "Bó Sinh"], result.Annexes.Select(a => a.Annex.Commune));
        Assert.Equal(["Biểu 01", "Biểu 02", "Biểu 03"], result.Annexes.Select(a => a.Annex.Sheet));
        Assert.Equal([7, 8, 6], result.Annexes.Select(a => a.Computed.Exceeded));
    }

    [Fact]
    public void Two_annexes_stacked_on_one_sheet_are_two_annexes()
    {
        var first = AnnexSheetLayout.ToSheet(SeedAnnexes.ChiengEn, "Biểu");
        var second = AnnexSheetLayout.ToSheet(SeedAnnexes.PuBau, "Biểu");
        var offset = first.Rows.Count + 2;
        var stacked = new SheetSpec("Biểu",
            [.. first.Rows, [], [], .. second.Rows],
            [.. first.Merges, .. second.Merges.Select(m => m with { FirstRow = m.FirstRow + offset, LastRow = m.LastRow + offset })]);

        var result = ScoredWorkbook.From(new MemoryStream(WorkbookWriter.ToBytes([stacked], WorkbookKind.Xlsx)), AnnexReadOptions.Default, IndicatorCatalogue.Default);
        Assert.Equal(["Chiềng En", "Pú Bẩu"], result.Annexes.Select(a => a.Annex.Commune));
        Assert.Equal([21, 26], result.Annexes.Select(a => a.Targets.Count));
    }

    [Fact]
    public void Hidden_sheets_are_skipped()
    {
        var workbook = WorkbookWriter.ToBytes(
        [
            AnnexSheetLayout.ToSheet(SeedAnnexes.ChiengEn, "Bản cũ") with { Hidden = true },
            AnnexSheetLayout.ToSheet(SeedAnnexes.PuBau, "Biểu 02"),
        ], WorkbookKind.Xlsx);
        Assert.Equal("Pú Bẩu", ReadSingle(workbook).Annex.Commune);
    }

    [Fact]
    public void A_targets_only_annex_is_valid_and_its_groups_are_read()
    {
        var scored = ReadSingle(AnnexWorkbook.ToBytes(SeedAnnexes.BoSinhTargets2030));
        Assert.Equal(AnnexKind.TargetsOnly, scored.Annex.Kind);
        Assert.Equal([TargetGroup.Economy, TargetGroup.Society, TargetGroup.Environment, TargetGroup.Party],
            scored.Targets.Select(t => t.Row.Group!.Value).Distinct());
    }

    [Fact]
    public void Commune_and_term_given_by_the_caller_win()
    {
        var options = new AnnexReadOptions("Bó Sinh", "2025-2030");
        var read = AnnexReader.Read(new MemoryStream(AnnexWorkbook.ToBytes(PuBau)), options);
        var annex = Assert.Single(read.Annexes);
        Assert.Equal(("Bó Sinh", "2025-2030"), (annex.Commune, annex.Term));
    }

    [Fact]
    public void A_2000_row_annex_reads_every_row()
    {
        var scored = ReadSingle(AnnexWorkbook.ToBytes(LargeAnnex.Create(2000)));
        Assert.Equal(2000, scored.Targets.Count);
        Assert.Equal(2000, scored.Computed.Scored + scored.Computed.Unscored);
    }

    [Fact]
    public void Nfd_text_in_cells_is_read_as_nfc()
    {
        var scored = ReadSingle(AnnexWorkbook.ToBytes(PuBau with { Layout = PuBau.Layout with { DecomposeText = true } }));
        Assert.All(scored.Targets, t => Assert.True(t.Row.Indicator.IsNormalized(NormalizationForm.FormC)));
    }

    [Fact]
    public void Group_rows_numbered_with_letters_open_their_group()
    {
        var table = SeedAnnexes.ChiengEn with
        {
            Rows = SeedAnnexes.ChiengEn.Rows
                .Select(r => r is AnnexGroupRow g ? Pipeline.Workbooks.AnnexRow.Group(g.Ordinal switch { "I" => "A", "II" => "B", "III" => "C", _ => "D" }, g.Text) : r)
                .ToArray(),
        };
        var scored = ReadSingle(AnnexWorkbook.ToBytes(table));
        Assert.Equal(21, scored.Targets.Count);
        Assert.Equal(TargetGroup.Party, scored.Targets[^1].Row.Group);
    }

    [Theory]
    [InlineData(WorkbookKind.Xlsx)]
    [InlineData(WorkbookKind.Xls)]
    public void Figures_below_the_signature_block_are_not_targets(WorkbookKind kind)
    {
        // The seed writes "Nơi nhận:" in the ordinal column and "T/M ĐẢNG ỦY" over the result column;
        // a clerk's working figures below must not join the table.
        var sheet = AnnexSheetLayout.ToSheet(SeedAnnexes.PuBau, "Biểu 02");
        IReadOnlyList<CellSpec> figures = ["", "", "", 12, 15, 125, "Vượt"];
        var file = WorkbookWriter.ToBytes([sheet with { Rows = [.. sheet.Rows, [], figures, figures] }], kind);
        SeedReading.AssertReadsAs("pu-bau-2020-2025.xlsx", file);
    }
}
