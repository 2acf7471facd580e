namespace Pipeline.Core.Review;

/// <summary>
/// A commune's report of one period (a year's results, the mid-term review) as the stores know it: the upload that is its
/// current annex of the period, and when the commune sent it.
/// </summary>
/// <param name="SentAt">When the commune first sent an annex of the period that became current (received, not scored): what timeliness is judged on, as a term's annex is judged on its first submission.</param>
public sealed record PeriodSent(string UploadId, DateTimeOffset SentAt);
