namespace Pipeline.Storage.Consolidations;

/// <summary>When the nightly consolidation runs: 19:00 UTC, 02:00 in Vietnam, when nobody uploads.</summary>
public static class ConsolidationSchedule
{
    /// <summary>The same time as an NCRONTAB expression, for the Functions timer trigger.</summary>
    public const string Cron = "0 0 19 * * *";

    public static readonly TimeSpan TimeOfDayUtc = TimeSpan.FromHours(19);

    /// <summary>The next run strictly after <paramref name="now"/>.</summary>
    public static DateTimeOffset NextAfter(DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var today = new DateTimeOffset(utc.Date, TimeSpan.Zero) + TimeOfDayUtc;
        return today > utc ? today : today.AddDays(1);
    }
}
