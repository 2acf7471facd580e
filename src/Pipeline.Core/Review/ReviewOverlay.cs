using Pipeline.Core.Consolidation;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Review;

/// <summary>
/// Adds the province's review to consolidated summaries as they are served. Reviews change without
/// any annex changing, so they are never stored inside a rollup or merged summary (which would go
/// stale at every decision): they are read beside them and laid over them here. Pure.
/// </summary>
public static class ReviewOverlay
{
    /// <summary>
    /// Each commune of <paramref name="summary"/> with its <see cref="ReviewLine"/>, and the rollup's
    /// <see cref="ProvinceReview"/>; with <paramref name="confirmedOnly"/>, <c>totals</c> count confirmed communes only.
    /// </summary>
    /// <param name="reviews">The stored reviews of the province for the term, by commune id ("son-la/pu-bau").</param>
    public static ProvinceSummary Province(ProvinceSummary summary, IReadOnlyDictionary<string, CommuneReview> reviews, DateOnly? deadline,
        DateTimeOffset now, bool confirmedOnly)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(reviews);
        var communes = summary.Communes
            .Select(c => c with { Review = ReviewLine.Of(reviews.GetValueOrDefault(c.Commune), c.UploadId, c.ScoredAt, deadline, now) })
            .ToArray();
        var owed = communes.Where(c => c.Expected).Select(c => c.Review!).ToArray();
        var confirmed = communes.Where(c => c.Review!.Confirmed && c.Counts is not null).ToArray();
        var confirmedTotals = new ProvinceTotals(confirmed.Sum(c => c.Targets), CommuneSummary.Combine(confirmed.Select(c => c.Counts!)));
        var review = new ProvinceReview(deadline,
            owed.Count(r => r.State == ReviewState.NotSubmitted),
            owed.Count(r => r.State == ReviewState.Submitted),
            owed.Count(r => r.State == ReviewState.Returned),
            owed.Count(r => r.State == ReviewState.Confirmed),
            owed.Count(r => r.Timeliness == Timeliness.OnTime),
            owed.Count(r => r.Timeliness == Timeliness.Late),
            confirmedOnly, confirmedTotals);
        return summary with { Communes = communes, Review = review, Totals = confirmedOnly ? confirmedTotals : summary.Totals };
    }

    /// <summary>Each predecessor of <paramref name="summary"/> with its <see cref="ReviewLine"/>: whether the upload it stands on is confirmed.</summary>
    public static MergedCommuneSummary Merged(MergedCommuneSummary summary, IReadOnlyDictionary<string, CommuneReview> reviews, DateOnly? deadline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(reviews);
        return summary with
        {
            Predecessors = summary.Predecessors
                .Select(p => p with { Review = ReviewLine.Of(reviews.GetValueOrDefault(p.Commune), p.UploadId, p.ScoredAt, deadline, now) })
                .ToArray(),
        };
    }

    /// <summary>A commune summary with its <see cref="ReviewLine"/>.</summary>
    public static CommuneSummary Commune(CommuneSummary summary, CommuneReview? review, DateOnly? deadline, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return summary with { Review = ReviewLine.Of(review, summary.UploadId, summary.ScoredAt, deadline, now) };
    }
}
