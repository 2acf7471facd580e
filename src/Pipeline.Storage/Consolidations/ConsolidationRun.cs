namespace Pipeline.Storage.Consolidations;

/// <summary>One run of the consolidation, nightly or on request, as `GET /api/consolidations/{runId}` shows it.</summary>
/// <param name="Trigger">"schedule" or "request".</param>
/// <param name="Status">"running", "succeeded" or "failed".</param>
/// <param name="Recomputed">The summaries the run recomputed ("son-la|2020-2025", …).</param>
public sealed record ConsolidationRun(
    string RunId,
    string Trigger,
    string RequestedBy,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    string Status,
    IReadOnlyList<string> Recomputed,
    IReadOnlyList<string> Errors);
