using System.Text.Json;
using Pipeline.Storage.Access;
using Pipeline.Core.Units;

namespace Pipeline.Local.Serve;

/// <summary>One local access key, as kept in access-keys.json.</summary>
public sealed record LocalAccessKey(string Key, string Name, string Role, string Scope);

/// <summary>
/// The local host's access keys, kept in {data}/access-keys.json: a key for every commune of the
/// registry and one per province, created when first needed and then reused, so keys survive
/// restarts and a commune added through the units API gets its key at the next start.
/// </summary>
public static class LocalAccessKeys
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IReadOnlyList<LocalAccessKey> LoadOrCreate(string dataDirectory, CommuneRegistry registry)
    {
        var path = Path.Combine(dataDirectory, "access-keys.json");
        var keys = File.Exists(path) ? JsonSerializer.Deserialize<List<LocalAccessKey>>(File.ReadAllText(path), JsonOptions) ?? [] : [];
        return AddMissing(dataDirectory, keys, registry).Keys;
    }

    /// <summary>Gives every province and commune of <paramref name="registry"/> without a key one, and saves the file when any was added.</summary>
    public static (IReadOnlyList<LocalAccessKey> Keys, IReadOnlyList<LocalAccessKey> Added) AddMissing(string dataDirectory, IReadOnlyList<LocalAccessKey> existing, CommuneRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(registry);
        var known = existing.Select(k => (k.Role, k.Scope)).ToHashSet();
        var added = new List<LocalAccessKey>();
        foreach (var province in registry.Provinces.OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            if (known.Add(("province", province.Id)))
                added.Add(new LocalAccessKey(AccessKeys.NewKey(), $"Cán bộ tỉnh {province.Name}", "province", province.Id));
            foreach (var commune in province.Communes.OrderBy(c => c.Id.Commune, StringComparer.Ordinal).Where(c => known.Add(("commune", c.Id.ToString()))))
                added.Add(new LocalAccessKey(AccessKeys.NewKey(), $"Cán bộ xã {commune.Name}", "commune", commune.Id.ToString()));
        }
        if (added.Count == 0) return (existing, []);
        var keys = existing.Concat(added).ToArray();
        Directory.CreateDirectory(dataDirectory);
        File.WriteAllText(Path.Combine(dataDirectory, "access-keys.json"), JsonSerializer.Serialize(keys, JsonOptions));
        return (keys, added);
    }

    /// <summary>The keys whose province or commune is in <paramref name="registry"/>, in file order.</summary>
    public static IReadOnlyList<LocalAccessKey> Current(IEnumerable<LocalAccessKey> keys, CommuneRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return keys.Where(k => k.Role == "province"
            ? registry.HasProvince(k.Scope)
            : CommuneId.TryParse(k.Scope, out var id) && registry.Find(id.Value) is not null).ToArray();
    }

    public static AccessKeys ToAccessKeys(IEnumerable<LocalAccessKey> keys) =>
        new(keys.Select(k => new KeyValuePair<string, Caller>(k.Key, k.Role == "province"
            ? Caller.ProvinceOfficer(k.Name, k.Scope)
            : Caller.CommuneOfficer(k.Name, CommuneId.TryParse(k.Scope, out var id) ? id.Value : throw new InvalidDataException($"Bad commune '{k.Scope}' in access-keys.json.")))));
}
