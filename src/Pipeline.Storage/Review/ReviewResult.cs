using Pipeline.Core.Review;
using Pipeline.Storage.Access;

namespace Pipeline.Storage.Review;

/// <summary>
/// What <see cref="AnnexReviews"/> made of a decision or a deadline: done (the review or the deadline
/// as it now stands, 200), or refused with the HTTP status, stable English code and Vietnamese
/// message to answer with. The API maps it to HTTP in one place (<c>ReviewAnswers</c>).
/// </summary>
public abstract record ReviewResult
{
    private ReviewResult()
    {
    }

    /// <summary>The decision is in effect: the commune's review as it now stands, shown for <see cref="Review.UploadId"/>.</summary>
    public sealed record Decided(CommuneReview Review, ReviewLine Line) : ReviewResult;

    /// <summary>The term's deadline is set.</summary>
    public sealed record DeadlineSet(string Province, TermDeadline Deadline) : ReviewResult;

    /// <summary>Nothing was changed.</summary>
    /// <param name="Status">400 (a malformed request), 401, 403, 404, or 409 (the decision does not fit the state, or another officer decided first).</param>
    /// <param name="Code">A stable English token ("decision-not-allowed", "decided-concurrently").</param>
    /// <param name="Message">Vietnamese sentences an officer can act on.</param>
    public sealed record Refused(int Status, string Code, string Message) : ReviewResult
    {
        /// <summary>The refusal of the access rules (401 unauthenticated, 403 forbidden).</summary>
        public static Refused Denied(AccessDecision decision)
        {
            ArgumentNullException.ThrowIfNull(decision);
            return new(decision.Status, decision.Code, decision.Reason ?? "");
        }
    }
}
