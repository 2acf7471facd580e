using Pipeline.Core.Periods;
using Pipeline.Core.Units;

namespace Pipeline.Core.Review;

/// <summary>
/// A province's deadline for a term, or a period of it: the last day (Vietnam's calendar) an annex counts as on time.
/// </summary>
public static class Deadline
{
    // Vietnam keeps UTC+7 all year: a deadline day ends at midnight there, not in UTC.
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>
    /// Whether <paramref name="day"/> can be the whole term's deadline: within <see cref="Window"/> of <see cref="ReportingPeriod.WholeTerm"/>.
    /// </summary>
    public static bool Fits(DateOnly day, Term term) => Fits(day, term, ReportingPeriod.WholeTerm);

    /// <summary>
    /// Whether <paramref name="day"/> can be the deadline of <paramref name="period"/> of <paramref name="term"/>: the period
    /// is one of the term's (<see cref="ReportingPeriod.IsPeriodOf"/>) and the day lies within its <see cref="Window"/>.
    /// Outside it is a typo ("9999-12-31", "0001-01-01", 2062 for 2026), refused rather than stored.
    /// </summary>
    public static bool Fits(DateOnly day, Term term, ReportingPeriod period)
    {
        if (!period.IsPeriodOf(term)) return false;
        var (first, last) = Window(term, period);
        return day >= first && day <= last;
    }

    /// <summary>
    /// The days a deadline of <paramref name="period"/> may fall on, both included — the one rule (docs/api.md, "Deadlines"):
    /// <list type="bullet">
    /// <item>the whole term: 1 January of its first year to 31 December of the year after its last (an end-of-term annex is often due early the next year);</item>
    /// <item>a year Y of the term: 1 January of Y to 30 June of Y + 1 (a year's results are reported at its end, as an estimate, or in the first months of the next);</item>
    /// <item>the mid-term review: 1 January of the term's second year to 31 December of its last but one (2026–2029 for 2025–2030).</item>
    /// </list>
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="period"/> is a year not of <paramref name="term"/>.</exception>
    public static (DateOnly First, DateOnly Last) Window(Term term, ReportingPeriod period)
    {
        if (!period.IsPeriodOf(term)) throw new ArgumentException($"{period} is no period of {term}.", nameof(period));
        return period.Kind switch
        {
            PeriodKind.Year => (new DateOnly(period.Year!.Value, 1, 1), new DateOnly(period.Year.Value + 1, 6, 30)),
            PeriodKind.MidTerm => (new DateOnly(term.StartYear + 1, 1, 1), new DateOnly(Math.Max(term.StartYear + 1, term.EndYear - 1), 12, 31)),
            _ => (new DateOnly(term.StartYear, 1, 1), new DateOnly(term.EndYear + 1, 12, 31)),
        };
    }

    /// <summary>The first instant that is late: the day after <paramref name="day"/>, 00:00 in Vietnam; the end of time for the calendar's last day.</summary>
    public static DateTimeOffset Cutoff(DateOnly day) =>
        day == DateOnly.MaxValue ? DateTimeOffset.MaxValue : new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), VietnamOffset);

    /// <summary>
    /// On time or late against <paramref name="day"/>: late when the first submission came after it,
    /// or when none came and the day has passed; null when there is no deadline, or none came yet and there is still time.
    /// </summary>
    public static Timeliness? Judge(DateOnly? day, DateTimeOffset? firstSubmittedAt, DateTimeOffset now)
    {
        if (day is not { } d) return null;
        var cutoff = Cutoff(d);
        if (firstSubmittedAt is { } at) return at < cutoff ? Timeliness.OnTime : Timeliness.Late;
        return now >= cutoff ? Timeliness.Late : null;
    }
}
