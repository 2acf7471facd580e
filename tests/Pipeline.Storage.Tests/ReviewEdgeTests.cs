using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Review;
using Pipeline.Storage.Review;
using Pipeline.Storage.Uploads;
using Pipeline.Workbooks;

namespace Pipeline.Storage.Tests;

// What a breaker found in the province's review (the fixture is ReviewTests'): a decision on an annex
// the officer never saw, a held upload being confirmed while the province decides, a deadline no
// calendar holds, a history that dropped uploads, comments with control characters or one target
// commented three times.
public sealed partial class ReviewTests
{
    [Fact]
    public async Task A_decision_on_an_annex_replaced_since_the_officer_read_it_is_refused()
    {
        var storage = await OpenAsync();
        var read = await SendAsync(storage, SampleWorkbooks.ChiengEn);
        var newer = await SendAsync(storage, SampleWorkbooks.ChiengEn); // the clerk sends again while the officer reads the first

        var refused = Assert.IsType<ReviewResult.Refused>(await DecideAsync(storage, "confirm", seen: read.UploadId));
        Assert.Equal((409, "annex-changed"), (refused.Status, refused.Code));
        Assert.Equal(ReviewState.Submitted, (await Reviews(storage).GetAsync(ChiengEn, Term, CancellationToken.None)).Line.State);

        var decided = Assert.IsType<ReviewResult.Decided>(await DecideAsync(storage, "confirm", seen: newer.UploadId));
        Assert.Equal((ReviewState.Confirmed, newer.UploadId), (decided.Review.State, decided.Review.UploadId));
    }

    [Fact]
    public async Task While_a_held_upload_is_being_made_current_the_province_is_told_to_wait()
    {
        var storage = await OpenAsync();
        await SendAsync(storage, SampleWorkbooks.ChiengEn);
        var held = await SendAsync(storage, SampleWorkbooks.PuBau); // titled Pú Bẩu, sent as Chiềng En: held
        // A held upload the clerk confirms is admitted by the review first, then made current (HeldUploads):
        // the moment in between, as a crash or a slow step would leave it.
        var confirming = held with { ConfirmedBy = "Lò Văn Xã", ConfirmedAt = _clock.GetUtcNow(), Status = UploadStatus.Held };
        await storage.Services.GetRequiredService<UploadStore>().UpdateAsync(confirming, CancellationToken.None);
        Assert.Null(await Reviews(storage).AdmitCurrentAsync(confirming, CancellationToken.None));

        var refused = Assert.IsType<ReviewResult.Refused>(await DecideAsync(storage, "confirm"));
        Assert.Equal((409, "annex-updating"), (refused.Status, refused.Code));
    }

    [Fact]
    public async Task A_deadline_no_term_would_have_is_refused_and_the_routes_keep_answering()
    {
        var storage = await OpenAsync();
        foreach (var day in new[] { "9999-12-31", "0001-01-01", "2019-12-31", "2027-01-01" })
        {
            var refused = Assert.IsType<ReviewResult.Refused>(await Deadlines(storage).SetDeadlineAsync(_province, Term, day, null, Officer, CancellationToken.None));
            Assert.Equal((400, "invalid-deadline"), (refused.Status, refused.Code));
        }
        Assert.IsType<ReviewResult.DeadlineSet>(await Deadlines(storage).SetDeadlineAsync(_province, Term, "2026-12-31", null, Officer, CancellationToken.None));
        Assert.Equal(new DateTimeOffset(9999, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999), Deadline.Cutoff(DateOnly.MaxValue));
    }

    [Fact]
    public async Task The_history_lists_every_upload_of_the_term_whatever_other_terms_hold()
    {
        var storage = await OpenAsync();
        var own = new List<string>();
        for (var i = 0; i < 3; i++) own.Add((await SendAsync(storage, SampleWorkbooks.ChiengEn)).UploadId);
        for (var i = 0; i < 4; i++) await SendAsync(storage, SampleWorkbooks.ChiengEn, "2015-2020");

        var history = await Reviews(storage).HistoryAsync(ChiengEn, Term, CancellationToken.None);
        Assert.Equal(own.AsEnumerable().Reverse(), history.Where(e => e.Action == ReviewAction.Upload).Select(e => e.UploadId));
    }

    [Fact]
    public async Task Comments_are_kept_without_control_characters_and_a_target_is_commented_once()
    {
        var storage = await OpenAsync();
        await SendAsync(storage, SampleWorkbooks.ChiengEn);

        var twice = Assert.IsType<ReviewResult.Refused>(await DecideAsync(storage, "return", "Sửa lại.", [new("20", "Một."), new(" 20 ", "Hai.")]));
        Assert.Equal((400, "duplicate-rows"), (twice.Status, twice.Code));
        var blank = Assert.IsType<ReviewResult.Refused>(await DecideAsync(storage, "return", "\u0000\u001b\u202e "));
        Assert.Equal((400, "comment-required"), (blank.Status, blank.Code));

        var returned = Assert.IsType<ReviewResult.Decided>(await DecideAsync(storage, "return", "Sửa\u0000 chỉ tiêu\u001b[31m 20\u202e.\r\nXem lại đơn vị.", [new("20", "Đơn\u0007 vị sai.")]));
        Assert.Equal("Sửa chỉ tiêu[31m 20.\nXem lại đơn vị.", returned.Review.LastDecision!.Comment);
        Assert.Equal("Đơn vị sai.", Assert.Single(returned.Review.LastDecision.Rows).Comment);
        // 1,500 emoji are 1,500 characters a reader sees (3,000 UTF-16 units), within the 2,000 allowed.
        Assert.IsType<ReviewResult.Decided>(await DecideAsync(storage, "reopen", string.Concat(Enumerable.Repeat("👍", 1500))));
    }
}
