using Pipeline.Core.Consolidation;
using Pipeline.Core.Reporting;
using Pipeline.Core.Review;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Durability;
using Pipeline.Storage.Scoring;
using Pipeline.Storage.Units;
using Pipeline.Storage.Uploads;

namespace Pipeline.Storage.Review;

/// <summary>
/// The province's review of its communes' annexes: decisions (confirm, return, reopen) under
/// <see cref="ReviewTransitions"/>, the lock a confirmation puts on uploads, the history, and the review laid over the
/// summaries the API serves (<see cref="ReviewOverlay"/>), each line judged on time or late against the term's deadline.
/// Setting deadlines and a period's completeness are <see cref="ReportingDeadlines"/>'. Decisions are on the term's annex
/// only: a year's results are reported, not reviewed.
/// </summary>
/// <remarks>
/// Each commune and term has one review entity, changed only under its ETag: by a decision here,
/// and by <see cref="AdmitCurrentAsync"/> when a newer upload is about to become current. Two
/// officers deciding at once, or a decision meeting an upload, cannot both win: the loser writes
/// nothing and is told (409), or — the upload — reads the new state and tries again.
/// Crash ordering: the state is written first, then its history line. The state carries its last
/// decision, and the line's row key is derived from the version that decision made, so the line
/// can be written again at any time without ever adding a second one: every later write of the
/// state writes it first (a crash in between loses nothing), and the history shows it from the state
/// until then. The other order (line first) could leave a line for a decision whose state write then
/// lost to another officer — a history of something that never happened.
/// </remarks>
public sealed class AnnexReviews(IUnitRegistry units, ReviewStore store, SummaryStore summaries, TargetRowStore targets,
    UploadStore uploads, TimeProvider clock, IWriteJournal journal)
    : IAnnexLocks
{
    /// <summary>Longest general comment (characters).</summary>
    public const int MaxCommentChars = 2000;

    /// <summary>Most row comments in one return.</summary>
    public const int MaxRows = 200;

    /// <summary>Longest row comment (characters); ordinals are at most 20.</summary>
    public const int MaxRowCommentChars = 500;

    /// <summary>
    /// Confirms, returns or reopens the commune's current annex for the term, as a province officer of
    /// its province. 400 for a malformed request (a return or reopening without comment, row comments on
    /// anything but a return, or naming an ordinal the current annex lacks), 409 when the decision does not
    /// fit the state or another officer decided first (nothing is written then).
    /// </summary>
    public async Task<ReviewResult> DecideAsync(ReviewRequest request, Caller? caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!CommuneId.TryParse($"{request.Province}/{request.Commune}", out var parsed))
            return new ReviewResult.Refused(400, "invalid-commune", "Mã xã phải có dạng tỉnh/xã, ví dụ son-la/chieng-en.");
        var commune = parsed.Value;
        var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var access = AccessPolicy.CanReview(caller, commune, registry);
        if (!access.Allowed) return ReviewResult.Refused.Denied(access);
        if (registry.Find(commune) is null) return new ReviewResult.Refused(404, "not-found", $"Không có xã '{commune}' trong danh mục đơn vị hành chính.");
        if (Invalid(request) is { } invalid) return invalid;
        var decision = Enum.Parse<ReviewDecision>(request.Decision!, ignoreCase: true);
        var term = request.Term!;
        var comment = string.IsNullOrWhiteSpace(request.Comment) ? null : CommentText.Clean(request.Comment);
        var rows = (request.Rows ?? []).Select(r => new RowComment(r.Ordinal.Trim(), CommentText.Clean(r.Comment))).ToArray();

        // Read, decided, written and journaled in one hold: the local host's replay of accepted decisions
        // never interleaves with a new one (no-op in Azure, whose acknowledgement is durable).
        using var hold = await journal.HoldReplayAsync(cancellationToken).ConfigureAwait(false);
        var (review, etag) = await store.GetAsync(commune, term, cancellationToken).ConfigureAwait(false);
        var summary = await summaries.GetAsync(commune.Province, commune.Commune, term, cancellationToken).ConfigureAwait(false);
        if (await BeingMadeCurrentAsync(review, summary, cancellationToken).ConfigureAwait(false))
            return new ReviewResult.Refused(409, "annex-updating", ReviewMessages.Updating);
        // The officer decides on what they read: a newer annex since then is theirs to read first.
        if (request.UploadId is { } seen && seen != summary?.UploadId)
            return new ReviewResult.Refused(409, "annex-changed", ReviewMessages.Changed);
        var deadline = (await store.GetDeadlineAsync(commune.Province, term, cancellationToken).ConfigureAwait(false))?.Deadline;
        var now = clock.GetUtcNow();
        var line = ReviewLine.Of(review, summary?.UploadId, summary?.ScoredAt, deadline, now);
        var outcome = ReviewTransitions.Decide(line.State, decision);
        if (outcome.Refusal is { } refusal) return new ReviewResult.Refused(409, "decision-not-allowed", ReviewMessages.NotAllowed(refusal));
        if (outcome.Unchanged) return new ReviewResult.Decided(review!, line);
        if (rows.Length > 0 && await UnknownOrdinalsAsync(commune, term, summary!.UploadId, rows, cancellationToken).ConfigureAwait(false) is { Count: > 0 } unknown)
            return new ReviewResult.Refused(400, "unknown-ordinal",
                $"Biểu hiện hành của xã không có chỉ tiêu số thứ tự {string.Join(", ", unknown)}; hãy ghi nhận xét theo đúng số thứ tự trong biểu.");

        var version = (review?.Version ?? 0) + 1;
        var decided = new CommuneReview(commune.ToString(), term, outcome.State, summary!.UploadId,
            review?.FirstSubmittedAt ?? await ReceivedAtAsync(summary, cancellationToken).ConfigureAwait(false), version,
            new ReviewEvent(now, caller!.Name, ActionOf(decision), summary.UploadId, comment, rows), version);
        // The previous decision's line first (a crash may have kept it from being written), then the state, then its line.
        if (review is not null) await store.WriteLastDecisionAsync(commune, review, cancellationToken).ConfigureAwait(false);
        if (!await store.TryWriteAsync(commune, decided, etag, cancellationToken).ConfigureAwait(false))
            return new ReviewResult.Refused(409, "decided-concurrently", ReviewMessages.DecidedConcurrently);
        await store.WriteLastDecisionAsync(commune, decided, cancellationToken).ConfigureAwait(false);
        // Before the 200: what the host's journal holds survives a crash of the emulator.
        await journal.ReviewAcceptedAsync(new AcceptedReview(commune, decided), cancellationToken).ConfigureAwait(false);
        return new ReviewResult.Decided(decided, ReviewLine.Of(decided, summary.UploadId, summary.ScoredAt, deadline, now));
    }

    /// <summary>
    /// The commune's review for the term as its summary shows it (state NotSubmitted when nothing is
    /// current), with the current upload it is about (null when none).
    /// </summary>
    public async Task<(ReviewLine Line, string? UploadId)> GetAsync(CommuneId commune, string term, CancellationToken cancellationToken)
    {
        var (review, deadline) = await ReviewAndDeadlineAsync(commune, term, cancellationToken).ConfigureAwait(false);
        var summary = await summaries.GetAsync(commune.Province, commune.Commune, term, cancellationToken).ConfigureAwait(false);
        return (ReviewLine.Of(review, summary?.UploadId, summary?.ScoredAt, deadline, clock.GetUtcNow()), summary?.UploadId);
    }

    /// <summary>
    /// Every upload of the commune for the term and every decision on it, newest first. Uploads come
    /// from their own records (kept for good), decisions from the append-only history; nothing deletes either.
    /// </summary>
    public async Task<IReadOnlyList<ReviewEvent>> HistoryAsync(CommuneId commune, string term, CancellationToken cancellationToken)
    {
        var decisions = await store.ListDecisionsAsync(commune, term, cancellationToken).ConfigureAwait(false);
        var (review, _) = await store.GetAsync(commune, term, cancellationToken).ConfigureAwait(false);
        var events = decisions.Select(d => d.Event).ToList();
        // The last decision is in the state before its line is written: shown from there after a crash in between.
        if (review?.LastDecision is { } last && decisions.All(d => d.Version != review.LastDecisionVersion)) events.Add(last);
        // Every upload of the term's whole annex, however many the commune has sent (for any term): none
        // falls out of the history; a year's results are no upload of the annex under review.
        foreach (var upload in await uploads.ListTermAsync(commune, term, cancellationToken).ConfigureAwait(false))
        {
            if (upload.ForWholeTerm)
                events.Add(new ReviewEvent(upload.ReceivedAt, upload.Uploader, ReviewAction.Upload, upload.UploadId, upload.ErrorMessage, []));
        }
        return events.OrderByDescending(e => e.At).ThenByDescending(e => e.Action == ReviewAction.Upload ? 0 : 1).ToArray();
    }

    /// <inheritdoc/>
    public async Task<string?> LockedAsync(CommuneId commune, string term, CancellationToken cancellationToken)
    {
        var (review, _) = await store.GetAsync(commune, term, cancellationToken).ConfigureAwait(false);
        return review?.State == ReviewState.Confirmed ? await LockMessageAsync(commune, review, cancellationToken).ConfigureAwait(false) : null;
    }

    /// <summary>
    /// The gate every upload passes just before it becomes current (the score step, a held upload
    /// confirmed): null when it may — the review is then submitted again for it (from nothing,
    /// submitted or returned) — or the lock's Vietnamese refusal when the annex is confirmed. Checked
    /// here, at make-current time, and not only when the file arrives: an upload accepted just before
    /// a confirmation is scored after it. Idempotent: an upload no newer than the one the review stands on changes nothing.
    /// </summary>
    public async Task<string?> AdmitCurrentAsync(UploadRecord upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        while (true)
        {
            var (review, etag) = await store.GetAsync(upload.Commune, upload.Term, cancellationToken).ConfigureAwait(false);
            // A repeated message, or an older upload: the summary store keeps the newer one current anyway.
            if (review?.UploadId is { } known && string.CompareOrdinal(known, upload.UploadId) >= 0) return null;
            var outcome = ReviewTransitions.Submit(review?.State ?? ReviewState.NotSubmitted);
            if (!outcome.Allowed) return await LockMessageAsync(upload.Commune, review!, cancellationToken).ConfigureAwait(false);
            if (review is not null) await store.WriteLastDecisionAsync(upload.Commune, review, cancellationToken).ConfigureAwait(false);
            var submitted = new CommuneReview(upload.Commune.ToString(), upload.Term, outcome.State, upload.UploadId,
                review?.FirstSubmittedAt ?? upload.ReceivedAt, (review?.Version ?? 0) + 1, review?.LastDecision, review?.LastDecisionVersion ?? 0);
            if (await store.TryWriteAsync(upload.Commune, submitted, etag, cancellationToken).ConfigureAwait(false)) return null;
            // An officer decided in between: read the new state (it may now be confirmed) and decide again.
        }
    }

    /// <summary>The province rollup with each commune's review and the review completeness; totals of confirmed communes only with <paramref name="confirmedOnly"/>.</summary>
    public async Task<ProvinceSummary> ShowAsync(ProvinceSummary summary, bool confirmedOnly, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var (reviews, deadline) = await ProvinceReviewsAsync(summary.Province, summary.Term, cancellationToken).ConfigureAwait(false);
        return ReviewOverlay.Province(summary, reviews, deadline, clock.GetUtcNow(), confirmedOnly);
    }

    /// <summary>A merged commune's summary with each predecessor's review (whether the upload it stands on is confirmed).</summary>
    public async Task<MergedCommuneSummary> ShowAsync(MergedCommuneSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var province = IdOf(summary.Commune).Province;
        var (reviews, deadline) = await ProvinceReviewsAsync(province, summary.BaselineTerm, cancellationToken).ConfigureAwait(false);
        return ReviewOverlay.Merged(summary, reviews, deadline, clock.GetUtcNow());
    }

    /// <summary>A commune summary with its review.</summary>
    public async Task<CommuneSummary> ShowAsync(CommuneSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var (review, deadline) = await ReviewAndDeadlineAsync(IdOf(summary.Commune), summary.Term, cancellationToken).ConfigureAwait(false);
        return ReviewOverlay.Commune(summary, review, deadline, clock.GetUtcNow());
    }

    private async Task<(CommuneReview? Review, DateOnly? Deadline)> ReviewAndDeadlineAsync(CommuneId commune, string term, CancellationToken cancellationToken)
    {
        var (review, _) = await store.GetAsync(commune, term, cancellationToken).ConfigureAwait(false);
        return (review, (await store.GetDeadlineAsync(commune.Province, term, cancellationToken).ConfigureAwait(false))?.Deadline);
    }

    private async Task<(IReadOnlyDictionary<string, CommuneReview> Reviews, DateOnly? Deadline)> ProvinceReviewsAsync(string province, string term, CancellationToken cancellationToken)
    {
        var reviews = await store.ListProvinceAsync(province, term, cancellationToken).ConfigureAwait(false);
        var deadline = await store.GetDeadlineAsync(province, term, cancellationToken).ConfigureAwait(false);
        return (reviews, deadline?.Deadline);
    }

    /// <summary>
    /// Whether a newer upload has passed the gate and is being scored into current right now: the
    /// officer saw the annex it replaces. An upload that then failed does not block decisions for good.
    /// </summary>
    private async Task<bool> BeingMadeCurrentAsync(CommuneReview? review, CommuneSummary? summary, CancellationToken cancellationToken)
    {
        if (review?.UploadId is not { } gated || (summary is not null && string.CompareOrdinal(gated, summary.UploadId) <= 0)) return false;
        var upload = await uploads.GetAsync(gated, cancellationToken).ConfigureAwait(false);
        // Admitted by the review but not yet current: being made current (scored, or a held one the clerk is confirming)
        // unless it was set aside since — rejected, failed or cancelled uploads never become current.
        return upload is not null && upload.Status is not (UploadStatus.Rejected or UploadStatus.Failed or UploadStatus.Cancelled);
    }

    /// <summary>The commented ordinals the annexes of the upload do not have: a comment the clerk's fix-list could not place.</summary>
    private async Task<IReadOnlyList<string>> UnknownOrdinalsAsync(CommuneId commune, string term, string uploadId, IReadOnlyList<RowComment> rows,
        CancellationToken cancellationToken)
    {
        var annexes = await targets.ReadAnnexesAsync(TableKeys.UploadTargets(commune.ToString(), term, uploadId), cancellationToken).ConfigureAwait(false);
        var ordinals = annexes.SelectMany(a => a.Targets).Select(t => t.Ordinal).ToHashSet(StringComparer.Ordinal);
        return rows.Select(r => r.Ordinal).Where(o => !ordinals.Contains(o)).Distinct(StringComparer.Ordinal).ToArray();
    }

    private async Task<DateTimeOffset> ReceivedAtAsync(CommuneSummary summary, CancellationToken cancellationToken) =>
        (await uploads.GetAsync(summary.UploadId, cancellationToken).ConfigureAwait(false))?.ReceivedAt ?? summary.ScoredAt;

    private async Task<string> LockMessageAsync(CommuneId commune, CommuneReview review, CancellationToken cancellationToken)
    {
        var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        return ReviewMessages.Locked(registry.Find(commune)?.Name ?? commune.Commune, review.Term, review.LastDecision);
    }

    private static CommuneId IdOf(string commune) =>
        CommuneId.TryParse(commune, out var id) ? id.Value : throw new InvalidDataException($"A stored summary names no commune id: '{commune}'.");

    private static ReviewAction ActionOf(ReviewDecision decision) => decision switch
    {
        ReviewDecision.Confirm => ReviewAction.Confirm,
        ReviewDecision.Return => ReviewAction.Return,
        _ => ReviewAction.Reopen,
    };

    /// <summary>The refusal of a malformed request, or null: term, decision, comment and rows as <see cref="DecideAsync"/> documents.</summary>
    private static ReviewResult.Refused? Invalid(ReviewRequest request)
    {
        if (!Term.IsValid(request.Term)) return new(400, "invalid-term", "Nhiệm kỳ phải có dạng 2020-2025.");
        if (request.Decision is not ("confirm" or "return" or "reopen"))
            return new(400, "invalid-decision", "Quyết định phải là confirm (xác nhận), return (trả lại) hoặc reopen (mở lại).");
        var decision = Enum.Parse<ReviewDecision>(request.Decision, ignoreCase: true);
        if (ReviewTransitions.NeedsComment(decision) && (request.Comment is null || CommentText.Clean(request.Comment).Length == 0))
            return new(400, "comment-required", decision == ReviewDecision.Return
                ? "Trả lại biểu cần có nhận xét chung: hãy ghi rõ xã cần sửa gì."
                : "Mở lại biểu cần có lý do: hãy ghi vì sao mở lại.");
        if (request.Comment is { } general && CommentText.Length(general) > MaxCommentChars)
            return new(400, "comment-too-long", $"Nhận xét dài quá {MaxCommentChars} ký tự; hãy viết gọn lại.");
        var rows = request.Rows ?? [];
        if (rows.Count > 0 && decision != ReviewDecision.Return)
            return new(400, "rows-only-with-return", "Chỉ khi trả lại biểu mới ghi nhận xét cho từng chỉ tiêu.");
        if (rows.Count > MaxRows) return new(400, "too-many-rows", $"Mỗi lần trả lại ghi nhận xét cho tối đa {MaxRows} chỉ tiêu.");
        if (rows.Any(r => r is null || string.IsNullOrWhiteSpace(r.Ordinal) || r.Ordinal.Length > 20 || r.Comment is null
            || CommentText.Clean(r.Comment).Length == 0 || CommentText.Length(r.Comment) > MaxRowCommentChars))
            return new(400, "invalid-rows", $"Mỗi nhận xét chỉ tiêu cần số thứ tự của chỉ tiêu (ví dụ \"23\") và nội dung không quá {MaxRowCommentChars} ký tự.");
        // One comment per target: three on row 23 would read as three different problems.
        if (rows.GroupBy(r => r.Ordinal.Trim(), StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            return new(400, "duplicate-rows", $"Chỉ tiêu {twice.Key} có nhiều nhận xét; hãy gộp thành một nhận xét cho mỗi chỉ tiêu.");
        return null;
    }
}
