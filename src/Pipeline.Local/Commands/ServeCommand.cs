using Pipeline.Local.Serve;

namespace Pipeline.Local.Commands;

/// <summary>`serve` (the default command): the whole system on this machine until Ctrl-C.</summary>
public static class ServeCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        string? storage = Environment.GetEnvironmentVariable("PIPELINE_STORAGE");
        var data = Path.Combine(Directory.GetCurrentDirectory(), ".pipeline");
        var urls = "http://127.0.0.1:7071";
        for (var i = 0; i < args.Count; i++)
        {
            if (i + 1 >= args.Count) return CommandLine.Fail(stderr, $"{args[i]} needs a value.");
            switch (args[i])
            {
                case "--storage": storage = args[++i]; break;
                case "--data": data = Path.GetFullPath(args[++i]); break;
                case "--urls": urls = args[++i]; break;
                default: return CommandLine.Fail(stderr, $"Unknown option '{args[i]}'.");
            }
        }
        return RunAsync(new ServeOptions(string.IsNullOrWhiteSpace(storage) ? null : storage, data, urls, Progress: stdout.WriteLine), stdout).GetAwaiter().GetResult();
    }

    private static string OneLine(Exception error)
    {
        var text = string.Join(" | ", error.Message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        return text.Length <= 600 ? text : text[..600] + "…";
    }

    private static async Task<int> RunAsync(ServeOptions options, TextWriter stdout)
    {
        // Whatever brings the process down says so in one line before the runtime's own report.
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
            Console.Error.WriteLine($"Pipeline stopped: {(e.ExceptionObject as Exception)?.GetType().Name}: {(e.ExceptionObject as Exception)?.Message.Split('\n')[0]}");
        LocalHost started;
        try
        {
            started = await LocalHost.StartAsync(options, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or TimeoutException or Azure.RequestFailedException or AggregateException or HttpRequestException)
        {
            // A port in use, storage out of reach, the folder taken: one line, not a stack trace.
            Console.Error.WriteLine($"Pipeline could not start: {OneLine(ex)}");
            return ExitCodes.StorageFailed;
        }
        await using var host = started;
        stdout.WriteLine($"Pipeline is running. Portal: {host.BaseAddress}  API: {host.BaseAddress}api  (health: {host.BaseAddress}api/health)");
        stdout.WriteLine(host.StartedAzurite
            ? $"Storage: Azurite started here, data kept in {Path.Combine(options.DataDirectory, "azurite")}"
            : "Storage: the configured connection string");
        stdout.WriteLine($"Access keys (sign in to the portal with one, or send it as the x-api-key header), kept in {Path.Combine(options.DataDirectory, "access-keys.json")}:");
        foreach (var key in host.Keys) stdout.WriteLine($"  {key.Key}  {key.Role,-8} {key.Scope,-22} {key.Name}");
        stdout.WriteLine("Press Ctrl-C to stop.");
        await host.WaitForShutdownAsync(CancellationToken.None).ConfigureAwait(false);
        // Said on the way out, so a stop is never mistaken for a hang; nothing acknowledged is lost by it.
        stdout.WriteLine($"Pipeline stopped. Data and keys are kept in {options.DataDirectory}; the same command starts it again.");
        return host.Failure is null ? ExitCodes.Success : ExitCodes.StorageFailed;
    }
}
