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
public sealed record UploadStatusDocument(
    string UploadId, string Status, UploadErrorDocument? Error, string Commune, string Term, string FileName,
    DateTimeOffset ReceivedAt, DateTimeOffset? ScoredAt, IReadOnlyList<string> Warnings,
    bool NeedsConfirmation = false, string? ConfirmedBy = null, DateTimeOffset? ConfirmedAt = null,
    string? Period = null, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? HalfYear = null)
{
    public static UploadStatusDocument From(UploadRecord upload) => new(
        upload.UploadId,
        JsonNamingPolicy.CamelCase.ConvertName(upload.Status.ToString()),
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
        upload.HalfYear);
}

public sealed record UploadErrorDocument(string Code, string Message);
