namespace Pipeline.Storage.Consolidations;

/// <summary>One run of the consolidation, nightly or on request, as `GET /api/consolidations/{runId}` shows it.</summary>
/// <param name="Trigger">What started it: the schedule, a request, a change of a province's units, or the local host's recovery.</param>
/// <param name="Province">The province the run covers, or null for every province (the nightly run).</param>
/// <param name="Status">Running, succeeded, or failed (some summaries could not be recomputed: see <paramref name="Errors"/>).</param>
/// <param name="Recomputed">The summaries the run recomputed.</param>
public sealed record ConsolidationRun(
    string RunId,
    ConsolidationTrigger Trigger,
    string RequestedBy,
    string? Province,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    ConsolidationRunStatus Status,
    IReadOnlyList<string> Recomputed,
    IReadOnlyList<string> Errors);
