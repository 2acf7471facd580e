using Pipeline.Core.Units;
using Pipeline.Storage.Access;

namespace Pipeline.Local.Serve;

/// <summary>
/// The local host's access keys as they stand. A province officer who adds a commune through
/// the units API needs a key for its clerk without restarting the host: <see cref="AddMissing"/>
/// creates it (saved in access-keys.json) and the next request can use it.
/// </summary>
public sealed class LocalKeyring(string dataDirectory, IReadOnlyList<LocalAccessKey> keys)
{
    private readonly Lock _gate = new();
    private volatile Snapshot _current = new(keys, LocalAccessKeys.ToAccessKeys(keys));

    public IReadOnlyList<LocalAccessKey> Keys => _current.Keys;

    public Caller? Find(string key) => _current.Lookup.Find(key);

    /// <summary>Creates keys for the units that have none; returns the new ones.</summary>
    public IReadOnlyList<LocalAccessKey> AddMissing(CommuneRegistry registry)
    {
        lock (_gate)
        {
            var (all, added) = LocalAccessKeys.AddMissing(dataDirectory, _current.Keys, registry);
            if (added.Count > 0) _current = new Snapshot(all, LocalAccessKeys.ToAccessKeys(all));
            return added;
        }
    }

    private sealed record Snapshot(IReadOnlyList<LocalAccessKey> Keys, AccessKeys Lookup);
}
