using Pipeline.Core.Consolidation;
using Pipeline.Core.Periods;

namespace Pipeline.Core.Review;

/// <summary>
/// A province's completeness for one period of a term (<c>periodCompleteness</c> of the province summary asked with
/// <c>?period=2026</c>), over the communes that owe the term's annexes: how many sent the period's report and how many did not
/// (and who), the rate in percent, and how many were on time or late against the period's deadline.
/// </summary>
/// <param name="Deadline">The period's deadline ("2027-03-31"); null when the province set none (then <see cref="OnTime"/> and <see cref="Late"/> are 0).</param>
/// <param name="Rate">Sent over expected, in percent (two decimals); null when no commune owes one.</param>
public sealed record PeriodCompleteness(
    ReportingPeriod Period,
    DateOnly? Deadline,
    int Expected,
    int Sent,
    int NotSent,
    decimal? Rate,
    int OnTime,
    int Late,
    IReadOnlyList<CommuneName> NotSentCommunes);
