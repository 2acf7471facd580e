using Pipeline.Core.Units;

namespace Pipeline.Storage.Uploads;

/// <summary>One upload and what became of it.</summary>
/// <param name="BlobName">Name of the original inside the annexes container.</param>
/// <param name="ErrorCode">For rejected or failed uploads: "not-a-workbook", "processing-failed", ….</param>
/// <param name="ErrorMessage">For the clerk, in Vietnamese.</param>
/// <param name="AnnexCount">How many annexes parsing found (and scoring must score).</param>
/// <param name="Warnings">For the clerk, in Vietnamese: what the annex's titles say that differs from the commune or term chosen; kept for good.</param>
/// <param name="NeedsConfirmation">The titles name another registered commune or another term: the upload is <see cref="UploadStatus.Held"/> once scored, until confirmed.</param>
/// <param name="ConfirmedBy">Who confirmed a held upload (the name behind the key), with <paramref name="ConfirmedAt"/>; null otherwise.</param>
public sealed record UploadRecord(
    string UploadId,
    CommuneId Commune,
    string Term,
    string FileName,
    string Uploader,
    string BlobName,
    DateTimeOffset ReceivedAt,
    UploadStatus Status,
    string? ErrorCode = null,
    string? ErrorMessage = null,
    int AnnexCount = 0,
    DateTimeOffset? ScoredAt = null,
    IReadOnlyList<string>? Warnings = null,
    bool NeedsConfirmation = false,
    string? ConfirmedBy = null,
    DateTimeOffset? ConfirmedAt = null);
