using Pipeline.Core.Annexes;
using Pipeline.Core.Consolidation;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Tests.Consolidation;

/// <summary>
/// Composite rows consolidate by part, units written differently add up, and a sum that lacks a
/// predecessor's figure is partial and names it (docs/consolidation.md), on the seed merger.
/// </summary>
public class CompositePartsConsolidationTests
{
    private static readonly MergedCommuneSummary Seed =
        SeedMerger.Consolidate([SeedMerger.ChiengEn, SeedMerger.PuBau, SeedMerger.OldBoSinh], SeedMerger.Targets2030);

    private static SharedIndicator Shared(MergedCommuneSummary summary, string code) => Assert.Single(summary.Indicators, i => i.Code == code);

    /// <summary>A predecessor with one row of its annex changed.</summary>
    private static PredecessorAnnexes WithRow(PredecessorAnnexes predecessor, string ordinal, Func<TargetReport, TargetReport> change) =>
        predecessor with
        {
            Annexes = predecessor.Annexes.Select(a => a with { Targets = a.Targets.Select(t => t.Ordinal == ordinal ? change(t) : t).ToArray() }).ToArray(),
        };

    [Fact]
    public void New_party_members_sum_133_54_and_the_old_Bo_Sinh_109_from_its_composite_row()
    {
        var members = Shared(Seed, "new-party-members");
        Assert.Equal([133m, 54m, 109m], members.Values.Select(v => v.Actual));
        Assert.Equal([null, null, 1], members.Values.Select(v => v.Part));
        Assert.Equal((115m, 296m, false), (members.Consolidated!.Target, members.Consolidated.Actual, members.Consolidated.Partial)); // 50 + 30 + 35
        Assert.Null(members.Consolidated.Lacks);
        Assert.Null(members.Note);
        var baseline = Assert.Single(Seed.NewTermTargets.Targets, t => t.Code == "new-party-members").Baseline!;
        Assert.Equal((296m, false), (baseline.Value!.Value, baseline.Partial)); // was 187: the old Bó Sinh's 109 left out
    }

    [Fact]
    public void The_composite_row_second_part_joins_trained_party_cell_secretaries()
    {
        var trained = Shared(Seed, "grassroots-leaders-trained");
        Assert.Equal(["son-la/chieng-en", "son-la/pu-bau", "son-la/bo-sinh-cu"], trained.Values.Select(v => v.Commune));
        var part = trained.Values[2];
        Assert.Equal(("17", 2, 100m, 100m, "%"), (part.Ordinal, part.Part!.Value, part.Target!.Value, part.Actual!.Value, part.Unit));
        Assert.Empty(trained.MissingFrom);
    }

    [Fact]
    public void New_cooperatives_sum_though_one_commune_writes_HTX_and_another_Hop_tac_xa()
    {
        var cooperatives = Shared(Seed, "new-cooperatives");
        Assert.Equal(["Hợp tác xã", "HTX"], cooperatives.Values.Select(v => v.Unit));
        Assert.Equal((3m, 1m, TargetStatus.NotMet, false), (cooperatives.Consolidated!.Target, cooperatives.Consolidated.Actual, cooperatives.Consolidated.Status, cooperatives.Consolidated.Partial)); // 2 + 1 planned, 0 + 1 founded
        Assert.Null(cooperatives.Note);
    }

    [Fact]
    public void Every_additive_indicator_two_predecessors_carry_with_figures_is_summed()
    {
        Assert.All(Seed.Indicators.Where(i => i.Additive), i => Assert.NotNull(i.Consolidated));
    }

    [Fact]
    public void A_sum_lacking_a_predecessor_row_figure_is_partial_and_names_it()
    {
        var words = WithRow(SeedMerger.OldBoSinh, "1", t => t with { Actual = [], ActualText = "Đạt kế hoạch" });
        var summary = SeedMerger.Consolidate([SeedMerger.ChiengEn, SeedMerger.PuBau, words], SeedMerger.Targets2030);
        var budget = Shared(summary, "budget-revenue");
        Assert.Equal((255m, 317m, true), (budget.Consolidated!.Target, budget.Consolidated.Actual, budget.Consolidated.Partial)); // 175 + 80, 237 + 80
        Assert.Equal(["Bó Sinh (cũ)"], budget.Consolidated.Lacks!);
        Assert.Contains("Bó Sinh (cũ)", budget.Note!, StringComparison.Ordinal);
        var baseline = Assert.Single(summary.NewTermTargets.Targets, t => t.Code == "budget-revenue").Baseline!;
        Assert.Equal((317m, true), (baseline.Value!.Value, baseline.Partial));
        Assert.Equal(["Bó Sinh (cũ)"], baseline.Lacks!);
    }

    [Fact]
    public void A_missing_annex_and_an_unusable_row_are_both_named()
    {
        var words = WithRow(SeedMerger.OldBoSinh, "1", t => t with { Target = [], TargetText = "Tăng so với năm trước" });
        var summary = SeedMerger.Consolidate([SeedMerger.ChiengEn, PredecessorAnnexes.MissingFor("son-la/pu-bau", "Pú Bẩu"), words]);
        var budget = Shared(summary, "budget-revenue");
        Assert.Equal((175m, 237m), (budget.Consolidated!.Target, budget.Consolidated.Actual));
        Assert.Equal(["Pú Bẩu", "Bó Sinh (cũ)"], budget.Consolidated.Lacks!);
    }

    [Fact]
    public void A_non_seed_composite_row_is_split_by_part_even_from_a_report_stored_before_part_codes()
    {
        // Chiềng En's orchard row rewritten as a composite of total and newly planted area; stored without partCodes.
        var composite = WithRow(SeedMerger.ChiengEn, "2", t => t with
        {
            Indicator = "Diện tích cây ăn quả đạt 562 ha; trồng mới cây ăn quả 40 ha",
            Unit = "ha",
            Target = [562m, 40m], TargetText = "562-40",
            Actual = [562m, 45m], ActualText = "562-45",
            PartCodes = null,
        });
        Assert.Contains(composite.Annexes[0].Targets, t => t.Ordinal == "2" && t.IndicatorCode == "orchard-area");
        var summary = SeedMerger.Consolidate([composite, SeedMerger.PuBau, SeedMerger.OldBoSinh]);
        var orchard = Shared(summary, "orchard-area");
        Assert.Equal((857.2m, 999m), (orchard.Consolidated!.Target, orchard.Consolidated.Actual)); // 562 + 295.2, 562 + 437 as before
        var planting = Shared(summary, "orchard-new-planting"); // now carried by two predecessors: 40 → 45 and Pú Bẩu's 50 → 62.12
        Assert.Equal((90m, 107.12m, false), (planting.Consolidated!.Target, planting.Consolidated.Actual, planting.Consolidated.Partial));
    }

    [Fact]
    public void A_part_that_cannot_be_attributed_is_said_in_a_note_not_guessed()
    {
        var cultured = Shared(Seed, "cultured-families");
        Assert.Equal([65.7m, 43.1m, 46m], cultured.Values.Select(v => v.Actual)); // Bó Sinh's "70-50": only 70 → 46 is the families' rate
        Assert.Contains("chưa rõ số 50 (kết quả 20) thuộc chỉ tiêu nào", cultured.Note!, StringComparison.Ordinal);
        var cells = Shared(Seed, "party-cells-good");
        Assert.Null(cells.Values.Single(v => v.Commune == "son-la/bo-sinh-cu").Target);
        Assert.Contains("80-20-20", cells.Note!, StringComparison.Ordinal);
    }

    [Fact]
    public void Of_two_rows_with_one_meaning_the_one_with_figures_speaks_when_the_first_has_none()
    {
        // Bó Sinh (cũ) row 1 in words, and a later row with the same meaning and figures.
        var twice = WithRow(SeedMerger.OldBoSinh, "1", t => t with { Actual = [], ActualText = "Đạt kế hoạch" });
        var first = twice.Annexes[0].Targets.Single(t => t.Ordinal == "1");
        twice = twice with { Annexes = [twice.Annexes[0] with { Targets = [.. twice.Annexes[0].Targets, first with { Row = 99, Ordinal = "1b", Actual = [228m], ActualText = "228" }] }] };
        var budget = Shared(SeedMerger.Consolidate([SeedMerger.ChiengEn, SeedMerger.PuBau, twice]), "budget-revenue");
        Assert.Equal((455m, 545m, false), (budget.Consolidated!.Target, budget.Consolidated.Actual, budget.Consolidated.Partial));
        Assert.Equal("1b", budget.Values[2].Ordinal);
    }
}
