using Pipeline.Core.Periods;

namespace Pipeline.Core.Review;

/// <summary>
/// One commune's line for a period in the province summary asked with <c>?period=</c> (<c>periodSubmission</c>): whether it
/// sent that period's report, which upload is current, when it sent the first one, and on time or late against the period's deadline.
/// </summary>
/// <param name="SentAt">When the first annex of the period that became current was received; null when none was sent.</param>
/// <param name="Timeliness">As <see cref="Deadline.Judge"/> says: null without a deadline, or when nothing came and there is still time.</param>
public sealed record PeriodSubmission(ReportingPeriod Period, bool Sent, string? UploadId, DateTimeOffset? SentAt, Timeliness? Timeliness);
