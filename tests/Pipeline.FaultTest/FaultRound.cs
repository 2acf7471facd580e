using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.FaultTest;

/// <summary>
/// One round: a fresh data folder, `pipeline serve`, a batch of uploads from four senders (the
/// files of a <see cref="FaultBatch"/>: the three seed annexes and a damaged file, or the seed
/// report and a damaged one), one fault at a random moment, a restart where the fault stopped the
/// host, then the checks: every acknowledged upload final with the status its file deserves (a
/// report's parts too), listed once, and the summaries equal to the reference round's.
/// </summary>
public static class FaultRound
{
    /// <summary>The term whose summaries are compared between rounds (the seed annexes' and the report's annexes').</summary>
    public const string SummaryTerm = "2020-2025";

    private static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(150);

    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromMinutes(2);

    public static async Task<RoundResult> RunAsync(FaultKind kind, FaultBatch contents, int batch, Random random, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(log);
        var files = FaultFile.Of(contents);
        var data = Directory.CreateTempSubdirectory("pipeline-fault-").FullName;
        var port = FreePort();
        var problems = new List<string>();
        var host = await ServeProcess.StartAsync(data, port, StartTimeout).ConfigureAwait(false);
        try
        {
            var acknowledged = new ConcurrentDictionary<string, int>(); // upload id → index in files
            var unanswered = 0;
            var next = -1;
            var clock = Stopwatch.StartNew();
            TimeSpan? faultAt = kind == FaultKind.None ? null : TimeSpan.FromMilliseconds(random.Next(200, 1500));

            async Task SendAsync()
            {
                using var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(15) };
                int i;
                while ((i = Interlocked.Increment(ref next)) < batch)
                {
                    var file = i % files.Count;
                    var sent = files[file];
                    using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("api/annexes", UriKind.Relative)) { Content = AnnexUploadForm.Create(sent.Commune, sent.Term, sent.Bytes, sent.Name) };
                    request.Headers.Add("x-api-key", host.KeyOf(sent.Commune));
                    try
                    {
                        using var response = await http.SendAsync(request).ConfigureAwait(false);
                        if (response.StatusCode == HttpStatusCode.Accepted)
                        {
                            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false));
                            acknowledged[body.RootElement.GetProperty("uploadId").GetString()!] = file;
                        }
                        else
                        {
                            Interlocked.Increment(ref unanswered);
                        }
                    }
                    catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                    {
                        Interlocked.Increment(ref unanswered); // the host is down: nothing was acknowledged
                    }
                    await Task.Delay(Pace).ConfigureAwait(false); // a clerk's pace, so the fault lands mid-batch
                }
            }

            var senders = Enumerable.Range(0, 4).Select(_ => Task.Run(SendAsync)).ToArray();
            if (faultAt is { } at)
            {
                await Task.Delay(at).ConfigureAwait(false);
                await StrikeAsync(kind, host).ConfigureAwait(false);
            }
            await Task.WhenAll(senders).ConfigureAwait(false);

            var settleFrom = Stopwatch.StartNew();
            if (kind is FaultKind.KillHost or FaultKind.KillBoth or FaultKind.StopHost)
            {
                await host.WaitForExitAsync().ConfigureAwait(false);
                await host.DisposeAsync().ConfigureAwait(false);
                host = await ServeProcess.StartAsync(data, port, StartTimeout).ConfigureAwait(false);
                settleFrom.Restart();
            }

            var statuses = await SettleAsync(host, acknowledged.Keys, problems).ConfigureAwait(false);
            foreach (var (id, file) in acknowledged)
            {
                if (statuses.TryGetValue(id, out var status) && status != files[file].Expected)
                    problems.Add($"upload {id} ({files[file].Name}) ended '{status}', expected '{files[file].Expected}'");
            }
            // A report's parts: every one there, each final and scored, however the crash fell between creating and parsing them.
            var parts = new List<string>();
            try
            {
                parts.AddRange(await PartsAsync(host, acknowledged.Where(a => files[a.Value].Parts > 0 && statuses.GetValueOrDefault(a.Key) == "scored"), files, problems).ConfigureAwait(false));
            }
            catch (HttpRequestException ex)
            {
                problems.Add($"reading a report's parts failed: {ex.Message}");
            }
            foreach (var (id, status) in await SettleAsync(host, parts, problems).ConfigureAwait(false))
            {
                if (status != "scored") problems.Add($"part {id} ended '{status}', expected 'scored'");
            }
            var settled = settleFrom.Elapsed;
            IReadOnlyDictionary<string, string> summaries = new Dictionary<string, string>();
            try
            {
                await CheckListedOnceAsync(host, acknowledged.Keys.Concat(parts).ToArray(), files, problems).ConfigureAwait(false);
                var covered = acknowledged.Values.Where(f => files[f].Expected == "scored").SelectMany(f => files[f].Covers).ToHashSet(StringComparer.Ordinal);
                summaries = await SummariesAsync(host, covered, files).ConfigureAwait(false);
            }
            catch (HttpRequestException ex)
            {
                problems.Add($"reading the results failed: {ex.Message}");
            }
            if (problems.Count > 0) problems.Add($"the host's last output:{Environment.NewLine}{host.Output}");
            log.WriteLine($"{kind,-12} fault at {(faultAt is { } f ? $"{f.TotalSeconds:0.0} s" : "-"),7}  acknowledged {acknowledged.Count,3}  unanswered {unanswered,3}  " +
                          $"final {statuses.Count(s => s.Value is "scored" or "rejected"),3}  settled in {settled.TotalSeconds:0.0} s  {(problems.Count == 0 ? "ok" : "FAILED")}");
            foreach (var problem in problems) log.WriteLine($"    {problem}");
            return new RoundResult(kind, faultAt, acknowledged.Count, unanswered, settled, summaries, problems);
        }
        finally
        {
            await host.DisposeAsync().ConfigureAwait(false);
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // a last Azurite write; the temp folder is cleaned by the system
            }
        }
    }

    private static async Task StrikeAsync(FaultKind kind, ServeProcess host)
    {
        switch (kind)
        {
            case FaultKind.KillHost:
                host.Kill();
                break;
            case FaultKind.KillAzurite:
                ServeProcess.Signal(host.AzuritePid(), "KILL");
                break;
            case FaultKind.KillBoth:
                ServeProcess.Signal(host.AzuritePid(), "KILL");
                host.Kill();
                break;
            case FaultKind.StopHost:
                await host.StopAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Polls each acknowledged upload until all are final; returns their statuses.</summary>
    private static async Task<Dictionary<string, string>> SettleAsync(ServeProcess host, ICollection<string> ids, List<string> problems)
    {
        using var http = Client(host, host.KeyOf("son-la"));
        var statuses = new Dictionary<string, string>(StringComparer.Ordinal);
        var deadline = DateTime.UtcNow + SettleTimeout;
        while (true)
        {
            foreach (var id in ids.Where(id => !statuses.TryGetValue(id, out var s) || s is not ("scored" or "rejected" or "failed")))
            {
                using var response = await http.GetAsync(new Uri($"api/annexes/{id}", UriKind.Relative)).ConfigureAwait(false);
                // A 503 problem+json while storage restarts carries a numeric "status": keep polling, not parsing it as an upload.
                statuses[id] = response.StatusCode == HttpStatusCode.NotFound ? "missing"
                    : !response.IsSuccessStatusCode ? $"http {(int)response.StatusCode}"
                    : JsonNode.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false))?["status"]?.GetValue<string>() ?? "?";
            }
            if (statuses.Values.All(s => s is "scored" or "rejected" or "failed")) return statuses;
            if (DateTime.UtcNow > deadline)
            {
                problems.AddRange(statuses.Where(s => s.Value is not ("scored" or "rejected" or "failed")).Select(s => $"upload {s.Key} still '{s.Value}' after {SettleTimeout.TotalSeconds:0} s"));
                return statuses;
            }
            await Task.Delay(250).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The parts of each scored report in <paramref name="reports"/> (upload id → index in <paramref name="files"/>): as many as its
    /// file has annexes for other communes, else a problem.
    /// </summary>
    private static async Task<IReadOnlyList<string>> PartsAsync(ServeProcess host, IEnumerable<KeyValuePair<string, int>> reports, IReadOnlyList<FaultFile> files, List<string> problems)
    {
        using var http = Client(host, host.KeyOf("son-la"));
        var parts = new List<string>();
        foreach (var (id, file) in reports)
        {
            var status = JsonNode.Parse(await http.GetStringAsync(new Uri($"api/annexes/{id}", UriKind.Relative)).ConfigureAwait(false));
            var ids = status?["parts"]?.AsArray().Select(p => p!["uploadId"]!.GetValue<string>()).ToArray() ?? [];
            if (ids.Length != files[file].Parts) problems.Add($"report {id} has {ids.Length} parts, expected {files[file].Parts}");
            parts.AddRange(ids);
        }
        return parts;
    }

    private static async Task CheckListedOnceAsync(ServeProcess host, ICollection<string> ids, IReadOnlyList<FaultFile> files, List<string> problems)
    {
        using var http = Client(host, host.KeyOf("son-la"));
        var listed = new List<string>();
        foreach (var commune in files.SelectMany(f => f.Covers.Append(f.Commune)).Distinct())
        {
            var uploads = JsonNode.Parse(await http.GetStringAsync(new Uri($"api/communes/{commune}/uploads?max=100", UriKind.Relative)).ConfigureAwait(false))!.AsArray();
            listed.AddRange(uploads.Select(u => u!["uploadId"]!.GetValue<string>()));
        }
        foreach (var id in ids)
        {
            var times = listed.Count(l => l == id);
            if (times != 1) problems.Add($"upload {id} is listed {times} times");
        }
    }

    /// <summary>
    /// The summary of each commune that had a seed annex acknowledged, and the province rollup
    /// when every commune had one (what a clean run also has), without ids and times.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, string>> SummariesAsync(ServeProcess host, HashSet<string> covered, IReadOnlyList<FaultFile> files)
    {
        using var http = Client(host, host.KeyOf("son-la"));
        var summaries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var commune in covered)
        {
            using var response = await http.GetAsync(new Uri($"api/communes/{commune}/summary?term={SummaryTerm}", UriKind.Relative)).ConfigureAwait(false);
            summaries[commune] = $"{(int)response.StatusCode} {Normalise(await response.Content.ReadAsStringAsync().ConfigureAwait(false))}";
        }
        if (covered.Count == files.SelectMany(f => f.Covers).Distinct().Count())
            summaries["son-la"] = Normalise(await http.GetStringAsync(new Uri($"api/provinces/son-la/summary?term={SummaryTerm}", UriKind.Relative)).ConfigureAwait(false));
        return summaries;
    }

    /// <summary>The JSON without what differs between equal runs: upload and run ids, times.</summary>
    private static string Normalise(string json)
    {
        var node = JsonNode.Parse(json);
        Strip(node);
        return node?.ToJsonString() ?? "";

        static void Strip(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var name in o.Select(p => p.Key).Where(k => k.EndsWith("At", StringComparison.Ordinal) || k is "uploadId" or "runId" or "traceId").ToArray()) o.Remove(name);
                    foreach (var (_, child) in o) Strip(child);
                    break;
                case JsonArray a:
                    foreach (var child in a) Strip(child);
                    break;
            }
        }
    }

    private static HttpClient Client(ServeProcess host, string key)
    {
        var http = new HttpClient { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(15) };
        http.DefaultRequestHeaders.Add("x-api-key", key);
        return http;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
