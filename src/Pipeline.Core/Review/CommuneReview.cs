namespace Pipeline.Core.Review;

/// <summary>
/// The stored review of one commune's annex for a term: its state, the upload it concerns, when
/// the commune first submitted, and the province's last decision. <see cref="Version"/> counts
/// every change (decisions and uploads made current); <see cref="LastDecisionVersion"/> is the
/// version the last decision made, which is also its history event's id.
/// </summary>
/// <param name="UploadId">The newest upload made current for the term (the one confirmed or returned, after a decision).</param>
/// <param name="FirstSubmittedAt">When the commune's first annex for the term that became current was received: what timeliness is judged on.</param>
public sealed record CommuneReview(
    string Commune,
    string Term,
    ReviewState State,
    string? UploadId,
    DateTimeOffset? FirstSubmittedAt,
    int Version,
    ReviewEvent? LastDecision,
    int LastDecisionVersion);
