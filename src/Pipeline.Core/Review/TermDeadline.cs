using Pipeline.Core.Periods;

namespace Pipeline.Core.Review;

/// <summary>
/// A province's deadline for a term, or for one period of it (a year's results, the mid-term review): the last day an
/// annex of that period counts as on time (<see cref="Review.Deadline"/>), who set it and when.
/// </summary>
/// <remarks>
/// <see cref="Period"/> is not a constructor parameter so that a deadline stored or journaled before periods existed (no
/// <c>period</c> in its JSON) reads as the whole term's, as it was.
/// </remarks>
public sealed record TermDeadline(string Term, DateOnly Deadline, string SetBy, DateTimeOffset SetAt)
{
    /// <summary>The period the deadline is for: <see cref="ReportingPeriod.WholeTerm"/> (the term's annex), a year of the term, or the mid-term review.</summary>
    public ReportingPeriod Period { get; init; } = ReportingPeriod.WholeTerm;
}
