namespace Pipeline.Storage.Consolidations;

/// <summary>One run of the consolidation, nightly or on request, as `GET /api/consolidations/{runId}` shows it.</summary>
/// <param name="Trigger">"schedule", "request" or "units" (after a province's units changed).</param>
/// <param name="Province">The province the run covers, or null for every province (the nightly run).</param>
/// <param name="Status">"running", "succeeded" or "failed" (some summaries could not be recomputed: see <paramref name="Errors"/>).</param>
/// <param name="Recomputed">The summaries the run recomputed.</param>
public sealed record ConsolidationRun(
    string RunId,
    string Trigger,
    string RequestedBy,
    string? Province,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string Status,
    IReadOnlyList<string> Recomputed,
    IReadOnlyList<string> Errors);
