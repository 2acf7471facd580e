using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Storage.Uploads;

namespace Pipeline.Api;

/// <summary>The body of GET /api/annexes/{uploadId}.</summary>
/// <param name="Period">
/// The period the upload counts for: "2026", "mid-term", "term" — chosen by the clerk, else the file's own once parsed; null
/// before (unless chosen) and for a half-year report sent without one (<paramref name="HalfYear"/>).
/// </param>
/// <param name="HalfYear">The year of a half-year report sent without a period: it counts for no period; null otherwise.</param>
/// <param name="ReportOf">For the annexes of a report sent on to their own commune or term: the report's upload id; absent otherwise.</param>
/// <param name="Parts">For a report: the uploads its annexes of other communes or terms became, once parsed; absent otherwise.</param>
/// <param name="Report">
/// For a report with text, once parsed: what its text says against its tables (docs/reading-and-scoring.md, "The report's
/// narrative") — the whole report on its own upload, the part about its annexes on a part; absent otherwise.
/// </param>
public sealed record UploadStatusDocument(
    string UploadId, string Status, UploadErrorDocument? Error, string Commune, string Term, string FileName,
    DateTimeOffset ReceivedAt, DateTimeOffset? ScoredAt, IReadOnlyList<string> Warnings,
    bool NeedsConfirmation = false, string? ConfirmedBy = null, DateTimeOffset? ConfirmedAt = null,
    string? Period = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? HalfYear = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReportOf = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<UploadPartDocument>? Parts = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Core.Narrative.NarrativeReport? Report = null)
{
    public static UploadStatusDocument From(UploadRecord upload) => new(
        upload.UploadId,
        StatusName(upload.Status),
        upload.ErrorCode is null ? null : new UploadErrorDocument(upload.ErrorCode, upload.ErrorMessage ?? ""),
        upload.Commune.ToString(),
        upload.Term,
        upload.FileName,
        upload.ReceivedAt,
        upload.ScoredAt,
        upload.Warnings ?? [],
        upload.NeedsConfirmation,
        upload.ConfirmedBy,
        upload.ConfirmedAt,
        // Recorded before periods existed (parsed, no period): the whole term's, as it was read.
        (upload.Period ?? (upload.AnnexCount > 0 ? upload.CountsFor : null))?.ToString(),
        upload.HalfYear,
        upload.ReportOf,
        upload.Parts?.Select(p => new UploadPartDocument(p.UploadId, p.Commune.ToString(), p.Term, p.AnnexCount)).ToArray());

    /// <summary>An upload status as the API writes it: "received", "scored", "held", ….</summary>
    public static string StatusName(UploadStatus status) => JsonNamingPolicy.CamelCase.ConvertName(status.ToString());
}

/// <summary>
/// One part of a report (<see cref="UploadStatusDocument.Parts"/>): its own upload, whose whole status GET /api/annexes/{uploadId}
/// answers; <paramref name="Status"/> where it stands ("scored", "held", "rejected", …), on GET /api/annexes/{reportId} only.
/// </summary>
public sealed record UploadPartDocument(string UploadId, string Commune, string Term, int AnnexCount,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Status = null);

public sealed record UploadErrorDocument(string Code, string Message);
