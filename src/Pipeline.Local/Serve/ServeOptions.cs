namespace Pipeline.Local.Serve;

/// <summary>How `pipeline serve` runs.</summary>
/// <param name="StorageConnection">A storage connection string; null starts Azurite on this machine.</param>
/// <param name="DataDirectory">Where Azurite's data and the access keys live.</param>
/// <param name="Urls">Where the HTTP API listens.</param>
/// <param name="InMemoryStorage">Azurite without persistence (tests).</param>
public sealed record ServeOptions(string? StorageConnection, string DataDirectory, string Urls = "http://127.0.0.1:7071", bool InMemoryStorage = false);
