using Pipeline.Core.Annexes;

namespace Pipeline.Core.Scoring;

/// <summary>An annex with every target scored, and the counts computed and as the commune reported them.</summary>
public sealed record ScoredAnnex(Annex Annex, IReadOnlyList<ScoredTarget> Targets)
{
    public StatusCounts Computed { get; } = StatusCounts.Of(Targets.Select(t => t.Status));

    public StatusCounts Reported { get; } = StatusCounts.Of(Targets.Select(t => t.Row.ReportedStatus));
}
