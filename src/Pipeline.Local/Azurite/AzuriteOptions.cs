using System.Net;

namespace Pipeline.Local.Azurite;

/// <summary>How to start Azurite, the Azure Storage emulator (blob, queue and table services).</summary>
public sealed record AzuriteOptions
{
    /// <summary>
    /// The folder holding the repository's package.json (and Pipeline.sln). Null: found by walking up
    /// from the application's folder, then from the current directory.
    /// </summary>
    public string? RepositoryRoot { get; init; }

    /// <summary>Where Azurite keeps its data (passed as --location). Null: in memory, lost when the process stops.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>The address the three services listen on. Loopback by default; the connection string always uses a loopback or this address.</summary>
    public string BindAddress { get; init; } = "127.0.0.1";

    /// <summary>The blob service's port; 0 lets the operating system pick a free one.</summary>
    public int BlobPort { get; init; }

    /// <summary>The queue service's port; 0 lets the operating system pick a free one.</summary>
    public int QueuePort { get; init; }

    /// <summary>The table service's port; 0 lets the operating system pick a free one.</summary>
    public int TablePort { get; init; }

    /// <summary>A file for Azurite's debug log (passed as --debug). Null: no debug log.</summary>
    public string? DebugLogPath { get; init; }

    /// <summary>Whether Azurite prints one access-log line per request. Off by default (--silent).</summary>
    public bool AccessLog { get; init; }

    /// <summary>Receives Azurite's and npm's output, one line at a time. Exceptions it throws are ignored.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>How long to wait for the three services to accept connections.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long the first-use npm install (and waiting for another process's install) may take.</summary>
    public TimeSpan InstallTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long Azurite may take to shut down gracefully before its process tree is killed.</summary>
    public TimeSpan ShutdownTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>An in-memory emulator on free loopback ports.</summary>
    public static AzuriteOptions InMemory() => new();

    /// <summary>An emulator that keeps its data in <paramref name="dataDirectory"/>, on free loopback ports.</summary>
    public static AzuriteOptions Persistent(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        return new AzuriteOptions { DataDirectory = dataDirectory };
    }

    internal IPAddress ParsedBindAddress()
    {
        if (!IPAddress.TryParse(BindAddress, out var address))
            throw new ArgumentException($"Azurite's bind address '{BindAddress}' is not an IP address (for example 127.0.0.1).", nameof(BindAddress));
        return address;
    }

    internal void Validate()
    {
        ParsedBindAddress();
        ValidatePort(BlobPort, nameof(BlobPort));
        ValidatePort(QueuePort, nameof(QueuePort));
        ValidatePort(TablePort, nameof(TablePort));
        ValidatePositive(StartTimeout, nameof(StartTimeout));
        ValidatePositive(InstallTimeout, nameof(InstallTimeout));
        ValidatePositive(ShutdownTimeout, nameof(ShutdownTimeout));
        var explicitPorts = new[] { BlobPort, QueuePort, TablePort }.Where(port => port != 0).ToList();
        if (explicitPorts.Count != explicitPorts.Distinct().Count())
            throw new ArgumentException($"Azurite's blob, queue and table ports must differ (got {BlobPort}, {QueuePort}, {TablePort}).");
    }

    private static void ValidatePort(int port, string name)
    {
        if (port is < 0 or > IPEndPoint.MaxPort)
            throw new ArgumentOutOfRangeException(name, port, $"{name} must be between 0 (pick a free port) and {IPEndPoint.MaxPort}.");
    }

    private static void ValidatePositive(TimeSpan value, string name)
    {
        if (value <= TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(name, value, $"{name} must be positive.");
    }
}
