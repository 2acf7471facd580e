using Pipeline.Core.Consolidation;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Core.Tests.Consolidation;

namespace Pipeline.Core.Tests.Reporting;

/// <summary>Summaries list the first findings and count them all (SummaryLimits): what keeps them inside one table entity.</summary>
public class SummaryLimitsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 0, 0, 0, TimeSpan.Zero);

    private static SummaryFinding Finding(int row, FindingSeverity severity) =>
        new(row.ToString(System.Globalization.CultureInfo.InvariantCulture), row, $"Chỉ tiêu {row}", "percent-mismatch", severity, "…");

    [Fact]
    public void The_most_severe_findings_are_kept_in_row_order()
    {
        // Rows 1..9: warnings on odd rows, errors on rows 2, 4, 6, a note on 8.
        var findings = Enumerable.Range(1, 9).Select(row => Finding(row, row % 2 == 1 ? FindingSeverity.Warning : row == 8 ? FindingSeverity.Info : FindingSeverity.Error)).ToArray();
        var kept = CommuneSummary.FirstBySeverity(findings, 5);
        Assert.Equal([1, 2, 3, 4, 6], kept.Select(f => f.Row));
        Assert.Same(findings, CommuneSummary.FirstBySeverity(findings, 9));
    }

    [Fact]
    public void A_summary_of_many_flagged_rows_lists_the_limit_and_counts_every_finding()
    {
        var seed = CommuneSummary.From(SeedMerger.PuBau.Commune, SeedMerger.PuBau.Name, "2020-2025", SeedMerger.PuBau.Source!.Label, SeedMerger.PuBau.Annexes, Now);
        // Every finding of the seed annex, its targets repeated 60 times over: as an annex of 1,500 rows would give.
        var many = Enumerable.Range(0, 60).SelectMany(_ => SeedMerger.PuBau.Annexes).ToArray();
        var summary = CommuneSummary.From(seed.Commune, seed.CommuneName, seed.Term, seed.UploadId, many, Now);

        Assert.Equal(SummaryLimits.FindingsListed, summary.Findings.Count);
        var once = seed.Tally();
        Assert.Equal(new FindingTally(once.Error * 60, once.Warning * 60, once.Info * 60), summary.FindingTotals);
        Assert.True(once.Error * 60 < SummaryLimits.FindingsListed, "the seed's errors, 60 times over, fit in the list: the test needs warnings beyond them");
        Assert.Equal(once.Error * 60, summary.Findings.Count(f => f.Severity == FindingSeverity.Error));
        // A summary whose list is whole says the same numbers whether or not it carries its totals (one stored before them).
        Assert.Equal(seed.Tally(), (seed with { FindingTotals = null }).Tally());
    }

    [Fact]
    public void The_province_line_lists_a_few_errors_and_counts_them_all()
    {
        var summary = CommuneSummary.From(SeedMerger.PuBau.Commune, SeedMerger.PuBau.Name, "2020-2025", SeedMerger.PuBau.Source!.Label,
            Enumerable.Range(0, 60).SelectMany(_ => SeedMerger.PuBau.Annexes).ToArray(), Now);
        var rollup = ProvinceRollup.Build(SeedMerger.Registry, SeedMerger.Registry.Province("son-la")!, "2020-2025", [summary], Now);
        var line = Assert.Single(rollup.Communes, c => c.Commune == "son-la/pu-bau");
        Assert.Equal(SummaryLimits.ErrorsPerProvinceLine, line.Errors.Count);
        Assert.Equal(summary.FindingTotals!.Error, line.ErrorCount);
        Assert.True(line.ErrorCount > SummaryLimits.ErrorsPerProvinceLine);
    }

    [Fact]
    public void An_uploads_warnings_are_said_once_each_and_at_most_the_limit_then_a_count()
    {
        var repeated = new PeriodDecision(null, null, Enumerable.Repeat("Biểu ghi năm 2027.", 3).ToArray(), false);
        Assert.Equal(["Biểu ghi năm 2027."], UploadWarnings.Of([], "Pú Bẩu", "2020-2025", repeated));

        var many = new PeriodDecision(null, null, Enumerable.Range(1, 60).Select(i => $"Biểu {i} ghi năm khác.").ToArray(), false);
        var warnings = UploadWarnings.Of([], "Pú Bẩu", "2020-2025", many);
        Assert.Equal(SummaryLimits.UploadWarningsListed + 1, warnings.Count);
        Assert.Equal("Biểu 1 ghi năm khác.", warnings[0]);
        Assert.Equal($"Còn {60 - SummaryLimits.UploadWarningsListed} cảnh báo khác như trên, không liệt kê hết.", warnings[^1]);
    }
}
