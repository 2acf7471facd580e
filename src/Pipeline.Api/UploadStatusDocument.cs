using System.Text.Json;
using Pipeline.Storage.Uploads;

namespace Pipeline.Api;

/// <summary>The body of GET /api/annexes/{uploadId}.</summary>
public sealed record UploadStatusDocument(
    string UploadId, string Status, UploadErrorDocument? Error, string Commune, string Term, string FileName,
    DateTimeOffset ReceivedAt, DateTimeOffset? ScoredAt, IReadOnlyList<string> Warnings,
    bool NeedsConfirmation = false, string? ConfirmedBy = null, DateTimeOffset? ConfirmedAt = null)
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
        upload.ConfirmedAt);
}

public sealed record UploadErrorDocument(string Code, string Message);
