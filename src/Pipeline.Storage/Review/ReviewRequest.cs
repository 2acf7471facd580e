using Pipeline.Core.Review;

namespace Pipeline.Storage.Review;

/// <summary>
/// A province officer's decision as sent (POST /api/communes/{province}/{commune}/review), unchecked:
/// <see cref="AnnexReviews.DecideAsync"/> validates every field.
/// </summary>
/// <param name="Decision">"confirm", "return" or "reopen".</param>
/// <param name="Comment">Required to return (what to fix) and to reopen (why).</param>
/// <param name="Rows">Comments on individual targets, by ordinal; only with a return.</param>
public sealed record ReviewRequest(string Province, string Commune, string? Term, string? Decision, string? Comment, IReadOnlyList<RowComment>? Rows)
{
    /// <summary>
    /// The upload the officer reviewed (the review's <c>uploadId</c> as they read it): when the commune's
    /// current annex is another by now, the decision is refused (409 annex-changed) rather than applied to
    /// figures the officer never saw. Optional for scripts; the portal always sends it.
    /// </summary>
    public string? UploadId { get; init; }
}
