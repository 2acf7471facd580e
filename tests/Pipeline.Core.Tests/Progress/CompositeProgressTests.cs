using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Periods;
using Pipeline.Core.Progress;
using Pipeline.Core.Scoring;
using Pipeline.Core.Units;
using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Progress;

/// <summary>
/// A year's figures under the term's composite target ("che phủ 34%; trồng 2.500 cây") find their parts by what
/// they say they are, not by where they stand (docs/progress.md, "How a year's row finds the term's"); every figure worked by hand.
/// </summary>
public class CompositeProgressTests
{
    private const string Forest = "Tỷ lệ che phủ rừng đạt 34%; trồng mới 2.500 cây phân tán";
    private static readonly Term Term2025 = Term.Parse("2025-2030");

    private static AnnexRow Row(string indicator, string unit, string target, string baseline = "", string actual = "", string termTarget = "") =>
        new(5, "1", null, indicator, unit, AnnexValueParser.Parse(target), AnnexValueParser.Parse(actual), AnnexValue.Empty, "", null)
        {
            Baseline = AnnexValueParser.Parse(baseline),
            TermTarget = AnnexValueParser.Parse(termTarget),
        };

    /// <summary>Forest cover 32% → 34%, trees planted 0 → 2.500, in one row.</summary>
    private static ScoredAnnex Targets(string indicator = Forest, string target = "che phủ 34%; trồng 2.500 cây", string unit = "%; Cây", string baseline = "32%; 0 cây") =>
        TargetScorer.Score(new Annex("Chỉ tiêu", "Bó Sinh", "2025-2030", AnnexKind.TargetsOnly, 3,
            [Row(indicator, unit, target, baseline: baseline)]), IndicatorCatalogue.Default);

    private static ScoredAnnex Year(int year, params AnnexRow[] rows) =>
        TargetScorer.Score(new Annex("Năm", "Bó Sinh", "2025-2030", AnnexKind.Results, 3, rows) { Period = ReportingPeriod.OfYear(year), HasYearPlan = true },
            IndicatorCatalogue.Default);

    private static (IndicatorProgress Cover, IndicatorProgress Trees) Parts(CommuneProgress progress)
    {
        Assert.Equal(2, progress.Indicators.Count);
        var (cover, trees) = (progress.Indicators[0], progress.Indicators[1]);
        Assert.Equal((1, 34m, 32m), (cover.Part, cover.Target!.Value, cover.Baseline!.Value));
        Assert.Equal((2, 2500m, 0m), (trees.Part, trees.Target!.Value, trees.Baseline!.Value));
        return (cover, trees);
    }

    [Fact]
    public void A_result_written_in_the_other_order_goes_to_its_parts_by_unit_and_percent_sign()
    {
        var progress = TermProgress.Of("Bó Sinh", Term2025, Targets(),
            [Year(2026, Row(Forest, "%; Cây", "33%; 500 cây", actual: "600 cây; 32,5%", termTarget: "34%; 2.500 cây"))]);
        var (cover, trees) = Parts(progress);
        // Cover: 32,5% against the plan 33%: not met; (32,5 − 32) / (34 − 32) = 0.25 ≥ 0.2: on track.
        Assert.Equal((32.5m, 33m, TargetStatus.NotMet, 0.25m, ProgressAssessment.OnTrack),
            (cover.Values[0].Value, cover.Values[0].Plan, cover.Values[0].PlanStatus, cover.Values[0].Share, cover.Values[0].Assessment));
        // Trees: 600 against 500 planned, exceeded; 600 / 2.500 = 0.24: on track.
        Assert.Equal((600m, 500m, TargetStatus.Exceeded, 0.24m, ProgressAssessment.OnTrack),
            (trees.Values[0].Value, trees.Values[0].Plan, trees.Values[0].PlanStatus, trees.Values[0].Share, trees.Values[0].Assessment));
        Assert.All(progress.Indicators, i => Assert.Null(i.Values[0].Note));
    }

    [Fact]
    public void Bare_figures_in_the_other_order_go_by_their_size()
    {
        // No unit, no percent sign: 2.600 is nowhere near 34, and 32,5 nowhere near 2.500.
        var progress = TermProgress.Of("Bó Sinh", Term2025, Targets(),
            [Year(2026, Row(Forest, "", "500 - 33", actual: "600 - 32,5", termTarget: "2.500 - 34"))]);
        var (cover, trees) = Parts(progress);
        Assert.Equal((32.5m, 33m), (cover.Values[0].Value, cover.Values[0].Plan));
        Assert.Equal((600m, 500m), (trees.Values[0].Value, trees.Values[0].Plan));
    }

    [Fact]
    public void Figures_nothing_tells_apart_go_by_position()
    {
        // "70-50" (both percents): 72 and 48 are each close to both targets, nothing says which is which.
        var targets = Targets("Tỷ lệ hộ dùng nước hợp vệ sinh và nước sạch", "70-50", "%", "60-40");
        var progress = TermProgress.Of("Bó Sinh", Term2025, targets,
            [Year(2026, Row("Tỷ lệ hộ dùng nước hợp vệ sinh và nước sạch", "%", "65-45", actual: "62-42", termTarget: "70-50"))]);
        Assert.Equal([62m, 42m], progress.Indicators.Select(i => i.Values[0].Value!.Value));
        // (62 − 60) / 10 = 0.2 and (42 − 40) / 10 = 0.2: on track both.
        Assert.Equal([0.2m, 0.2m], progress.Indicators.Select(i => i.Values[0].Share!.Value));
        Assert.All(progress.Indicators, i => Assert.Null(i.Values[0].Note));
    }

    [Fact]
    public void The_rows_own_copy_of_the_term_target_in_another_order_says_the_order()
    {
        var targets = Targets("Tỷ lệ hộ dùng nước hợp vệ sinh và nước sạch", "70-50", "%", "60-40");
        // The year writes the parts the other way round, its "Chỉ tiêu NQ" too: 50 first, then 70.
        var progress = TermProgress.Of("Bó Sinh", Term2025, targets,
            [Year(2026, Row("Tỷ lệ hộ dùng nước hợp vệ sinh và nước sạch", "%", "45-65", actual: "42-62", termTarget: "50-70"))]);
        Assert.Equal([(62m, 65m), (42m, 45m)], progress.Indicators.Select(i => (i.Values[0].Value!.Value, i.Values[0].Plan!.Value)));
    }

    [Fact]
    public void Figures_the_cues_cannot_settle_are_left_with_a_note_rather_than_guessed()
    {
        const string three = "Tỷ lệ che phủ rừng đạt 34%; trồng mới 2.500 cây phân tán; làm mới 12 km đường nội đồng";
        var targets = Targets(three, "34%; 2.500 cây; 12 km", "", "32%; 0 cây; 0 km");
        // 600 trees is the second part; 30 and 13 fit the first and the third either way round, and sit in the other order.
        var progress = TermProgress.Of("Bó Sinh", Term2025, targets,
            [Year(2026, Row(three, "", "33%; 500 cây; 3 km", actual: "600 cây; 30; 13", termTarget: "34%; 2.500 cây; 12 km"))]);
        var indicators = progress.Indicators;
        Assert.Equal(3, indicators.Count);
        Assert.Equal(600m, indicators[1].Values[0].Value);
        Assert.Null(indicators[1].Values[0].Note);
        foreach (var unsure in new[] { indicators[0], indicators[2] })
        {
            var value = Assert.Single(unsure.Values);
            Assert.Null(value.Value);
            Assert.Null(value.Assessment);
            Assert.Equal(ProgressNoteKind.PartsAmbiguous, value.Note!.Kind);
            Assert.Contains("600 cây; 30; 13", value.Note.Message, StringComparison.Ordinal);
        }
        // The plan, written in the term's order with its units, is still each part's.
        Assert.Equal([33m, 500m, 3m], indicators.Select(i => i.Values[0].Plan!.Value));
        // An unsure part is no count: only the trees (600 / 2.500 = 0.24, on track) stand.
        Assert.Equal(1, progress.LatestCounts().Values.Sum());
    }

    [Fact]
    public void A_single_figure_under_a_composite_target_progresses_its_own_part()
    {
        var progress = TermProgress.Of("Bó Sinh", Term2025, Targets(),
        [
            Year(2026, Row(Forest, "Cây", "500", actual: "600", termTarget: "34%; 2.500 cây")),
            Year(2027, Row(Forest, "", "33%", actual: "32,5%", termTarget: "34%; 2.500 cây")),
        ]);
        var (cover, trees) = Parts(progress);
        // 2026 gave only trees: 600 / 2.500 = 0.24, on track; the cover has no value that year.
        var treeYear = Assert.Single(trees.Values);
        Assert.Equal((2026, 600m, 500m, TargetStatus.Exceeded, 0.24m, ProgressAssessment.OnTrack),
            (treeYear.Period, treeYear.Value, treeYear.Plan, treeYear.PlanStatus, treeYear.Share, treeYear.Assessment));
        // 2027 gave only the cover: (32,5 − 32) / 2 = 0.25, short of 0.4 but not by half: behind.
        var coverYear = Assert.Single(cover.Values);
        Assert.Equal((2027, 32.5m, 0.25m, ProgressAssessment.Behind), (coverYear.Period, coverYear.Value, coverYear.Share, coverYear.Assessment));
    }

    [Fact]
    public void A_single_bare_figure_goes_by_its_size_and_one_that_fits_either_part_is_noted()
    {
        var progress = TermProgress.Of("Bó Sinh", Term2025, Targets(),
        [
            // 33 is near 34 and far from 2.500.
            Year(2026, Row(Forest, "", "", actual: "33")),
            // 300 is about as far from 34 as from 2.500: either.
            Year(2027, Row(Forest, "", "", actual: "300")),
        ]);
        var (cover, trees) = Parts(progress);
        Assert.Equal(33m, cover.Values[0].Value);
        Assert.Equal(2027, trees.Values.Single().Period);
        Assert.All([cover.Values[1], trees.Values[0]], v => Assert.Equal((null, ProgressNoteKind.PartsAmbiguous), (v.Value, v.Note?.Kind)));
    }

    [Fact]
    public void The_note_is_in_the_json_only_where_there_is_one()
    {
        var progress = TermProgress.Of("Bó Sinh", Term2025, Targets(),
            [Year(2026, Row(Forest, "", "", actual: "33")), Year(2027, Row(Forest, "", "", actual: "300"))]);
        using var json = System.Text.Json.JsonDocument.Parse(System.Text.Json.JsonSerializer.Serialize(progress, Pipeline.Core.Reporting.ReportJson.Options));
        var cover = json.RootElement.GetProperty("indicators")[0].GetProperty("values");
        Assert.False(cover[0].TryGetProperty("note", out _));
        var note = cover[1].GetProperty("note");
        Assert.Equal("partsAmbiguous", note.GetProperty("kind").GetString());
        Assert.Contains("\"300\"", note.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("part 1", note.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_figure_that_fits_no_part_is_noted()
    {
        var progress = TermProgress.Of("Bó Sinh", Term2025, Targets(), [Year(2026, Row(Forest, "", "", actual: "14 ha"))]);
        Assert.All(progress.Indicators, i => Assert.Equal((null, ProgressNoteKind.PartsUnmatched), (i.Values.Single().Value, i.Values.Single().Note?.Kind)));
    }

    [Fact]
    public void Separate_rows_of_a_year_join_the_parts_of_the_terms_composite()
    {
        var progress = TermProgress.Of("Bó Sinh", Term2025, Targets(),
        [
            Year(2026,
                Row("Trồng mới cây phân tán", "Cây", "500", actual: "600", termTarget: "2.500"),
                Row("Tỷ lệ che phủ rừng", "%", "33", actual: "32,5", termTarget: "34")),
        ]);
        var (cover, trees) = Parts(progress);
        Assert.Equal((32.5m, 33m, 0.25m), (cover.Values[0].Value, cover.Values[0].Plan, cover.Values[0].Share));
        Assert.Equal((600m, 500m, 0.24m), (trees.Values[0].Value, trees.Values[0].Plan, trees.Values[0].Share));
    }

    [Fact]
    public void Separate_rows_the_catalogue_does_not_know_join_the_parts_by_the_clause_carrying_each_figure()
    {
        const string works = "Kiên cố hóa 12 km kênh mương nội đồng; xây dựng 3 bể chứa nước sinh hoạt tập trung";
        var progress = TermProgress.Of("Bó Sinh", Term2025, Targets(works, "12 km; 3 bể", "km; Bể", "4 km; 1 bể"),
        [
            Year(2026,
                Row("Xây dựng bể chứa nước sinh hoạt tập trung", "Bể", "2", actual: "2", termTarget: "3"),
                Row("Kiên cố hóa kênh mương nội đồng", "km", "6", actual: "5", termTarget: "12")),
        ]);
        Assert.Equal(2, progress.Indicators.Count);
        var (canals, tanks) = (progress.Indicators[0], progress.Indicators[1]);
        // The tanks are no catalogue indicator: only the wording can join them.
        Assert.Null(tanks.IndicatorCode);
        // Canals 4 → 12 km, 5 in 2026: 1 / 8 = 0.125, short of 0.2 by less than half: behind.
        Assert.Equal((5m, 0.125m, ProgressAssessment.Behind), (canals.Values[0].Value, canals.Values[0].Share, canals.Values[0].Assessment));
        // Tanks 1 → 3, 2 in 2026: 1 / 2 = 0.5: on track.
        Assert.Equal((2m, 0.5m, ProgressAssessment.OnTrack), (tanks.Values[0].Value, tanks.Values[0].Share, tanks.Values[0].Assessment));
    }

    [Fact]
    public void A_few_words_found_inside_a_clause_are_not_that_clause()
    {
        // "Cây phân tán" is most of "trồng mới 2.500 cây phân tán"; "phân tán" alone is too little of it to say.
        var progress = TermProgress.Of("Bó Sinh", Term2025, Targets(),
            [Year(2026, Row("Cây phân tán", "Cây", "500", actual: "600", termTarget: "2.500")), Year(2027, Row("Phân tán", "Cây", "500", actual: "700", termTarget: "2.500"))]);
        Assert.Equal(3, progress.Indicators.Count);
        Assert.Equal((2026, 600m), (progress.Indicators[1].Values.Single().Period, progress.Indicators[1].Values.Single().Value!.Value));
        Assert.Equal(("Phân tán", 700m), (progress.Indicators[2].Name, progress.Indicators[2].Values.Single().Value!.Value));
    }

    [Fact]
    public void A_separate_row_whose_wording_fits_no_clause_finds_its_part_by_its_unit()
    {
        // The clauses carry no figure, so the wording finds the row but not the part: the unit does.
        var targets = Targets("Che phủ rừng; trồng cây phân tán", "34%; 2.500 cây");
        var progress = TermProgress.Of("Bó Sinh", Term2025, targets,
            [Year(2026, Row("Trồng cây phân tán", "Cây", "500", actual: "600", termTarget: "2.500"))]);
        var (cover, trees) = Parts(progress);
        Assert.Empty(cover.Values);
        Assert.Equal(600m, trees.Values.Single().Value);
    }
}
