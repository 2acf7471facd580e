using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Pipeline.LoadTest;
using Pipeline.Local.Serve;

// Upload → scored latency and throughput of the local host; see docs/benchmarks.md.
var options = LoadTestOptions.Parse(args, out var error);
if (options is null)
{
    if (!string.IsNullOrEmpty(error)) await Console.Error.WriteLineAsync(error).ConfigureAwait(false);
    await Console.Error.WriteLineAsync(LoadTestOptions.Usage).ConfigureAwait(false);
    return string.IsNullOrEmpty(error) ? 0 : 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};
var progress = Console.Error;

LocalHost? host = null;
DirectoryInfo? data = null;
try
{
    Uri baseAddress;
    IReadOnlyList<LocalAccessKey> keys;
    string target;
    if (options.Url is null)
    {
        data = Directory.CreateTempSubdirectory("pipeline-loadtest-");
        var started = Stopwatch.StartNew();
        await progress.WriteLineAsync("Starting the local host (Azurite in memory, WebJobs triggers, API)…").ConfigureAwait(false);
        host = await LocalHost.StartAsync(new ServeOptions(null, data.FullName, "http://127.0.0.1:0", InMemoryStorage: true), cancel.Token).ConfigureAwait(false);
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Local host at {host.BaseAddress} after {started.Elapsed.TotalSeconds:0.0} s")).ConfigureAwait(false);
        baseAddress = host.BaseAddress;
        keys = host.Keys;
        target = "local host started in process, Azurite in memory";
    }
    else
    {
        baseAddress = options.Url;
        keys = JsonSerializer.Deserialize<List<LocalAccessKey>>(await File.ReadAllTextAsync(options.KeyFile!, cancel.Token).ConfigureAwait(false),
            new JsonSerializerOptions(JsonSerializerDefaults.Web)) ?? [];
        target = baseAddress.ToString();
    }

    using var http = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    var api = new AnnexApi(http);
    var workload = Workload.Create(keys);
    var output = new StringWriter(CultureInfo.InvariantCulture);
    Report.Environment(output, target);

    TimeSpan? medianLatency = null;
    if (options.LatencyUploads > 0)
    {
        var latency = new LatencyRun(api, workload);
        if (options.WarmupUploads > 0)
        {
            await progress.WriteLineAsync($"Warm-up: {options.WarmupUploads} upload(s), not counted").ConfigureAwait(false);
            await latency.RunAsync(options.WarmupUploads, 0, options.UploadTimeout, progress, cancel.Token).ConfigureAwait(false);
        }
        var samples = await latency.RunAsync(options.LatencyUploads, options.WarmupUploads, options.UploadTimeout, progress, cancel.Token).ConfigureAwait(false);
        medianLatency = Report.Latency(output, samples, options.WarmupUploads);
    }

    TimeSpan? allScoredIn = null;
    string? throughputSummary = null;
    if (options.ThroughputUploads > 0)
    {
        await progress.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Throughput: {options.ThroughputUploads} uploads, {options.Concurrency} senders, limit {options.ThroughputTimeout.TotalMinutes:0} min")).ConfigureAwait(false);
        var result = await new ThroughputRun(api, workload).RunAsync(options.ThroughputUploads, options.Concurrency, options.ThroughputTimeout, options.StallLimit, progress, cancel.Token).ConfigureAwait(false);
        allScoredIn = Report.Throughput(output, result);
        throughputSummary = Report.ScoredSummary(result);
        if (host is not null)
            await StuckUploadsProbe.WriteAsync(output, host, [.. result.Uploads.Where(u => u.Post?.UploadId is not null && u.FinalSeen is null)], cancel.Token).ConfigureAwait(false);
    }

    Report.Aims(output, medianLatency, options.ThroughputUploads, allScoredIn, throughputSummary);
    Console.WriteLine();
    Console.Write(output.ToString());
    return 0;
}
catch (OperationCanceledException) when (cancel.IsCancellationRequested)
{
    await progress.WriteLineAsync("Cancelled.").ConfigureAwait(false);
    return 130;
}
finally
{
    if (host is not null) await host.DisposeAsync().ConfigureAwait(false);
    if (data is not null)
    {
        try
        {
            data.Delete(recursive: true);
        }
        catch (IOException)
        {
            // a temporary folder left behind is harmless
        }
    }
}
