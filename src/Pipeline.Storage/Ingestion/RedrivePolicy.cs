namespace Pipeline.Storage.Ingestion;

/// <summary>
/// When an upload that is not final counts as stuck and is driven on (<see cref="AnnexIngestion.RedriveAsync"/>).
/// Everything accepted before the host (or its storage) last started is due at once: nothing of
/// this process is working on it.
/// </summary>
/// <param name="Interval">How often a host looks.</param>
/// <param name="ParseGrace">An upload still "received" this long after it was driven is parsed again (its blob event did not come).</param>
/// <param name="ResendGrace">
/// An upload still "parsed" this long after it was driven gets its score requests again: longer
/// than a request's retries take (<see cref="Scoring.ScoreQueueSettings.VisibilityTimeout"/>), so
/// one still waiting out a retry is not sent twice.
/// </param>
public sealed record RedrivePolicy(TimeSpan Interval, TimeSpan ParseGrace, TimeSpan ResendGrace)
{
    /// <summary>
    /// The local host: its blob trigger scans the container by last-modified second and can miss
    /// blobs written in the same second (docs/benchmarks.md), so received uploads are parsed after
    /// 5 s; a score request takes about 2 s, so one a minute old is lost or held by a dead host.
    /// </summary>
    public static RedrivePolicy Local { get; } = new(TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(5), TimeSpan.FromMinutes(1));

    /// <summary>
    /// Azure: Event Grid retries a blob event it failed to deliver with growing pauses (for up to 24
    /// hours), and a queue message held by an instance that went away comes back after its 10-minute
    /// lease. Five minutes lets a first retry land; an upload still not final then is driven again
    /// rather than left to those retries, and a late delivery does no harm: parsing and scoring are
    /// idempotent.
    /// </summary>
    public static RedrivePolicy Azure { get; } = new(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(5));

    /// <summary>Runs one pass at <paramref name="now"/> for a host whose storage became usable at <paramref name="resumedAt"/>.</summary>
    public Task<RedriveReport> RunAsync(AnnexIngestion ingestion, DateTimeOffset now, DateTimeOffset resumedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ingestion);
        return ingestion.RedriveAsync(Later(now - ParseGrace, resumedAt), Later(now - ResendGrace, resumedAt), cancellationToken);
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
