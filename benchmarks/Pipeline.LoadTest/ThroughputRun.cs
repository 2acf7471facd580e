using System.Diagnostics;
using System.Globalization;

namespace Pipeline.LoadTest;

/// <summary>One upload of the throughput run.</summary>
internal sealed class ThroughputUpload(int index, UploadSpec spec)
{
    public int Index { get; } = index;

    public UploadSpec Spec { get; } = spec;

    /// <summary>The POST's answer; null if it was never sent (time limit) or threw.</summary>
    public PostResult? Post { get; set; }

    public string? PostError { get; set; }

    /// <summary>The last state read from the API.</summary>
    public UploadState? State { get; set; }

    /// <summary>Run clock when a final status was first seen.</summary>
    public TimeSpan? FinalSeen { get; set; }
}

/// <summary>What the throughput run found.</summary>
/// <param name="FirstPostUtc">Wall clock just before the first POST (same machine as the server, so comparable with scoredAt).</param>
/// <param name="PostPhase">First POST sent → last POST answered.</param>
/// <param name="Observed">First POST sent → last final status seen by the poller.</param>
/// <param name="WaitEnded">First POST sent → the poller stopped.</param>
/// <param name="Stopped">Why waiting ended before every upload was final: "time limit" or "stalled"; null if all were final.</param>
internal sealed record ThroughputResult(
    IReadOnlyList<ThroughputUpload> Uploads, int Concurrency, DateTimeOffset FirstPostUtc, TimeSpan PostPhase, TimeSpan Observed, TimeSpan WaitEnded, string? Stopped, int Sweeps);

/// <summary>
/// Sends uploads with several concurrent senders, then polls every upload not yet final,
/// once a second (two requests at a time, to take little from the server), until all are
/// final, the time limit is reached, or no upload has become final for the stall limit.
/// </summary>
internal sealed class ThroughputRun(AnnexApi api, Workload workload)
{
    public static readonly TimeSpan SweepPause = TimeSpan.FromSeconds(1);

    private const int PollParallelism = 2;

    public async Task<ThroughputResult> RunAsync(int count, int concurrency, TimeSpan timeout, TimeSpan stallLimit, TextWriter progress, CancellationToken cancellationToken)
    {
        var uploads = Enumerable.Range(0, count).Select(i => new ThroughputUpload(i, workload.ForThroughput(i))).ToArray();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);

        var firstPostUtc = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var next = -1;
        var senders = Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            // Each sender takes the next upload until none are left: bounded by the count.
            int index;
            while ((index = Interlocked.Increment(ref next)) < count && !limit.IsCancellationRequested)
            {
                var upload = uploads[index];
                try
                {
                    upload.Post = await api.PostAsync(upload.Spec, limit.Token).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
                {
                    upload.PostError = ex.GetType().Name;
                }
            }
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(senders).ConfigureAwait(false);
        var postPhase = clock.Elapsed;
        var accepted = uploads.Count(u => u.Post?.UploadId is not null);
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"throughput: {accepted}/{count} POSTs accepted in {postPhase.TotalSeconds:0.0} s; waiting for final statuses")).ConfigureAwait(false);

        var pending = uploads.Where(u => u.Post?.UploadId is not null).ToList();
        var maxSweeps = (int)(timeout / SweepPause) + 1; // bounded by count as well as by time
        var sweeps = 0;
        var stalled = false;
        var lastProgress = clock.Elapsed;
        while (pending.Count > 0 && sweeps < maxSweeps && !limit.IsCancellationRequested)
        {
            sweeps++;
            try
            {
                await SweepAsync(pending, clock, limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                break; // the time limit: report what was reached
            }
            if (pending.RemoveAll(u => u.FinalSeen is not null) > 0) lastProgress = clock.Elapsed;
            var byStatus = pending.GroupBy(u => u.State?.Status ?? "unknown").OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {g.Count()}");
            await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"throughput: +{clock.Elapsed.TotalSeconds:0} s, {count - pending.Count}/{count} final; pending: {string.Join(", ", byStatus)}")).ConfigureAwait(false);
            if (pending.Count == 0) break;
            if (clock.Elapsed - lastProgress > stallLimit)
            {
                stalled = true;
                await progress.WriteLineAsync($"throughput: no upload became final for {stallLimit.TotalMinutes:0} min; stopped waiting").ConfigureAwait(false);
                break;
            }
            try
            {
                await Task.Delay(SweepPause, limit.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                break;
            }
        }
        cancellationToken.ThrowIfCancellationRequested();

        var lastSeen = uploads.Max(u => u.FinalSeen) ?? clock.Elapsed;
        var stopped = pending.Count == 0 ? null : stalled ? "stalled" : "time limit";
        return new ThroughputResult(uploads, concurrency, firstPostUtc, postPhase, lastSeen, clock.Elapsed, stopped, sweeps);
    }

    private async Task SweepAsync(List<ThroughputUpload> pending, Stopwatch clock, CancellationToken cancellationToken)
    {
        var options = new ParallelOptions { MaxDegreeOfParallelism = PollParallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(pending, options, async (upload, ct) =>
        {
            try
            {
                var state = await api.GetAsync(upload.Post!.UploadId!, upload.Spec.Key, ct).ConfigureAwait(false);
                if (state is null) return;
                upload.State = state;
                if (state.IsFinal) upload.FinalSeen ??= clock.Elapsed;
            }
            catch (HttpRequestException)
            {
                // polled again on the next sweep
            }
        }).ConfigureAwait(false);
    }
}
