using Azure.Storage.Queues;
using Pipeline.Storage.Ingestion;

namespace Pipeline.Storage.Scoring;

/// <summary>
/// How both hosts' queue triggers take score requests and retry them: the Function App's
/// host.json <c>extensions.queues</c> section says these values (a wiring test holds them
/// equal) and the local host sets its WebJobs queue options from them. Only the polling interval
/// differs, on purpose: <see cref="LocalMaxPollingInterval"/>.
/// </summary>
public static class ScoreQueueSettings
{
    /// <summary>
    /// Attempts before the host moves a request to the poison queue (and its upload shows
    /// failed). The failures that pass — a request read a moment before the parse step recorded
    /// "parsed", storage that is briefly away — clear within a retry or two; one that fails five
    /// times will fail the sixth, and its clerk should hear so within a minute.
    /// </summary>
    public const int MaxDequeueCount = 5;

    /// <summary>
    /// How long a failed request stays invisible before its next attempt (not its lease while it
    /// runs, which the SDK holds and renews). 5 s in both hosts: the four retries span about
    /// 20 s, long enough for an emulator the local host restarts or a throttled account to answer
    /// again before the upload is declared failed (2 s locally used to give up within 8 s).
    /// </summary>
    /// <remarks>
    /// Safe with the re-drive: <see cref="RedrivePolicy"/> resends an upload's requests only when
    /// it is still "parsed" <see cref="RedrivePolicy.ResendGrace"/> after it was last driven (1 min
    /// locally, 5 min in Azure), longer than a request's whole retry chain
    /// (<see cref="RetriesSpan"/>, plus the attempts themselves), so a request waiting out a retry
    /// is not sent again. Were it sent again anyway (a host that died holding it), the score step
    /// is idempotent and marking failed leaves a scored upload alone: a second run changes nothing.
    /// </remarks>
    public static readonly TimeSpan VisibilityTimeout = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The longest an idle listener in the Function App waits between polls: every empty poll is
    /// a storage transaction per instance, and 5 s bounds how long the first request after a quiet
    /// spell waits.
    /// </summary>
    public static readonly TimeSpan MaxPollingInterval = TimeSpan.FromSeconds(5);

    /// <summary>
    /// The local host's longest wait between polls: polling the emulator on the same machine costs
    /// nothing, and a clerk watching an upload sees it scored up to 4 s sooner.
    /// </summary>
    public static readonly TimeSpan LocalMaxPollingInterval = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Requests fetched at once. With <see cref="NewBatchThreshold"/>, at most 12 score at once
    /// per instance: each holds a parsed upload and its report in memory, and the local load test
    /// (docs/benchmarks.md) never saw more than 6 waiting, so more would not score faster.
    /// </summary>
    public const int BatchSize = 8;

    /// <summary>A new batch is fetched once no more than this many are still running.</summary>
    public const int NewBatchThreshold = 4;

    /// <summary>How the requests' text is written on the queue (what the SDKs' triggers read by default).</summary>
    public const QueueMessageEncoding MessageEncoding = QueueMessageEncoding.Base64;

    /// <summary>
    /// The longest a request's retries keep it on the queue before it is poisoned, not counting
    /// the attempts' own run time: a retry delay and a poll before each attempt after the first.
    /// </summary>
    public static TimeSpan RetriesSpan(TimeSpan maxPollingInterval) => (MaxDequeueCount - 1) * (VisibilityTimeout + maxPollingInterval);
}
