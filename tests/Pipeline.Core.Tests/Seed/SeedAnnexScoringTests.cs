using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Seed;

/// <summary>
/// The three annexes of the seed report, read from the committed sample workbooks, score to
/// the counts and findings worked out by hand from the rules in docs/reading-and-scoring.md.
/// </summary>
public class SeedAnnexScoringTests
{
    private static ScoredAnnex ScoreSample(string relativePath)
    {
        using var stream = File.OpenRead(RepositoryLayout.Sample(relativePath));
        var workbook = ScoredWorkbook.From(stream, AnnexReadOptions.Default, IndicatorCatalogue.Default);
        Assert.Null(workbook.Read.Error);
        return Assert.Single(workbook.Annexes);
    }

    [Theory]
    [InlineData("chieng-en-2020-2025.xlsx", "Chiềng En", 21, 7, 13, 1)]
    [InlineData("pu-bau-2020-2025.xlsx", "Pú Bẩu", 26, 8, 9, 9)]
    [InlineData("legacy/pu-bau-2020-2025.xls", "Pú Bẩu", 26, 8, 9, 9)]
    [InlineData("bo-sinh-2020-2025.xlsx", "Bó Sinh", 18, 6, 8, 4)]
    public void Computed_counts_match_the_hand_calculation(string file, string commune, int targets, int exceeded, int met, int notMet)
    {
        var scored = ScoreSample(file);
        Assert.Equal(commune, scored.Annex.Commune);
        Assert.Equal("2020-2025", scored.Annex.Term);
        Assert.Equal(AnnexKind.Results, scored.Annex.Kind);
        Assert.Equal(targets, scored.Targets.Count);
        Assert.Equal(new StatusCounts(exceeded, met, notMet, 0), scored.Computed);
        Assert.Equal(Enumerable.Range(1, targets).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            scored.Targets.Select(t => t.Row.Ordinal.TrimStart('0')));
    }

    [Theory]
    [InlineData("chieng-en-2020-2025.xlsx", 7, 13, 1)]
    [InlineData("pu-bau-2020-2025.xlsx", 7, 11, 8)]
    [InlineData("bo-sinh-2020-2025.xlsx", 7, 8, 3)]
    public void Reported_counts_are_what_the_commune_wrote(string file, int exceeded, int met, int notMet)
    {
        var reported = ScoreSample(file).Reported;
        Assert.Equal((exceeded, met, notMet), (reported.Exceeded, reported.Met, reported.NotMet));
    }

    public static TheoryData<string, string[]> ExpectedFindings => new()
    {
        { "chieng-en-2020-2025.xlsx", ["20:reported-percent-mismatch"] },
        {
            "pu-bau-2020-2025.xlsx",
            [
                "2:reported-percent-mismatch", "4:reported-status-mismatch:warning", "16:reported-percent-mismatch",
                "19:reported-percent-mismatch", "23:reported-percent-mismatch", "23:reported-status-mismatch:error",
            ]
        },
        { "bo-sinh-2020-2025.xlsx", ["7:reported-percent-mismatch", "7:reported-status-mismatch:error"] },
    };

    [Theory]
    [MemberData(nameof(ExpectedFindings))]
    public void Findings_fall_on_exactly_the_rows_the_commune_got_wrong(string file, string[] expected)
    {
        var found = ScoreSample(file).Targets
            .SelectMany(t => t.Findings.Select(f => f.Code == FindingCodes.ReportedStatusMismatch
                ? $"{t.Row.Ordinal}:{f.Code}:{f.Severity.ToString().ToLowerInvariant()}"
                : $"{t.Row.Ordinal}:{f.Code}"))
            .ToArray();
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Bo_Sinh_row_7_is_scored_lower_is_better_for_malnutrition()
    {
        var row7 = ScoreSample("bo-sinh-2020-2025.xlsx").Targets.Single(t => t.Row.Ordinal == "7");
        Assert.Equal(Direction.Lower, row7.Direction);
        Assert.Equal(TargetStatus.NotMet, row7.Status);
        Assert.Equal(72.73m, Math.Round(row7.Ratio!.Value, 2));
        Assert.Equal(TargetStatus.Exceeded, row7.Row.ReportedStatus);
    }

    [Fact]
    public void Groups_come_from_group_rows_and_are_null_without_them()
    {
        var chiengEn = ScoreSample("chieng-en-2020-2025.xlsx").Targets;
        Assert.Equal(TargetGroup.Economy, chiengEn.Single(t => t.Row.Ordinal == "1").Row.Group);
        Assert.Equal(TargetGroup.Society, chiengEn.Single(t => t.Row.Ordinal == "7").Row.Group);
        Assert.Equal(TargetGroup.Environment, chiengEn.Single(t => t.Row.Ordinal == "17").Row.Group);
        Assert.Equal(TargetGroup.Party, chiengEn.Single(t => t.Row.Ordinal == "21").Row.Group);
        Assert.All(ScoreSample("pu-bau-2020-2025.xlsx").Targets, t => Assert.Null(t.Row.Group));
    }

    [Fact]
    public void Values_are_read_as_the_commune_meant_them()
    {
        var puBau = ScoreSample("pu-bau-2020-2025.xlsx").Targets;
        var vaccination = puBau.Single(t => t.Row.Ordinal.TrimStart('0') == "6");
        Assert.Equal([100m], vaccination.Row.Target.Parts);        // "100%" typed as text
        Assert.Equal([87.33m], vaccination.Row.Actual.Parts);      // 0.8733 in a percent-formatted cell

        var boSinh = ScoreSample("bo-sinh-2020-2025.xlsx").Targets;
        Assert.Equal([35m, 100m], boSinh.Single(t => t.Row.Ordinal == "17").Row.Target.Parts);
        Assert.Equal([80m, 20m, 20m], boSinh.Single(t => t.Row.Ordinal == "18").Row.Actual.Parts);
        Assert.Equal([114m], boSinh.Single(t => t.Row.Ordinal == "1").Row.ReportedPercent.Parts); // cached formula result

        var chiengEn = ScoreSample("chieng-en-2020-2025.xlsx").Targets;
        Assert.Equal([443m], chiengEn.Single(t => t.Row.Ordinal == "20").Row.ReportedPercent.Parts);
    }

    [Fact]
    public void The_new_communes_targets_are_a_targets_only_annex()
    {
        var scored = ScoreSample("bo-sinh-2025-2030-targets.xlsx");
        Assert.Equal(AnnexKind.TargetsOnly, scored.Annex.Kind);
        Assert.Equal("Bó Sinh", scored.Annex.Commune);
        Assert.Equal("2025-2030", scored.Annex.Term);
        Assert.True(scored.Targets.Count >= 25);
        Assert.All(scored.Targets, t => Assert.Null(t.Status));
        Assert.All(scored.Targets, t => Assert.True(t.Row.Target.IsReadable, t.Row.Indicator));
        var budget = scored.Targets.Single(t => t.IndicatorCode == "budget-revenue");
        Assert.Equal([515m], budget.Row.Target.Parts);
        Assert.Equal(TargetGroup.Economy, budget.Row.Group);
    }

    [Theory]
    [InlineData("chieng-en-2020-2025.xlsx")]
    [InlineData("pu-bau-2020-2025.xlsx")]
    [InlineData("bo-sinh-2020-2025.xlsx")]
    [InlineData("bo-sinh-2025-2030-targets.xlsx")]
    public void Every_seed_indicator_is_in_the_catalogue(string file) =>
        Assert.All(ScoreSample(file).Targets, t => Assert.True(t.IndicatorCode is not null, $"row {t.Row.Ordinal}: {t.Row.Indicator}"));

    [Fact]
    public void Indicators_that_share_words_but_not_meaning_stay_apart()
    {
        var puBau = ScoreSample("pu-bau-2020-2025.xlsx").Targets;
        var chiengEn = ScoreSample("chieng-en-2020-2025.xlsx").Targets;
        Assert.Equal("orchard-area", chiengEn.Single(t => t.Row.Ordinal == "2").IndicatorCode);
        Assert.Equal("orchard-new-planting", puBau.Single(t => t.Row.Ordinal == "4").IndicatorCode);
        Assert.Equal("poverty-reduction", puBau.Single(t => t.Row.Ordinal == "8").IndicatorCode);
        Assert.Equal("party-members-good", puBau.Single(t => t.Row.Ordinal == "22").IndicatorCode);
        Assert.Equal("party-members-excellent", puBau.Single(t => t.Row.Ordinal == "23").IndicatorCode);
    }
}
