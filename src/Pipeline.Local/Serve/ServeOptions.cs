namespace Pipeline.Local.Serve;

/// <summary>How `pipeline serve` runs.</summary>
/// <param name="StorageConnection">A storage connection string; null starts Azurite on this machine.</param>
/// <param name="DataDirectory">Where Azurite's data and the access keys live.</param>
/// <param name="Urls">Where the HTTP API listens.</param>
/// <param name="InMemoryStorage">Azurite without persistence (tests).</param>
/// <param name="Progress">Told, a line at a time, what the start is doing (installing and starting Azurite, opening storage), so a first start is never a minute of silence; null says nothing.</param>
public sealed record ServeOptions(string? StorageConnection, string DataDirectory, string Urls = "http://127.0.0.1:7071", bool InMemoryStorage = false,
    Action<string>? Progress = null);
