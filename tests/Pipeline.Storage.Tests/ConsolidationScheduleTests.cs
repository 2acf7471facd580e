using Pipeline.Storage.Consolidations;

namespace Pipeline.Storage.Tests;

public class ConsolidationScheduleTests
{
    [Theory]
    [InlineData("2026-11-29T10:00:00+00:00", "2026-11-29T19:00:00+00:00")]
    [InlineData("2026-11-29T19:00:00+00:00", "2026-11-30T19:00:00+00:00")]
    [InlineData("2026-11-29T23:30:00+07:00", "2026-11-29T19:00:00+00:00")] // 16:30 UTC
    [InlineData("2026-12-31T20:00:00+00:00", "2027-01-01T19:00:00+00:00")]
    public void The_next_run_is_the_next_19_00_utc(string now, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            ConsolidationSchedule.NextAfter(DateTimeOffset.Parse(now, System.Globalization.CultureInfo.InvariantCulture)));
}
