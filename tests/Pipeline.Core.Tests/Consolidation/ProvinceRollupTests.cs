using Pipeline.Core.Consolidation;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;

namespace Pipeline.Core.Tests.Consolidation;

public class ProvinceRollupTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 0, 0, 0, TimeSpan.Zero);

    private static CommuneSummary Summary(PredecessorAnnexes predecessor) =>
        CommuneSummary.From(predecessor.Commune, predecessor.Name, "2020-2025", predecessor.Source!.Label, predecessor.Annexes, Now);

    [Fact]
    public void Completeness_counts_the_communes_that_owed_an_annex_and_names_the_missing_one()
    {
        var rollup = ProvinceRollup.Build(SeedMerger.Registry, SeedMerger.Registry.Province("son-la")!, "2020-2025",
            [Summary(SeedMerger.ChiengEn), Summary(SeedMerger.OldBoSinh)], Now);

        Assert.Equal((3, 2, 1, 66.67m), (rollup.Completeness.Expected, rollup.Completeness.Uploaded, rollup.Completeness.Missing, rollup.Completeness.Rate));
        Assert.Equal(new CommuneName("son-la/pu-bau", "Pú Bẩu"), Assert.Single(rollup.Completeness.MissingCommunes));
        // The new Bó Sinh did not exist for 2020-2025: not listed, not counted as missing.
        Assert.DoesNotContain(rollup.Communes, c => c.Commune == "son-la/bo-sinh");
        var puBau = Assert.Single(rollup.Communes, c => c.Commune == "son-la/pu-bau");
        Assert.Equal((ProvinceCommuneStatus.Missing, (CountsReport?)null, "son-la/bo-sinh"), (puBau.Status, puBau.Counts, puBau.MergedInto));
        Assert.Equal(39, rollup.Totals.Targets);
        Assert.Equal((13, 21, 5), (rollup.Totals.Counts.Computed.Exceeded, rollup.Totals.Counts.Computed.Met, rollup.Totals.Counts.Computed.NotMet));
        Assert.Equal("son-la/bo-sinh", Assert.Single(rollup.Mergers).Commune);
    }

    [Fact]
    public void Only_error_level_findings_are_listed_per_commune()
    {
        var rollup = ProvinceRollup.Build(SeedMerger.Registry, SeedMerger.Registry.Province("son-la")!, "2020-2025",
            [Summary(SeedMerger.ChiengEn), Summary(SeedMerger.PuBau), Summary(SeedMerger.OldBoSinh)], Now);
        Assert.Equal(100m, rollup.Completeness.Rate);
        var puBau = Assert.Single(rollup.Communes, c => c.Commune == "son-la/pu-bau");
        Assert.NotEmpty(puBau.Errors);
        Assert.All(rollup.Communes.SelectMany(c => c.Errors), f => Assert.Equal(FindingSeverity.Error, f.Severity));
        Assert.Contains(puBau.Errors, f => f.Row > 0 && f.Ordinal == "23");
        Assert.Equal(65, rollup.Totals.Targets);
    }

    [Fact]
    public void In_the_new_term_only_the_new_commune_owes_an_annex()
    {
        var rollup = ProvinceRollup.Build(SeedMerger.Registry, SeedMerger.Registry.Province("son-la")!, "2025-2030", [], Now);
        Assert.Equal(new CommuneName("son-la/bo-sinh", "Bó Sinh"), Assert.Single(rollup.Completeness.MissingCommunes));
        Assert.Equal((1, 0, 0m), (rollup.Completeness.Expected, rollup.Completeness.Uploaded, rollup.Completeness.Rate));
    }
}
