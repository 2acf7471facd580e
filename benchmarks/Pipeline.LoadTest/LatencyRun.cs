using System.Diagnostics;

namespace Pipeline.LoadTest;

/// <summary>One upload of the latency run, timed on the client from just before the POST was sent.</summary>
/// <param name="Accepted">POST sent → 202 received.</param>
/// <param name="PastReceived">POST sent → first poll showing the upload past "received" (the blob trigger ran the parse step).</param>
/// <param name="Final">POST sent → first poll showing a final status.</param>
/// <param name="ServerReceivedToScored">The record's receivedAt → scoredAt (server clock).</param>
internal sealed record LatencySample(
    int Index, string Commune, string? UploadId, string Status,
    TimeSpan? Accepted, TimeSpan? PastReceived, TimeSpan? Final, TimeSpan? ServerReceivedToScored, int Polls);

/// <summary>
/// Uploads sent one after another; each is polled every 50 ms until it reaches a final status
/// (or its time limit) before the next is sent.
/// </summary>
internal sealed class LatencyRun(AnnexApi api, Workload workload)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);

    public async Task<IReadOnlyList<LatencySample>> RunAsync(int count, int firstIndex, TimeSpan uploadTimeout, TextWriter progress, CancellationToken cancellationToken)
    {
        var samples = new List<LatencySample>(count);
        for (var i = 0; i < count; i++)
        {
            var sample = await OneAsync(firstIndex + i, uploadTimeout, cancellationToken).ConfigureAwait(false);
            samples.Add(sample);
            await progress.WriteLineAsync(
                $"latency {i + 1}/{count}: {sample.Commune} {sample.Status} after {Distribution.Seconds(sample.Final)} " +
                $"(202 {Distribution.Seconds(sample.Accepted)}, past received {Distribution.Seconds(sample.PastReceived)}, " +
                $"server {Distribution.Seconds(sample.ServerReceivedToScored)}, {sample.Polls} polls)").ConfigureAwait(false);
        }
        return samples;
    }

    private async Task<LatencySample> OneAsync(int index, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var spec = workload.ForLatency(index);
        var clock = Stopwatch.StartNew();
        var post = await api.PostAsync(spec, cancellationToken).ConfigureAwait(false);
        var accepted = clock.Elapsed;
        if (post.UploadId is null)
            return new LatencySample(index, spec.Commune, null, $"POST {AnnexApi.Describe(post.Status)}", null, null, null, null, 0);

        TimeSpan? pastReceived = null;
        UploadState? state = null;
        var maxPolls = (int)(timeout / PollInterval) + 1; // the loop is bounded by count as well as by time
        var polls = 0;
        while (polls < maxPolls && clock.Elapsed < timeout)
        {
            polls++;
            state = await api.GetAsync(post.UploadId, spec.Key, cancellationToken).ConfigureAwait(false) ?? state;
            if (state is not null && state.IsPastReceived) pastReceived ??= clock.Elapsed;
            if (state is { IsFinal: true })
            {
                var final = clock.Elapsed;
                return new LatencySample(index, spec.Commune, post.UploadId, state.Status, accepted, pastReceived, final,
                    state.ScoredAt - state.ReceivedAt, polls);
            }
            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
        return new LatencySample(index, spec.Commune, post.UploadId, $"{state?.Status ?? "unknown"} (timed out)", accepted, pastReceived, null, null, polls);
    }
}
