using Pipeline.Core.Annexes;
using Pipeline.Core.Consolidation;
using Pipeline.Core.Periods;
using Pipeline.Core.Reporting;
using Pipeline.Core.Review;

namespace Pipeline.Core.Tests.Review;

/// <summary>A period's completeness in the province summary (PeriodOverlay): who sent the year's results, when, on time or late.</summary>
public sealed class PeriodOverlayTests
{
    private static readonly ReportingPeriod Year2026 = ReportingPeriod.OfYear(2026);
    private static readonly DateOnly Day = new(2027, 3, 31);
    private static readonly DateTimeOffset OnDay = new(2027, 3, 31, 16, 59, 0, TimeSpan.Zero);   // 23:59 in Vietnam, the deadline day
    private static readonly DateTimeOffset NextDay = new(2027, 3, 31, 17, 0, 0, TimeSpan.Zero);  // 00:00 on 1 April in Vietnam
    private static readonly DateTimeOffset Early = new(2027, 1, 15, 0, 0, 0, TimeSpan.Zero);

    private static ProvinceCommune Line(string commune, bool expected = true) =>
        new(commune, commune.ToUpperInvariant(), expected, ProvinceCommuneStatus.Missing, null, null, null, 0, null, null, [], null);

    private static ProvinceSummary Rollup(params ProvinceCommune[] communes) =>
        new("son-la", "Sơn La", "2025-2030", new Completeness(communes.Count(c => c.Expected), 0, communes.Count(c => c.Expected), 0m, []), communes,
            new ProvinceTotals(0, new CountsReport(new ComputedCounts(0, 0, 0, 0), new ReportedCounts(0, 0, 0, 0), null, null)), [], Early);

    [Fact]
    public void Communes_that_owe_the_terms_annexes_are_counted_sent_or_not_on_time_or_late()
    {
        var rollup = Rollup(Line("son-la/a"), Line("son-la/b"), Line("son-la/c"), Line("son-la/d"), Line("son-la/old", expected: false));
        var sent = new Dictionary<string, PeriodSent>
        {
            ["son-la/a"] = new("u1", Early),
            ["son-la/b"] = new("u2", OnDay),
            ["son-la/c"] = new("u3", NextDay),
            ["son-la/old"] = new("u4", NextDay), // absorbed, owes nothing: shown, not counted
        };

        var shown = PeriodOverlay.Province(rollup, Year2026, sent, Day, NextDay.AddDays(3));
        var completeness = shown.PeriodCompleteness!;
        Assert.Equal((Year2026, Day, 4, 3, 1), (completeness.Period, completeness.Deadline, completeness.Expected, completeness.Sent, completeness.NotSent));
        Assert.Equal(75m, completeness.Rate);
        // a and b on time (b at 23:59 on the day), c late (sent after), d late (none and the day has passed).
        Assert.Equal((2, 2), (completeness.OnTime, completeness.Late));
        Assert.Equal(["son-la/d"], completeness.NotSentCommunes.Select(c => c.Commune));
        Assert.Equal([Timeliness.OnTime, Timeliness.OnTime, Timeliness.Late, Timeliness.Late, Timeliness.Late],
            shown.Communes.Select(c => c.PeriodSubmission!.Timeliness));
        var c = shown.Communes[2].PeriodSubmission!;
        Assert.Equal((true, "u3", (DateTimeOffset?)NextDay, Year2026), (c.Sent, c.UploadId, c.SentAt, c.Period));
        Assert.Equal((false, null, null), (shown.Communes[3].PeriodSubmission!.Sent, shown.Communes[3].PeriodSubmission!.UploadId, shown.Communes[3].PeriodSubmission!.SentAt));
        Assert.Null(shown.Review); // the term's review is not the period's business
    }

    [Fact]
    public void Without_a_deadline_nobody_is_on_time_or_late_and_before_it_passes_nobody_who_has_not_sent_is_late()
    {
        var rollup = Rollup(Line("son-la/a"), Line("son-la/b"));
        var sent = new Dictionary<string, PeriodSent> { ["son-la/a"] = new("u1", NextDay) };

        var none = PeriodOverlay.Province(rollup, Year2026, sent, null, NextDay).PeriodCompleteness!;
        Assert.Equal((1, 1, 0, 0, (DateOnly?)null), (none.Sent, none.NotSent, none.OnTime, none.Late, none.Deadline));

        var stillTime = PeriodOverlay.Province(rollup, Year2026, sent, new DateOnly(2027, 6, 30), NextDay);
        Assert.Equal((1, 0), (stillTime.PeriodCompleteness!.OnTime, stillTime.PeriodCompleteness.Late));
        Assert.Null(stillTime.Communes[1].PeriodSubmission!.Timeliness);
    }

    [Fact]
    public void A_province_owed_nothing_has_no_rate()
    {
        var shown = PeriodOverlay.Province(Rollup(Line("son-la/old", expected: false)), ReportingPeriod.MidTerm, new Dictionary<string, PeriodSent>(), null, Early);
        Assert.Equal((0, (decimal?)null), (shown.PeriodCompleteness!.Expected, shown.PeriodCompleteness.Rate));
    }
}
