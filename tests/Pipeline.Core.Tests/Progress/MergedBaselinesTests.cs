using Pipeline.Core.Annexes;
using Pipeline.Core.Consolidation;
using Pipeline.Core.Progress;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;

namespace Pipeline.Core.Tests.Progress;

public class MergedBaselinesTests
{
    private static readonly CountsReport NoCounts = CommuneSummary.Combine(Array.Empty<CountsReport>());

    private static NewTermTarget Target(string code, Baseline? baseline) =>
        new(1, "1", code, code, "", 10, "10", baseline, false, null);

    private static SharedIndicator Shared(string code, bool additive, ConsolidatedValue? consolidated) =>
        new(code, code, "", additive, Direction.Higher, [], [], consolidated, null, null);

    private static MergedCommuneSummary Merged(IReadOnlyList<NewTermTarget> targets, IReadOnlyList<SharedIndicator> indicators) =>
        new(MergedSummaryKind.Merged, "son-la/bo-sinh", "Bó Sinh", "2020-2025", "2025-2030", "2025-07-01", "Nghị quyết", [],
            new MergedTotals(2, 2, 0, NoCounts), indicators, new NewTermTargetsReport("u", false, targets), DateTimeOffset.UnixEpoch);

    [Fact]
    public void Whole_sums_of_additive_indicators_are_baselines_and_ranges_partial_sums_and_rates_are_not()
    {
        var merged = Merged(
            [
                Target("budget-revenue", new Baseline(BaselineKind.Sum, 420, null, null, false, ["a", "b"])),
                Target("clean-water", new Baseline(BaselineKind.Range, null, 50, 60, false, ["a", "b"])), // a rate: no sum
                Target("large-livestock", new Baseline(BaselineKind.Sum, 9000, null, null, true, ["a"], ["b"])), // a predecessor missing
                Target("new-cooperatives", null),
            ],
            [
                Shared("orchard-area", additive: true, new ConsolidatedValue(2262, 2062, null, TargetStatus.NotMet, false)),
                Shared("budget-revenue", additive: true, new ConsolidatedValue(500, 999, null, TargetStatus.Met, false)), // the new-term baseline first
                Shared("trained-labour", additive: false, null),
            ]);

        var baselines = MergedBaselines.Additive(merged);

        Assert.Equal(new Dictionary<string, decimal> { ["budget-revenue"] = 420, ["orchard-area"] = 2062 }, baselines);
    }
}
