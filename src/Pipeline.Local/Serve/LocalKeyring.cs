using Pipeline.Core.Units;
using Pipeline.Storage.Access;

namespace Pipeline.Local.Serve;

/// <summary>
/// The local host's access keys as they stand. A province officer who changes the units through
/// the API needs no restart: <see cref="Sync"/> creates keys for new communes (saved in
/// access-keys.json) and stops listing those of communes that are gone.
/// </summary>
/// <remarks>
/// A key of a removed commune stays in the file and is still recognised (<see cref="Find"/>), so
/// that <see cref="AccessPolicy"/> — the one place for access — refuses it with a reason rather than
/// as an unknown key; if the commune comes back, the same key is listed and works again.
/// </remarks>
public sealed class LocalKeyring
{
    private readonly string _dataDirectory;
    private readonly Lock _gate = new();
    private volatile Snapshot _current;

    /// <param name="keys">Every key of access-keys.json.</param>
    /// <param name="registry">The units as they stand: which keys are listed.</param>
    public LocalKeyring(string dataDirectory, IReadOnlyList<LocalAccessKey> keys, CommuneRegistry registry)
    {
        _dataDirectory = dataDirectory;
        _current = Snapshot.Of(keys, registry);
    }

    /// <summary>The keys of the provinces and communes in the registry (what `serve` prints).</summary>
    public IReadOnlyList<LocalAccessKey> Keys => _current.Listed;

    /// <summary>The caller any key of the file names, listed or not; null for an unknown key.</summary>
    public Caller? Find(string key) => _current.Lookup.Find(key);

    /// <summary>
    /// Brings the keyring up to <paramref name="registry"/>: a key for each unit without one, and
    /// the listing to its units. Returns the keys listed now that were not before (new, or of a
    /// commune that came back) and those no longer listed.
    /// </summary>
    public (IReadOnlyList<LocalAccessKey> Listed, IReadOnlyList<LocalAccessKey> Unlisted) Sync(CommuneRegistry registry)
    {
        lock (_gate)
        {
            var before = _current;
            var (all, added) = LocalAccessKeys.AddMissing(_dataDirectory, before.All, registry);
            var after = added.Count > 0 ? Snapshot.Of(all, registry) : before with { Listed = LocalAccessKeys.Current(all, registry) };
            _current = after;
            return (after.Listed.Except(before.Listed).ToArray(), before.Listed.Except(after.Listed).ToArray());
        }
    }

    private sealed record Snapshot(IReadOnlyList<LocalAccessKey> All, IReadOnlyList<LocalAccessKey> Listed, AccessKeys Lookup)
    {
        public static Snapshot Of(IReadOnlyList<LocalAccessKey> all, CommuneRegistry registry) =>
            new(all, LocalAccessKeys.Current(all, registry), LocalAccessKeys.ToAccessKeys(all));
    }
}
