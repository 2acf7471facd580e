using Pipeline.Core.Annexes;

namespace Pipeline.Core.Scoring;

/// <summary>
/// An annex with every target scored, and the counts computed and as the commune reported them.
/// Qualitative targets are counted apart: <see cref="Computed"/> and <see cref="Reported"/> hold the
/// other rows, <see cref="Qualitative"/> the commune's own verdicts on the qualitative ones.
/// </summary>
public sealed record ScoredAnnex(Annex Annex, IReadOnlyList<ScoredTarget> Targets)
{
    public StatusCounts Computed { get; } = StatusCounts.Of(Targets.Where(t => !t.Qualitative).Select(t => t.Status));

    public StatusCounts Reported { get; } = StatusCounts.Of(Targets.Where(t => !t.Qualitative).Select(t => t.Row.ReportedStatus));

    /// <summary>The commune's verdicts on its qualitative targets; <see cref="StatusCounts.Unscored"/> counts those without one.</summary>
    public StatusCounts Qualitative { get; } = StatusCounts.Of(Targets.Where(t => t.Qualitative).Select(t => t.Row.ReportedStatus));
}
