using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Review;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Review;
using Pipeline.Storage.Uploads;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Storage.Tests;

/// <summary>
/// The province's review on real Azurite, in a province of each test's own: decisions and their
/// refusals, the lock a confirmation puts on uploads (also against an upload scored after it), the
/// history, two officers deciding at once, a crash between the state and its history line, and deadlines.
/// </summary>
[Collection("Azurite")]
public sealed partial class ReviewTests(AzuriteFixture azurite)
{
    private const string Term = "2020-2025";
    private readonly string _province = $"tinh-{Guid.NewGuid():N}"[..20];
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 6, 1, 2, 0, 0, TimeSpan.Zero));

    private CommuneId ChiengEn => new(_province, "chieng-en");

    private Caller Officer => Caller.ProvinceOfficer("Cầm Thị Bình", _province);

    private Caller OtherOfficer => Caller.ProvinceOfficer("Lò Văn Tỉnh", _province);

    private async Task<OpenedPipeline> OpenAsync()
    {
        var (province, errors) = ProvinceUnitsValidator.Validate(new ProvinceUnits(_province, "Tỉnh thử",
            [new("chieng-en", "Chiềng En"), new("pu-bau", "Pú Bẩu")], []));
        Assert.Empty(errors);
        return await OpenedPipeline.OpenAsync(azurite.ConnectionString, CommuneRegistry.Empty.With(province!), IndicatorCatalogue.Default, _clock);
    }

    private static AnnexReviews Reviews(OpenedPipeline storage) => storage.Services.GetRequiredService<AnnexReviews>();

    private static ReportingDeadlines Deadlines(OpenedPipeline storage) => storage.Services.GetRequiredService<ReportingDeadlines>();

    private async Task<UploadRecord> AcceptAsync(OpenedPipeline storage, string uploader = "Lò Văn Xã", SampleWorkbook? workbook = null, string term = Term)
    {
        _clock.Advance(TimeSpan.FromMinutes(1)); // each upload its own id time, in order
        var (upload, refusal) = await storage.UploadAsync(ChiengEn, term, (workbook ?? SampleWorkbooks.ChiengEn).ToBytes(), "Biểu 02.xlsx", uploader);
        Assert.Null(refusal);
        await storage.Ingestion.ParseAsync(upload!.BlobName, CancellationToken.None);
        return upload;
    }

    private static async Task<UploadRecord> ScoreAsync(OpenedPipeline storage, UploadRecord upload)
    {
        await ScoreQueueReader.ScoreAllAsync(storage);
        return (await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None))!;
    }

    /// <summary>Chiềng En's annex (or <paramref name="workbook"/>, sent as Chiềng En's) uploaded, parsed and scored.</summary>
    private async Task<UploadRecord> SendAsync(OpenedPipeline storage, SampleWorkbook? workbook = null, string term = Term) =>
        await ScoreAsync(storage, await AcceptAsync(storage, workbook: workbook, term: term));

    /// <param name="seen">The upload the officer read (ReviewRequest.UploadId); null sends none.</param>
    private Task<ReviewResult> DecideAsync(OpenedPipeline storage, string decision, string? comment = null, IReadOnlyList<RowComment>? rows = null, Caller? by = null,
        string? seen = null)
    {
        _clock.Advance(TimeSpan.FromMinutes(1));
        return Reviews(storage).DecideAsync(new ReviewRequest(_province, "chieng-en", Term, decision, comment, rows) { UploadId = seen }, by ?? Officer, CancellationToken.None);
    }

    [Fact]
    public async Task The_whole_loop_returned_fixed_confirmed_locked_reopened_and_every_step_in_the_history()
    {
        var storage = await OpenAsync();
        var first = await SendAsync(storage);
        Assert.Equal(ReviewState.Submitted, (await Reviews(storage).GetAsync(ChiengEn, Term, CancellationToken.None)).Line.State);

        Assert.Equal((400, "unknown-ordinal"), Refusal(await DecideAsync(storage, "return", "Sai.", [new("99", "Không có chỉ tiêu này.")])));
        var returned = Assert.IsType<ReviewResult.Decided>(await DecideAsync(storage, "return", "Chỉ tiêu 20 sai đơn vị.", [new("20", "Đơn vị phải là %.")]));
        Assert.Equal((ReviewState.Returned, first.UploadId), (returned.Review.State, returned.Review.UploadId));
        // The clerk's summary says returned, with the general comment and each row's.
        var summary = await Reviews(storage).ShowAsync((await storage.Queries.GetSummaryAsync(ChiengEn, Term, CancellationToken.None))!, CancellationToken.None);
        Assert.Equal(ReviewState.Returned, summary.Review!.State);
        Assert.Equal("Chỉ tiêu 20 sai đơn vị.", summary.Review.LastDecision!.Comment);
        Assert.Equal([new RowComment("20", "Đơn vị phải là %.")], summary.Review.LastDecision.Rows);

        var fix = await SendAsync(storage);
        Assert.Equal(UploadStatus.Scored, fix.Status);
        Assert.Equal(ReviewState.Submitted, (await Reviews(storage).GetAsync(ChiengEn, Term, CancellationToken.None)).Line.State);

        var confirmed = Assert.IsType<ReviewResult.Decided>(await DecideAsync(storage, "confirm"));
        Assert.Equal((ReviewState.Confirmed, fix.UploadId), (confirmed.Review.State, confirmed.Review.UploadId));
        Assert.True(confirmed.Line.Confirmed);
        // Confirming again is the same confirmation, recorded once.
        Assert.IsType<ReviewResult.Decided>(await DecideAsync(storage, "confirm"));

        // Locked: refused before anything is stored, naming who confirmed and when; a check still works.
        var uploadsBefore = (await storage.Queries.ListUploadsAsync(ChiengEn, 100, CancellationToken.None)).Count;
        var (none, refusal) = await storage.UploadAsync(ChiengEn, Term, SampleWorkbooks.ChiengEn.ToBytes());
        Assert.Null(none);
        Assert.Equal((409, "annex-confirmed"), (refusal!.Status, refusal.Code));
        Assert.Contains("Cầm Thị Bình", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("01/06/2026", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("đề nghị tỉnh mở lại", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(uploadsBefore, (await storage.Queries.ListUploadsAsync(ChiengEn, 100, CancellationToken.None)).Count);
        using (var content = new MemoryStream(SampleWorkbooks.ChiengEn.ToBytes()))
        {
            var check = await storage.Submission.SubmitAsync(new SubmittedAnnex(Caller.CommuneOfficer("Lò Văn Xã", ChiengEn), ChiengEn.ToString(), Term, "Biểu 02.xlsx", content),
                SubmissionMode.Check, CancellationToken.None);
            Assert.IsType<SubmissionResult.Checked>(check);
        }

        Assert.Equal(409, Assert.IsType<ReviewResult.Refused>(await DecideAsync(storage, "return", "Sai.")).Status); // returning what is confirmed
        Assert.IsType<ReviewResult.Decided>(await DecideAsync(storage, "reopen", "Xã xin sửa số liệu quý IV."));
        var after = await SendAsync(storage);
        Assert.Equal(UploadStatus.Scored, after.Status);
        Assert.Equal(after.UploadId, (await storage.Queries.GetSummaryAsync(ChiengEn, Term, CancellationToken.None))!.UploadId);

        var history = await Reviews(storage).HistoryAsync(ChiengEn, Term, CancellationToken.None);
        Assert.Equal([ReviewAction.Upload, ReviewAction.Reopen, ReviewAction.Confirm, ReviewAction.Upload, ReviewAction.Return, ReviewAction.Upload],
            history.Select(e => e.Action));
        Assert.Equal(["Lò Văn Xã", "Cầm Thị Bình", "Cầm Thị Bình", "Lò Văn Xã", "Cầm Thị Bình", "Lò Văn Xã"], history.Select(e => e.By));
        Assert.Equal("Xã xin sửa số liệu quý IV.", history[1].Comment);
        Assert.Equal("20", Assert.Single(history[4].Rows).Ordinal);
        Assert.True(history.Zip(history.Skip(1)).All(p => p.First.At >= p.Second.At), "newest first");
    }

    [Fact]
    public async Task Decisions_that_do_not_fit_or_lack_a_comment_are_refused_and_change_nothing()
    {
        var storage = await OpenAsync();
        Assert.Equal((409, "decision-not-allowed"), Refusal(await DecideAsync(storage, "confirm"))); // nothing scored yet
        await SendAsync(storage);
        Assert.Equal((400, "comment-required"), Refusal(await DecideAsync(storage, "return", " ")));
        Assert.Equal((400, "invalid-decision"), Refusal(await DecideAsync(storage, "approve")));
        Assert.Equal((400, "rows-only-with-return"), Refusal(await DecideAsync(storage, "confirm", rows: [new("1", "x")])));
        Assert.Equal((409, "decision-not-allowed"), Refusal(await DecideAsync(storage, "reopen", "Vì sao")));
        Assert.Equal(ReviewState.Submitted, (await Reviews(storage).GetAsync(ChiengEn, Term, CancellationToken.None)).Line.State);
        Assert.DoesNotContain((await Reviews(storage).HistoryAsync(ChiengEn, Term, CancellationToken.None)), e => e.Action != ReviewAction.Upload);
    }

    private static (int, string) Refusal(ReviewResult result) => Assert.IsType<ReviewResult.Refused>(result) is var r ? (r.Status, r.Code) : default;

    [Fact]
    public async Task Only_a_province_officer_of_that_province_decides_and_sets_deadlines()
    {
        var storage = await OpenAsync();
        await SendAsync(storage);
        var clerk = Caller.CommuneOfficer("Lò Văn Xã", ChiengEn);
        var elsewhere = Caller.ProvinceOfficer("Cán bộ tỉnh khác", "dien-bien");
        Assert.Equal(403, Refusal(await DecideAsync(storage, "confirm", by: clerk)).Item1);
        Assert.Equal(403, Refusal(await DecideAsync(storage, "confirm", by: elsewhere)).Item1);
        Assert.Equal(401, Assert.IsType<ReviewResult.Refused>(await Reviews(storage).DecideAsync(
            new ReviewRequest(_province, "chieng-en", Term, "confirm", null, null), null, CancellationToken.None)).Status);
        Assert.Equal(403, Assert.IsType<ReviewResult.Refused>(await Deadlines(storage).SetDeadlineAsync(_province, Term, "2026-12-31", null, clerk, CancellationToken.None)).Status);
        Assert.Equal(403, Assert.IsType<ReviewResult.Refused>(await Deadlines(storage).SetDeadlineAsync(_province, Term, "2026-12-31", null, elsewhere, CancellationToken.None)).Status);
        Assert.Equal(ReviewState.Submitted, (await Reviews(storage).GetAsync(ChiengEn, Term, CancellationToken.None)).Line.State);
    }

    [Fact]
    public async Task An_upload_accepted_before_a_confirmation_and_scored_after_it_is_kept_but_never_current()
    {
        var storage = await OpenAsync();
        var first = await SendAsync(storage);
        var late = await AcceptAsync(storage); // accepted and parsed; its score messages wait in the queue
        Assert.IsType<ReviewResult.Decided>(await DecideAsync(storage, "confirm"));

        late = await ScoreAsync(storage, late);
        Assert.Equal((UploadStatus.Rejected, "annex-confirmed"), (late.Status, late.ErrorCode));
        Assert.Contains("đề nghị tỉnh mở lại", late.ErrorMessage, StringComparison.Ordinal);
        Assert.NotNull(late.ScoredAt);
        Assert.Equal(first.UploadId, (await storage.Queries.GetSummaryAsync(ChiengEn, Term, CancellationToken.None))!.UploadId);
        Assert.True((await Reviews(storage).GetAsync(ChiengEn, Term, CancellationToken.None)).Line.Confirmed);
        // In the history with its reason, not lost.
        Assert.Contains(await Reviews(storage).HistoryAsync(ChiengEn, Term, CancellationToken.None),
            e => e.UploadId == late.UploadId && e.Action == ReviewAction.Upload && e.Comment!.Contains("xác nhận", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_officers_deciding_at_once_one_wins_the_other_is_told_and_the_history_holds_one_decision()
    {
        var storage = await OpenAsync();
        await SendAsync(storage);
        var request = new ReviewRequest(_province, "chieng-en", Term, "confirm", null, null);
        var results = await Task.WhenAll(
            Task.Run(() => Reviews(storage).DecideAsync(request, Officer, CancellationToken.None)),
            Task.Run(() => Reviews(storage).DecideAsync(request with { Decision = "return", Comment = "Sai số liệu." }, OtherOfficer, CancellationToken.None)));
        var won = Assert.Single(results.OfType<ReviewResult.Decided>());
        var lost = Assert.Single(results.OfType<ReviewResult.Refused>());
        Assert.Equal(409, lost.Status);
        Assert.Contains(lost.Code, new[] { "decided-concurrently", "decision-not-allowed" });
        var decisions = (await Reviews(storage).HistoryAsync(ChiengEn, Term, CancellationToken.None)).Where(e => e.Action != ReviewAction.Upload).ToArray();
        Assert.Equal(won.Review.LastDecision!.Action, Assert.Single(decisions).Action);
    }

    [Fact]
    public async Task A_write_with_a_stale_etag_is_refused_so_the_second_officer_is_told()
    {
        var storage = await OpenAsync();
        await SendAsync(storage);
        var store = storage.Services.GetRequiredService<ReviewStore>();
        var (review, etag) = await store.GetAsync(ChiengEn, Term, CancellationToken.None);
        Assert.IsType<ReviewResult.Decided>(await DecideAsync(storage, "confirm")); // another officer, in between
        Assert.False(await store.TryWriteAsync(ChiengEn, review! with { State = ReviewState.Returned, Version = review.Version + 1 }, etag, CancellationToken.None));
        Assert.Equal(ReviewState.Confirmed, (await Reviews(storage).GetAsync(ChiengEn, Term, CancellationToken.None)).Line.State);
    }

    [Fact]
    public async Task A_crash_between_the_state_and_its_history_line_loses_nothing_and_duplicates_nothing()
    {
        var storage = await OpenAsync();
        await SendAsync(storage);
        var store = storage.Services.GetRequiredService<ReviewStore>();
        // The state written, its line not: as a crash right after the state's write leaves it.
        var (review, etag) = await store.GetAsync(ChiengEn, Term, CancellationToken.None);
        var version = review!.Version + 1;
        var decision = new ReviewEvent(_clock.GetUtcNow(), "Cầm Thị Bình", ReviewAction.Return, review.UploadId, "Sai đơn vị.", []);
        Assert.True(await store.TryWriteAsync(ChiengEn, review with { State = ReviewState.Returned, Version = version, LastDecision = decision, LastDecisionVersion = version },
            etag, CancellationToken.None));
        Assert.Empty(await store.ListDecisionsAsync(ChiengEn, Term, CancellationToken.None));
        Assert.Single(await Reviews(storage).HistoryAsync(ChiengEn, Term, CancellationToken.None), e => e.Action == ReviewAction.Return);

        // The next change writes the lost line first; writing it again adds nothing.
        await SendAsync(storage);
        await store.WriteLastDecisionAsync(ChiengEn, (await store.GetAsync(ChiengEn, Term, CancellationToken.None)).Review!, CancellationToken.None);
        Assert.Equal(ReviewAction.Return, Assert.Single(await store.ListDecisionsAsync(ChiengEn, Term, CancellationToken.None)).Event.Action);
        Assert.Single(await Reviews(storage).HistoryAsync(ChiengEn, Term, CancellationToken.None), e => e.Action == ReviewAction.Return);
    }

    [Fact]
    public async Task Deadlines_give_each_commune_on_time_or_late_and_the_province_its_counts()
    {
        var storage = await OpenAsync();
        Assert.IsType<ReviewResult.DeadlineSet>(await Deadlines(storage).SetDeadlineAsync(_province, Term, "2026-06-01", null, Officer, CancellationToken.None));
        Assert.Equal(400, Assert.IsType<ReviewResult.Refused>(await Deadlines(storage).SetDeadlineAsync(_province, Term, "31/12/2026", null, Officer, CancellationToken.None)).Status);
        await SendAsync(storage); // 1 June, 09:01 in Vietnam: on time
        _clock.Advance(TimeSpan.FromDays(1)); // Pú Bẩu has sent nothing and the day has passed
        Assert.IsType<ReviewResult.Decided>(await DecideAsync(storage, "confirm"));

        var registry = await storage.Units.CurrentAsync(CancellationToken.None);
        var rollup = await storage.Consolidated.GetProvinceAsync(registry, registry.Province(_province)!, Term, CancellationToken.None);
        var shown = await Reviews(storage).ShowAsync(rollup, confirmedOnly: true, CancellationToken.None);
        var review = shown.Review!;
        Assert.Equal(new DateOnly(2026, 6, 1), review.Deadline);
        Assert.Equal((1, 0, 0, 1), (review.NotSubmitted, review.AwaitingReview, review.Returned, review.Confirmed));
        Assert.Equal((1, 1), (review.OnTime, review.Late));
        Assert.Equal(Timeliness.OnTime, shown.Communes.Single(c => c.Commune == ChiengEn.ToString()).Review!.Timeliness);
        Assert.Equal(Timeliness.Late, shown.Communes.Single(c => c.Commune.EndsWith("/pu-bau", StringComparison.Ordinal)).Review!.Timeliness);
        Assert.True(review.ConfirmedOnly);
        Assert.Equal(rollup.Totals.Targets, shown.Totals.Targets); // the one scored commune is confirmed
        Assert.Equal(Term, Assert.Single(await Deadlines(storage).DeadlinesAsync(_province, CancellationToken.None)).Term);
    }
}
