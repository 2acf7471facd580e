using System.Globalization;
using System.Runtime;
using System.Runtime.InteropServices;

namespace Pipeline.LoadTest;

/// <summary>Writes the results as Markdown tables.</summary>
internal static class Report
{
    /// <summary>Median upload → scored latency aimed for.</summary>
    public static readonly TimeSpan LatencyAim = TimeSpan.FromSeconds(3);

    /// <summary>1,000 annexes scored within five minutes.</summary>
    public const int ThroughputAimUploads = 1000;

    public static readonly TimeSpan ThroughputAimTime = TimeSpan.FromMinutes(5);

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Environment(TextWriter output, string target)
    {
        output.WriteLine(string.Create(Invariant,
            $"Machine: {System.Environment.ProcessorCount} logical CPUs, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, " +
            $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC. Target: {target}."));
        output.WriteLine();
    }

    public static TimeSpan? Latency(TextWriter output, IReadOnlyList<LatencySample> samples, int warmup)
    {
        var scored = samples.Where(s => s.Status == "scored").ToList();
        var final = new Distribution(scored.Select(s => s.Final!.Value));
        output.WriteLine(string.Create(Invariant,
            $"### Latency: {samples.Count} uploads one after another (after {warmup} warm-up), status polled every {LatencyRun.PollInterval.TotalMilliseconds:0} ms"));
        output.WriteLine();
        output.WriteLine("| measure | median | p90 | worst |");
        output.WriteLine("| --- | ---: | ---: | ---: |");
        Row(output, "POST sent → `scored` seen (client)", final);
        Row(output, "server `receivedAt` → `scoredAt`", new Distribution(scored.Select(s => s.ServerReceivedToScored!.Value)));
        Row(output, "POST sent → 202 answered", new Distribution(scored.Select(s => s.Accepted!.Value)));
        Row(output, "POST sent → first seen past `received` (blob trigger + parse)", new Distribution(scored.Select(s => s.PastReceived!.Value)));
        Row(output, "past `received` → `scored` seen (score queue + scoring)", new Distribution(scored.Select(s => s.Final!.Value - s.PastReceived!.Value)));
        output.WriteLine();
        output.WriteLine($"Final statuses: {Counts(samples.Select(s => s.Status))}.");
        output.WriteLine();
        return final.Median;
    }

    public static TimeSpan? Throughput(TextWriter output, ThroughputResult result)
    {
        var uploads = result.Uploads;
        var accepted = uploads.Where(u => u.Post?.UploadId is not null).ToList();
        var scored = accepted.Where(u => u.State?.Status == "scored" && u.State.ScoredAt is not null).ToList();
        var sinceFirstPost = new Distribution(scored.Select(u => u.State!.ScoredAt!.Value - result.FirstPostUtc));
        var lastScored = sinceFirstPost.Worst;
        var allFinal = result.Stopped is null && accepted.Count == uploads.Count;

        output.WriteLine(string.Create(Invariant,
            $"### Throughput: {uploads.Count} uploads from {result.Concurrency} concurrent senders (3 communes × {Workload.Terms.Count} terms)"));
        output.WriteLine();
        output.WriteLine("| measure | value |");
        output.WriteLine("| --- | ---: |");
        output.WriteLine(string.Create(Invariant,
            $"| POSTs answered 202 | {accepted.Count:N0} of {uploads.Count:N0} in {result.PostPhase.TotalSeconds:0.0} s ({Rate(accepted.Count, result.PostPhase)}/s) |"));
        output.WriteLine($"| first POST → last `scoredAt` (server clock) | {Distribution.Seconds(lastScored)} |");
        output.WriteLine($"| first POST → last final status seen (client, {ThroughputRun.SweepPause.TotalSeconds:0} s sweeps) | {Distribution.Seconds(result.Observed)}{(result.Stopped is { } why ? $" (stopped waiting at {Distribution.Seconds(result.WaitEnded)}: {why})" : "")} |");
        output.WriteLine($"| scored uploads per second (scored ÷ first POST → last `scoredAt`) | {(lastScored is { } t ? Rate(scored.Count, t) : "–")} |");
        output.WriteLine(string.Create(Invariant,
            $"| first POST → 10 % / 50 % / 90 % of uploads scored | {Seconds(sinceFirstPost, 10)} / {Seconds(sinceFirstPost, 50)} / {Seconds(sinceFirstPost, 90)} |"));
        var serverLatency = new Distribution(scored.Select(u => u.State!.ScoredAt!.Value - u.State.ReceivedAt));
        output.WriteLine($"| per upload `receivedAt` → `scoredAt`: median / p90 / worst | {Distribution.Seconds(serverLatency.Median)} / {Distribution.Seconds(serverLatency.P90)} / {Distribution.Seconds(serverLatency.Worst)} |");
        output.WriteLine($"| final statuses | {Counts(uploads.Select(StatusOf))} |");
        output.WriteLine();
        return allFinal && scored.Count == uploads.Count ? lastScored : null;
    }

    /// <summary>"955 of 1,000 scored, the last 61.05 s after the first POST".</summary>
    public static string ScoredSummary(ThroughputResult result)
    {
        var scored = result.Uploads.Where(u => u.State?.Status == "scored" && u.State.ScoredAt is not null).ToList();
        var last = scored.Count == 0 ? (TimeSpan?)null : scored.Max(u => u.State!.ScoredAt!.Value) - result.FirstPostUtc;
        return string.Create(Invariant, $"{scored.Count:N0} of {result.Uploads.Count:N0} scored, the last {Distribution.Seconds(last)} after the first POST");
    }

    public static void Aims(TextWriter output, TimeSpan? medianLatency, int throughputUploads, TimeSpan? allScoredIn, string? throughputSummary)
    {
        output.WriteLine("### Aims");
        output.WriteLine();
        output.WriteLine("| aim | measured | met |");
        output.WriteLine("| --- | ---: | :---: |");
        if (medianLatency is { } median)
            output.WriteLine($"| median upload → scored under {LatencyAim.TotalSeconds:0} s | {Distribution.Seconds(median)} | {(median < LatencyAim ? "yes" : "no")} |");
        if (throughputUploads > 0)
        {
            var aimRate = ThroughputAimUploads / ThroughputAimTime.TotalSeconds;
            var measured = allScoredIn is { } t ? string.Create(Invariant, $"{throughputUploads:N0} in {Distribution.Seconds(t)}") : throughputSummary ?? "not all scored";
            var met = allScoredIn is { } w && throughputUploads / w.TotalSeconds >= aimRate;
            var scaled = throughputUploads == ThroughputAimUploads ? "" : " (by rate)";
            output.WriteLine(string.Create(Invariant,
                $"| {ThroughputAimUploads:N0} annexes scored in under {ThroughputAimTime.TotalMinutes:0} min ({aimRate:0.00}/s) | {measured} | {(met ? "yes" : "no")}{scaled} |"));
        }
        output.WriteLine();
    }

    private static string StatusOf(ThroughputUpload upload) =>
        upload.Post is null ? $"not sent{(upload.PostError is null ? "" : $" ({upload.PostError})")}"
        : upload.Post.UploadId is null ? $"POST {AnnexApi.Describe(upload.Post.Status)}"
        : upload.FinalSeen is null ? $"not final ({upload.State?.Status ?? "unknown"})"
        : upload.State!.ErrorCode is { } code ? $"{upload.State.Status} ({code})"
        : upload.State.Status;

    private static void Row(TextWriter output, string name, Distribution values) =>
        output.WriteLine($"| {name} | {Distribution.Seconds(values.Median)} | {Distribution.Seconds(values.P90)} | {Distribution.Seconds(values.Worst)} |");

    private static string Seconds(Distribution values, double percent) => Distribution.Seconds(values.Percentile(percent));

    private static string Rate(int count, TimeSpan time) =>
        time > TimeSpan.Zero ? (count / time.TotalSeconds).ToString("0.00", Invariant) : "–";

    private static string Counts(IEnumerable<string> statuses) =>
        string.Join(", ", statuses.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(Invariant, $"{g.Key} {g.Count():N0}")));
}
