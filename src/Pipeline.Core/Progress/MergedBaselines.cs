using Pipeline.Core.Consolidation;

namespace Pipeline.Core.Progress;

/// <summary>
/// The baselines a commune formed by a merger starts its first term from when its own annexes give none
/// (docs/progress.md): its predecessors' consolidated result of each ADDITIVE indicator, by catalogue code — the sum
/// beside its new-term target, else the consolidated sum of an indicator they share. A partial sum (a predecessor
/// missing) is never a whole, and a non-additive indicator (a rate) has no sum: such an indicator gets no baseline here,
/// so its progress says "no baseline" rather than guess. Pure.
/// </summary>
public static class MergedBaselines
{
    /// <summary>Indicator code → the predecessors' whole sum, for <c>TermProgress.Of(…, givenBaselines)</c>.</summary>
    public static IReadOnlyDictionary<string, decimal> Additive(MergedCommuneSummary merged)
    {
        ArgumentNullException.ThrowIfNull(merged);
        var baselines = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var target in merged.NewTermTargets.Targets)
        {
            if (target is { Code: { } code, Baseline: { Kind: BaselineKind.Sum, Value: { } value, Partial: false } })
                baselines.TryAdd(code, value);
        }
        foreach (var indicator in merged.Indicators)
        {
            if (indicator is { Additive: true, Consolidated: { Partial: false } consolidated })
                baselines.TryAdd(indicator.Code, consolidated.Actual);
        }
        return baselines;
    }
}
