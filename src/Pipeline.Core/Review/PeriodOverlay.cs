using Pipeline.Core.Consolidation;
using Pipeline.Core.Periods;

namespace Pipeline.Core.Review;

/// <summary>
/// Adds one period's completeness to the province summary as it is served (<c>?period=</c>): which communes sent that
/// period's report, when, and on time or late against the period's deadline (<see cref="Deadline.Judge"/>, the same rule as the
/// term's annex). A period's reports are no annex under review: the review lines and <see cref="ProvinceReview"/> stay the
/// term's. Never stored, like the review: uploads and deadlines change without the rollup changing. Pure.
/// </summary>
public static class PeriodOverlay
{
    /// <summary>
    /// Each commune of <paramref name="summary"/> with its <see cref="PeriodSubmission"/> for <paramref name="period"/>, and the
    /// <see cref="PeriodCompleteness"/> over the communes that owe the term's annexes (<see cref="ProvinceCommune.Expected"/>).
    /// </summary>
    /// <param name="sent">Each commune's current report of the period, by commune id ("son-la/pu-bau"); a commune absent sent none.</param>
    /// <param name="deadline">The period's deadline; null when none is set.</param>
    public static ProvinceSummary Province(ProvinceSummary summary, ReportingPeriod period, IReadOnlyDictionary<string, PeriodSent> sent, DateOnly? deadline,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(sent);
        var communes = summary.Communes.Select(c =>
        {
            var report = sent.GetValueOrDefault(c.Commune);
            return c with { PeriodSubmission = new PeriodSubmission(period, report is not null, report?.UploadId, report?.SentAt, Deadline.Judge(deadline, report?.SentAt, now)) };
        }).ToArray();
        var owed = communes.Where(c => c.Expected).ToArray();
        var notSent = owed.Where(c => !c.PeriodSubmission!.Sent).Select(c => new CommuneName(c.Commune, c.Name)).ToArray();
        var completeness = new PeriodCompleteness(period, deadline, owed.Length, owed.Length - notSent.Length, notSent.Length,
            Completeness.RateOf(owed.Length - notSent.Length, owed.Length),
            owed.Count(c => c.PeriodSubmission!.Timeliness == Timeliness.OnTime),
            owed.Count(c => c.PeriodSubmission!.Timeliness == Timeliness.Late),
            notSent);
        return summary with { Communes = communes, PeriodCompleteness = completeness };
    }
}
