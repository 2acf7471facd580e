using Pipeline.Core.Consolidation;

namespace Pipeline.Core.Review;

/// <summary>
/// Review completeness of a province for a term, over the communes that owe an annex: how many
/// have not submitted, await review, were returned, are confirmed; how many were on time or late
/// against <see cref="Deadline"/>; and the totals of confirmed communes only.
/// </summary>
/// <param name="Deadline">The term's deadline ("2026-12-31"), null when none is set.</param>
/// <param name="ConfirmedOnly">True when the rollup's <c>totals</c> were narrowed to confirmed communes (<c>?confirmedOnly=true</c>).</param>
/// <param name="ConfirmedTotals">Targets and counts of the confirmed communes only.</param>
public sealed record ProvinceReview(
    DateOnly? Deadline,
    int NotSubmitted,
    int AwaitingReview,
    int Returned,
    int Confirmed,
    int OnTime,
    int Late,
    bool ConfirmedOnly,
    ProvinceTotals ConfirmedTotals);
