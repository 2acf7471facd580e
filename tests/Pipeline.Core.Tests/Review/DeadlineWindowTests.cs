using System.Text.Json;
using Pipeline.Core.Periods;
using Pipeline.Core.Review;
using Pipeline.Core.Units;

namespace Pipeline.Core.Tests.Review;

/// <summary>Which days a deadline of a term, or of a period of it, may fall on (Deadline.Window, docs/api.md "Deadlines").</summary>
public sealed class DeadlineWindowTests
{
    private static readonly Term Term = Term.Parse("2025-2030");

    [Theory]
    [InlineData("term", "2025-01-01", "2031-12-31")]
    [InlineData("2026", "2026-01-01", "2027-06-30")]
    [InlineData("2030", "2030-01-01", "2031-06-30")]
    [InlineData("mid-term", "2026-01-01", "2029-12-31")]
    public void Each_period_has_its_window(string period, string first, string last)
    {
        var (from, to) = Deadline.Window(Term, ReportingPeriod.Parse(period));
        Assert.Equal((DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)), (from, to));
    }

    [Theory]
    [InlineData("2026", "2026-12-31", true)]
    [InlineData("2026", "2027-03-31", true)]  // early the next year: the year's final figures
    [InlineData("2026", "2027-06-30", true)]
    [InlineData("2026", "2027-07-01", false)] // half a year later is next year's business
    [InlineData("2026", "2025-12-31", false)] // before the year began
    [InlineData("2026", "2062-12-31", false)] // a typo of 2026
    [InlineData("mid-term", "2027-12-31", true)]
    [InlineData("mid-term", "2030-06-30", false)]
    [InlineData("term", "2031-03-31", true)]
    [InlineData("term", "9999-12-31", false)]
    public void A_day_fits_only_its_periods_window(string period, string day, bool fits) =>
        Assert.Equal(fits, Deadline.Fits(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), Term, ReportingPeriod.Parse(period)));

    [Theory]
    [InlineData("2025")] // the term's first year is the baseline, the previous term's
    [InlineData("2031")]
    public void A_year_not_of_the_term_has_no_deadline_in_it(string year)
    {
        var period = ReportingPeriod.Parse(year);
        Assert.False(period.IsPeriodOf(Term));
        Assert.False(Deadline.Fits(new DateOnly(int.Parse(year, System.Globalization.CultureInfo.InvariantCulture), 12, 31), Term, period));
        Assert.Throws<ArgumentException>(() => Deadline.Window(Term, period));
    }

    [Fact]
    public void The_whole_terms_rule_is_unchanged()
    {
        Assert.True(Deadline.Fits(new DateOnly(2025, 1, 1), Term));
        Assert.True(Deadline.Fits(new DateOnly(2031, 12, 31), Term));
        Assert.False(Deadline.Fits(new DateOnly(2024, 12, 31), Term));
        Assert.False(Deadline.Fits(new DateOnly(2032, 1, 1), Term));
    }

    [Fact]
    public void A_deadline_stored_before_periods_reads_as_the_whole_terms()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var old = JsonSerializer.Deserialize<TermDeadline>("""{"term":"2025-2030","deadline":"2031-03-31","setBy":"Cầm Thị Bình","setAt":"2026-01-02T03:04:05+00:00"}""", options)!;
        Assert.Equal(ReportingPeriod.WholeTerm, old.Period);
        var year = new TermDeadline("2025-2030", new DateOnly(2027, 3, 31), "Cầm Thị Bình", DateTimeOffset.UnixEpoch) { Period = ReportingPeriod.OfYear(2026) };
        var json = JsonSerializer.Serialize(year, options);
        Assert.Contains("\"period\":\"2026\"", json, StringComparison.Ordinal);
        Assert.Equal(year, JsonSerializer.Deserialize<TermDeadline>(json, options));
    }
}
