using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Narrative;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// The sample report with its annex tables laid out as other clerks and tools leave them (<see cref="WordTableQuirks"/>):
/// each must read as the plain sample does — the same three annexes, each under its commune, row for row, and the
/// same disagreements between its text and its tables.
/// </summary>
public class WordTableLayoutTests
{
    private static ScoredWorkbook Score(byte[] file) =>
        ScoredWorkbook.From(new MemoryStream(file, writable: false), AnnexReadOptions.Default, IndicatorCatalogue.Default);

    private static readonly Lazy<ScoredWorkbook> Plain = new(() => Score(SampleReports.BoSinh2025.ToBytes()));

    /// <summary>The report reads as the plain sample: its annexes row by row, its narrative, its findings by code and commune.</summary>
    private static ScoredWorkbook AssertReadsAsTheSample(byte[] file)
    {
        var plain = Plain.Value;
        var read = Score(file);
        Assert.Null(read.Read.Error);
        Assert.Equal(["Chiềng En", "Pú Bẩu", "Bó Sinh"], read.Annexes.Select(a => a.Annex.Commune));
        for (var i = 0; i < plain.Annexes.Count; i++) SeedReading.AssertSameAs(plain.Annexes[i], read.Annexes[i]);
        Assert.Equal(Findings(plain), Findings(read));
        return read;
    }

    private static string[] Findings(ScoredWorkbook workbook) =>
        NarrativeReports.For(workbook.Read.Narrative, workbook.Annexes, IndicatorCatalogue.Default).Findings
            .Select(f => $"{f.Commune}: {f.Code}").Order(StringComparer.Ordinal).ToArray();

    [Theory]
    [InlineData(WordTableQuirks.SplitHeader.None)]
    [InlineData(WordTableQuirks.SplitHeader.Repeated)]
    [InlineData(WordTableQuirks.SplitHeader.NumberingRow)]
    public void A_table_split_across_a_page_is_one_annex(WordTableQuirks.SplitHeader header)
    {
        var read = AssertReadsAsTheSample(WordTableQuirks.SplitAcrossPages(header));
        // Rows of the second part are numbered on from the first part's.
        var rows = read.Annexes[0].Targets.Select(t => t.Row.SourceRow).ToArray();
        Assert.Equal(rows.Order(), rows);
        Assert.Equal(rows.Length, rows.Distinct().Count());
    }

    [Fact]
    public void The_header_typed_again_inside_the_table_is_no_target() =>
        AssertReadsAsTheSample(WordTableQuirks.HeaderRetypedInsideTable());

    [Fact]
    public void A_header_split_from_its_rows_is_one_annex_with_them() =>
        AssertReadsAsTheSample(WordTableQuirks.SplitAcrossPages(rowsBefore: 0));

    [Fact]
    public void Untitled_annexes_one_after_another_stay_apart()
    {
        // Each restarts its numbering under its own header: three annexes, not one continued.
        var read = Score(BadReports.UntitledAnnexes());
        Assert.Equal([21, 26, 18], read.Annexes.Select(a => a.Targets.Count));
    }

    [Fact]
    public void An_annex_framed_in_a_layout_table_is_read_as_its_own_table() =>
        AssertReadsAsTheSample(WordTableQuirks.FramedInLayoutTables());

    [Fact]
    public void An_annex_given_twice_as_alternate_content_is_read_once() =>
        AssertReadsAsTheSample(WordTableQuirks.TablesInAlternateContent());

    [Fact]
    public void Tables_nested_past_the_limit_are_refused_as_too_large()
    {
        var limits = AnnexReadLimits.Default with { MaxTableNesting = 1 };
        var read = AnnexReader.Read(new MemoryStream(WordTableQuirks.FramedInLayoutTables()), AnnexReadOptions.Default with { Limits = limits });
        Assert.Equal(ReadErrorCode.TooLarge, read.Error?.Code);
        Assert.Contains("nested", read.Error!.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_leading_field_column_merged_over_each_group_leaves_the_header_and_its_groups_apart() =>
        AssertReadsAsTheSample(WordTableQuirks.FieldColumn());

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Moved_away_deleted_and_hidden_text_of_a_table_is_not_read(bool tracked)
    {
        var read = AssertReadsAsTheSample(tracked ? WordTableQuirks.TrackedChanges() : WordTableQuirks.HiddenText());
        Assert.Equal("27,5", read.Annexes[0].Targets[0].Row.Actual.Text);
        Assert.DoesNotContain(read.Annexes[0].Targets, t => t.Row.Actual.Text.Contains(WordTableQuirks.MovedAwayText, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, "BIỂU SỐ")]
    [InlineData(true, "BIỂU SỐ")]
    [InlineData(false, "BIỂU")]
    [InlineData(false, "PHỤ BIỂU")]
    [InlineData(true, "Phụ lục")]
    public void The_commune_named_only_in_the_annex_pages_national_header_is_the_annexs(bool asLayoutTable, string label) =>
        AssertReadsAsTheSample(WordTableQuirks.CommuneOnlyInPageHeader(asLayoutTable, label));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Titles_in_text_boxes_name_the_annex_and_are_read_once(bool vmlOnly)
    {
        var read = AssertReadsAsTheSample(WordTableQuirks.TitlesInTextBoxes(vmlOnly));
        // The DrawingML box and its VML fallback hold the same lines: one copy is read.
        Assert.Single(read.Read.Narrative, p => p == "BIỂU SỐ 01");
    }

    [Fact]
    public void Thousands_grouped_by_spaces_in_a_cell_are_one_number()
    {
        var annex = Score(WordTableQuirks.ThousandsGroupedBySpaces()).Annexes[0];
        var budget = annex.Targets.Single(t => t.Row.Indicator.StartsWith("Thu ngân sách", StringComparison.Ordinal));
        Assert.Equal([1750m], budget.Row.Target.Parts);
        Assert.Equal([2370m], budget.Row.Actual.Parts);
        Assert.Equal(TargetStatus.Exceeded, budget.Status);
        Assert.Empty(budget.Findings);
        Assert.Equal(Plain.Value.Annexes[0].Computed, annex.Computed);
    }

    [Fact]
    public void A_sign_inserted_from_the_symbol_font_is_read()
    {
        var annex = Score(WordTableQuirks.SymbolInTarget()).Annexes[0];
        var admissions = annex.Targets.Single(t => t.Row.Indicator.StartsWith("Kết nạp mới 50", StringComparison.Ordinal));
        Assert.Equal("≥ 50", admissions.Row.Target.Text);
        Assert.Equal([50m], admissions.Row.Target.Parts);
        Assert.Equal(Pipeline.Core.Values.Bound.Floor, admissions.Row.Target.Bound);
    }
}
