using System.Text.Json.Serialization;

namespace Pipeline.Core.Review;

/// <summary>
/// The review as a summary shows it beside one commune (the commune summary, each commune of the
/// province rollup, each predecessor of a merged summary): its state for the upload shown,
/// whether that upload is confirmed, timeliness against the term's deadline, and the province's last decision.
/// </summary>
/// <param name="Deadline">The term's deadline, "2026-12-31"; null when the province set none.</param>
/// <param name="Timeliness">Null without a deadline, or when nothing came yet and there is still time.</param>
/// <param name="LastDecision">The province's last decision on this commune and term (its comment and row comments for a return), kept after a new upload.</param>
public sealed record ReviewLine(
    ReviewState State,
    bool Confirmed,
    DateTimeOffset? FirstSubmittedAt,
    DateOnly? Deadline,
    Timeliness? Timeliness,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReviewEvent? LastDecision)
{
    /// <summary>
    /// The line for a commune whose current upload is <paramref name="currentUploadId"/> (null: none).
    /// A stored decision counts only for the upload it was taken on; a commune without a stored review
    /// (scored before reviews existed) is submitted, at <paramref name="fallbackSubmittedAt"/>.
    /// </summary>
    public static ReviewLine Of(CommuneReview? review, string? currentUploadId, DateTimeOffset? fallbackSubmittedAt, DateOnly? deadline, DateTimeOffset now)
    {
        var state = currentUploadId is null ? ReviewState.NotSubmitted
            : review is null ? ReviewState.Submitted
            : review.State is ReviewState.Confirmed or ReviewState.Returned && review.UploadId != currentUploadId ? ReviewState.Submitted
            : review.State == ReviewState.NotSubmitted ? ReviewState.Submitted
            : review.State;
        var firstSubmittedAt = currentUploadId is null ? null : review?.FirstSubmittedAt ?? fallbackSubmittedAt;
        return new ReviewLine(state, state == ReviewState.Confirmed, firstSubmittedAt, deadline,
            Review.Deadline.Judge(deadline, firstSubmittedAt, now), review?.LastDecision);
    }
}
