using System.Globalization;

namespace Pipeline.LoadTest;

/// <summary>The command line of the load test.</summary>
/// <param name="LatencyUploads">Uploads sent one after another for the latency measurement (0 skips it).</param>
/// <param name="ThroughputUploads">Uploads sent for the throughput measurement (0 skips it).</param>
/// <param name="Concurrency">Concurrent senders in the throughput measurement.</param>
/// <param name="Url">A running host to test; null starts a local host in memory.</param>
/// <param name="KeyFile">The access-keys.json of the host at <paramref name="Url"/>.</param>
/// <param name="WarmupUploads">Uploads sent (and waited for) before the latency measurement, not counted.</param>
/// <param name="ThroughputTimeout">How long the throughput measurement may take, from the first POST.</param>
/// <param name="UploadTimeout">How long one latency upload may take to reach a final status.</param>
/// <param name="StallLimit">The throughput run stops waiting when no upload has become final for this long.</param>
internal sealed record LoadTestOptions(
    int LatencyUploads,
    int ThroughputUploads,
    int Concurrency,
    Uri? Url,
    string? KeyFile,
    int WarmupUploads,
    TimeSpan ThroughputTimeout,
    TimeSpan UploadTimeout,
    TimeSpan StallLimit)
{
    public const string Usage = """
        Usage: dotnet run -c Release --project benchmarks/Pipeline.LoadTest -- [options]

          --latency N          uploads sent one after another, each waited for (default 30; 0 skips)
          --throughput N       uploads sent by concurrent senders (default 1000; 0 skips)
          --concurrency C      concurrent senders for the throughput run (default 8)
          --warmup N           uploads sent and waited for before the latency run, not counted (default 1)
          --timeout-minutes M  limit for the throughput run, from its first POST (default 15)
          --stall-minutes M    stop waiting when no upload has become final for M minutes (default 3)
          --url URL            test a running host instead of starting one in memory
          --key-file FILE      that host's access-keys.json (required with --url)
        """;

    public static LoadTestOptions Default { get; } = new(30, 1000, 8, null, null, 1, TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(3));

    /// <summary>Parses the arguments; null with <paramref name="error"/> set when they are wrong.</summary>
    public static LoadTestOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var options = Default;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                error = "";
                return null;
            }
            if (i + 1 >= args.Count)
            {
                error = $"{name} needs a value.";
                return null;
            }
            var value = args[++i];
            switch (name)
            {
                case "--latency" when Count(value, 0, 10_000) is { } n:
                    options = options with { LatencyUploads = n };
                    break;
                case "--throughput" when Count(value, 0, 100_000) is { } n:
                    options = options with { ThroughputUploads = n };
                    break;
                case "--concurrency" when Count(value, 1, 256) is { } n:
                    options = options with { Concurrency = n };
                    break;
                case "--warmup" when Count(value, 0, 100) is { } n:
                    options = options with { WarmupUploads = n };
                    break;
                case "--timeout-minutes" when Count(value, 1, 24 * 60) is { } n:
                    options = options with { ThroughputTimeout = TimeSpan.FromMinutes(n) };
                    break;
                case "--stall-minutes" when Count(value, 1, 24 * 60) is { } n:
                    options = options with { StallLimit = TimeSpan.FromMinutes(n) };
                    break;
                case "--url" when Uri.TryCreate(value, UriKind.Absolute, out var url) && url.Scheme is "http" or "https":
                    options = options with { Url = url };
                    break;
                case "--key-file":
                    options = options with { KeyFile = value };
                    break;
                default:
                    error = $"Unknown option or bad value: {name} {value}";
                    return null;
            }
        }

        if (options.Url is not null && options.KeyFile is null)
        {
            error = "--url needs --key-file (the host's access-keys.json).";
            return null;
        }
        if (options.Url is null && options.KeyFile is not null)
        {
            error = "--key-file goes with --url; without --url the load test starts its own host and uses its keys.";
            return null;
        }
        return options;
    }

    private static int? Count(string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max ? n : null;
}
