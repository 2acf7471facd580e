namespace Pipeline.Core.Review;

/// <summary>
/// One line of a commune's history for a term — an upload or a province decision — in the shape of
/// GET /api/communes/{province}/{commune}/history: who (the name behind the key, or the signed-in
/// principal), when, what, on which upload, why. Never deleted.
/// </summary>
/// <param name="Comment">The general comment of a return, the reason of a reopening; for an upload, what became of it when it was refused.</param>
/// <param name="Rows">Comments on individual targets (a return only); empty otherwise.</param>
public sealed record ReviewEvent(DateTimeOffset At, string By, ReviewAction Action, string? UploadId, string? Comment, IReadOnlyList<RowComment> Rows);
