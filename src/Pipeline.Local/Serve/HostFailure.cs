using Microsoft.Extensions.Hosting;

namespace Pipeline.Local.Serve;

/// <summary>
/// Why the local host stopped by itself (Azurite could not be kept running, the triggers
/// failed), said once in one line on standard error; `serve` then exits with code 3.
/// </summary>
public sealed class HostFailure(IHostApplicationLifetime lifetime)
{
    /// <summary>The line that was said, or null while the host runs as it should.</summary>
    public string? Reason { get; private set; }

    /// <summary>
    /// Says <paramref name="reason"/> (the first one only) and stops the host gracefully. Nothing, when the host is
    /// already stopping on request: Ctrl-C in a terminal reaches Azurite (the same process group) as it reaches the
    /// host, and the triggers losing storage then is part of the stop, not a failure to report.
    /// </summary>
    public void Stop(string reason)
    {
        if (Reason is not null || lifetime.ApplicationStopping.IsCancellationRequested) return;
        Reason = reason;
        Console.Error.WriteLine(reason);
        lifetime.StopApplication();
    }
}
