using System.Globalization;
using Pipeline.Core.Consolidation;
using Pipeline.Core.Periods;
using Pipeline.Core.Review;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Durability;
using Pipeline.Storage.Scoring;
using Pipeline.Storage.Units;
using Pipeline.Storage.Uploads;

namespace Pipeline.Storage.Review;

/// <summary>
/// The province's deadlines for its communes' reports — the whole term's (what the review judges each annex against) and
/// each period's (a year, the mid-term review) — and a period's completeness against its deadline (<see cref="PeriodOverlay"/>).
/// A deadline set is journalled before it is answered (<see cref="IWriteJournal"/>): acknowledged means kept.
/// </summary>
public sealed class ReportingDeadlines(IUnitRegistry units, ReviewStore store, PeriodSummaryStore periods, TimeProvider clock, IWriteJournal journal)
{
    /// <summary>
    /// The province rollup with <paramref name="period"/>'s completeness: each commune's report of that period (the current
    /// annexes of <see cref="PeriodSummaryStore"/>), on time or late against the period's deadline (<see cref="PeriodOverlay"/>).
    /// </summary>
    public async Task<ProvinceSummary> ShowPeriodAsync(ProvinceSummary summary, ReportingPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var sent = await periods.ListProvinceSentAsync(summary.Province, summary.Term, period, cancellationToken).ConfigureAwait(false);
        var deadline = await store.GetDeadlineAsync(summary.Province, summary.Term, period, cancellationToken).ConfigureAwait(false);
        return PeriodOverlay.Province(summary, period, sent, deadline?.Deadline, clock.GetUtcNow());
    }

    /// <summary>
    /// Sets the province's deadline ("2026-12-31") for the term, or for one period of it (<paramref name="period"/>: "2026",
    /// "mid-term"; null or empty: the whole term), as an officer of that province. 400 <c>invalid-period</c> for no period,
    /// <c>period-not-of-term</c> for a year outside the term, <c>invalid-deadline</c> for a day outside the period's
    /// <see cref="Deadline.Window"/>.
    /// </summary>
    public async Task<ReviewResult> SetDeadlineAsync(string province, string? term, string? deadline, string? period, Caller? caller, CancellationToken cancellationToken)
    {
        var access = AccessPolicy.CanSetDeadlines(caller, province);
        if (!access.Allowed) return ReviewResult.Refused.Denied(access);
        if ((await units.CurrentAsync(cancellationToken).ConfigureAwait(false)).Province(province) is null)
            return new ReviewResult.Refused(404, "not-found", $"Không có tỉnh '{province}' trong danh mục đơn vị hành chính.");
        if (!Term.IsValid(term)) return new ReviewResult.Refused(400, "invalid-term", "Nhiệm kỳ phải có dạng 2020-2025.");
        var parsed = Term.Parse(term!);
        var chosen = ReportingPeriod.WholeTerm;
        if (!string.IsNullOrWhiteSpace(period) && !ReportingPeriod.TryParse(period, out chosen))
            return new ReviewResult.Refused(400, "invalid-period", ReviewMessages.InvalidDeadlinePeriod);
        if (!chosen.IsPeriodOf(parsed)) return new ReviewResult.Refused(400, "period-not-of-term", UploadMessages.PeriodNotOfTerm(chosen.Year!.Value, parsed));
        if (!DateOnly.TryParseExact(deadline, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return new ReviewResult.Refused(400, "invalid-deadline", "Hạn nộp phải là một ngày dạng năm-tháng-ngày, ví dụ 2026-12-31.");
        if (!Deadline.Fits(day, parsed, chosen)) return new ReviewResult.Refused(400, "invalid-deadline", ReviewMessages.DeadlineOutside(parsed, chosen));
        var set = new TermDeadline(term!, day, caller!.Name, clock.GetUtcNow()) { Period = chosen };
        using (await journal.HoldReplayAsync(cancellationToken).ConfigureAwait(false))
        {
            await store.SetDeadlineAsync(province, set, cancellationToken).ConfigureAwait(false);
            await journal.DeadlineAcceptedAsync(new AcceptedDeadline(province, set), cancellationToken).ConfigureAwait(false);
        }
        return new ReviewResult.DeadlineSet(province, set);
    }

    /// <summary>The province's deadlines: each term's, and each period's that was set.</summary>
    public Task<IReadOnlyList<TermDeadline>> DeadlinesAsync(string province, CancellationToken cancellationToken) => store.ListDeadlinesAsync(province, cancellationToken);
}
