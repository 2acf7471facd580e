using Pipeline.Core.Units;

namespace Pipeline.Core.Review;

/// <summary>
/// A province's deadline for a term: the last day (Vietnam's calendar) an annex counts as on time.
/// </summary>
public static class Deadline
{
    // Vietnam keeps UTC+7 all year: a deadline day ends at midnight there, not in UTC.
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>
    /// Whether <paramref name="day"/> can be a deadline for <paramref name="term"/>: from the term's first
    /// year to the year after its last (an end-of-term annex is often due early the next year). Outside
    /// it is a typo ("9999-12-31", "0001-01-01"), refused rather than stored.
    /// </summary>
    public static bool Fits(DateOnly day, Term term) => day.Year >= term.StartYear && day.Year <= term.EndYear + 1;

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
