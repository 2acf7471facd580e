using System.Globalization;

namespace Pipeline.Local.Azurite;

/// <summary>The node command line that runs Azurite's own entry point.</summary>
internal static class AzuriteArguments
{
    /// <summary>Azurite's command-line entry (the package's "azurite" bin), relative to the repository root.</summary>
    public static readonly string EntryPoint = Path.Combine("node_modules", "azurite", "dist", "src", "azurite.js");

    /// <summary>
    /// Loaded before Azurite: when our end of its stdin closes (we stop it, or our process dies), it raises
    /// Azurite's own SIGTERM handler, which closes the servers and saves a --location database to disk.
    /// process.emit (not process.kill) so that it also works on Windows, which has no catchable SIGTERM.
    /// </summary>
    public const string StopWhenStdinCloses =
        "data:text/javascript,const stop=()=>process.emit('SIGTERM');process.stdin.on('end',stop);process.stdin.on('error',stop);process.stdin.resume();";

    public static IReadOnlyList<string> Build(string entryPoint, AzuriteOptions options, string? dataDirectory)
    {
        var host = options.ParsedBindAddress().ToString();
        var arguments = new List<string>
        {
            "--import", StopWhenStdinCloses,
            entryPoint,
            "--blobHost", host, "--blobPort", Port(options.BlobPort),
            "--queueHost", host, "--queuePort", Port(options.QueuePort),
            "--tableHost", host, "--tablePort", Port(options.TablePort),
            // The Azure SDKs send API versions newer than Azurite knows.
            "--skipApiVersionCheck",
            "--disableTelemetry",
            "--loose",
        };
        if (dataDirectory is null) arguments.Add("--inMemoryPersistence");
        else arguments.AddRange(["--location", dataDirectory]);
        if (options.DebugLogPath is not null) arguments.AddRange(["--debug", Path.GetFullPath(options.DebugLogPath)]);
        if (!options.AccessLog) arguments.Add("--silent");
        return arguments;
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);
}
