using Pipeline.Core.Annexes;
using Pipeline.Core.Consolidation;
using Pipeline.Core.Reporting;
using Pipeline.Core.Review;

namespace Pipeline.Core.Tests.Review;

public sealed class ReviewOverlayTests
{
    private static readonly DateOnly Day = new(2026, 6, 30);
    private static readonly DateTimeOffset Before = new(2026, 6, 30, 16, 0, 0, TimeSpan.Zero); // 23:00 in Vietnam, still the deadline day
    private static readonly DateTimeOffset After = new(2026, 6, 30, 17, 0, 0, TimeSpan.Zero);  // 00:00 on 1 July in Vietnam

    private static CountsReport Counts(int met) => new(new ComputedCounts(0, met, 0, 0), new ReportedCounts(0, met, 0, 0), met > 0 ? 100m : null, null);

    private static ProvinceCommune Line(string commune, string? uploadId, int met = 1) => uploadId is null
        ? new(commune, commune, true, ProvinceCommuneStatus.Missing, null, null, null, 0, null, null, [], null)
        : new(commune, commune, true, ProvinceCommuneStatus.Scored, uploadId, Before, AnnexKind.Results, met, Counts(met), 100m, [], null);

    private static CommuneReview Review(string commune, ReviewState state, string uploadId, DateTimeOffset firstSubmittedAt) =>
        new(commune, "2020-2025", state, uploadId, firstSubmittedAt, 2, new ReviewEvent(After, "Cầm Thị B", ReviewAction.Confirm, uploadId, null, []), 2);

    [Fact]
    public void The_deadline_day_ends_at_midnight_in_Vietnam()
    {
        Assert.Equal(Timeliness.OnTime, Deadline.Judge(Day, Before, After));
        Assert.Equal(Timeliness.Late, Deadline.Judge(Day, After, After));
        Assert.Null(Deadline.Judge(Day, null, Before)); // nothing yet, still time
        Assert.Equal(Timeliness.Late, Deadline.Judge(Day, null, After));
        Assert.Null(Deadline.Judge(null, After, After));
    }

    [Fact]
    public void A_decision_counts_only_for_the_upload_it_was_taken_on()
    {
        var returned = Review("son-la/a", ReviewState.Returned, "u1", Before);
        Assert.Equal(ReviewState.Returned, ReviewLine.Of(returned, "u1", null, null, After).State);
        Assert.Equal(ReviewState.Submitted, ReviewLine.Of(returned, "u2", null, null, After).State);
        Assert.Equal(ReviewState.NotSubmitted, ReviewLine.Of(null, null, null, null, After).State);
        Assert.Equal(ReviewState.Submitted, ReviewLine.Of(null, "u1", Before, null, After).State); // scored before reviews existed
        Assert.NotNull(ReviewLine.Of(returned, "u2", null, null, After).LastDecision); // the last decision is still shown
    }

    [Fact]
    public void The_province_counts_states_and_timeliness_and_totals_confirmed_communes_only_on_request()
    {
        var rollup = new ProvinceSummary("son-la", "Sơn La", "2020-2025", new Completeness(4, 3, 1, 75m, []),
            [Line("son-la/a", "u1", 2), Line("son-la/b", "u2", 3), Line("son-la/c", "u3", 5), Line("son-la/d", null)],
            new ProvinceTotals(10, Counts(10)), [], Before);
        var reviews = new Dictionary<string, CommuneReview>
        {
            ["son-la/a"] = Review("son-la/a", ReviewState.Confirmed, "u1", Before),
            ["son-la/b"] = Review("son-la/b", ReviewState.Returned, "u2", After),
        };

        var shown = ReviewOverlay.Province(rollup, reviews, Day, After, confirmedOnly: false);
        Assert.Equal([ReviewState.Confirmed, ReviewState.Returned, ReviewState.Submitted, ReviewState.NotSubmitted], shown.Communes.Select(c => c.Review!.State));
        Assert.Equal([true, false, false, false], shown.Communes.Select(c => c.Review!.Confirmed));
        var review = shown.Review!;
        Assert.Equal((1, 1, 1, 1), (review.NotSubmitted, review.AwaitingReview, review.Returned, review.Confirmed));
        Assert.Equal((2, 2), (review.OnTime, review.Late)); // a and c on time (c falls back on its scored time); b late; d none and past the deadline
        Assert.Equal(2, review.ConfirmedTotals.Targets);
        Assert.Equal(10, shown.Totals.Targets);

        var confirmedOnly = ReviewOverlay.Province(rollup, reviews, Day, After, confirmedOnly: true);
        Assert.True(confirmedOnly.Review!.ConfirmedOnly);
        Assert.Equal(2, confirmedOnly.Totals.Targets);
        Assert.Equal(2, confirmedOnly.Totals.Counts.Computed.Met);
    }
}
