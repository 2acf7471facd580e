using System.Text.Json;
using Pipeline.Storage.Access;
using Pipeline.Core.Units;

namespace Pipeline.Local.Serve;

/// <summary>One local access key, as kept in access-keys.json.</summary>
public sealed record LocalAccessKey(string Key, string Name, string Role, string Scope);

/// <summary>
/// The local host's access keys, kept in {data}/access-keys.json: created on first run with a
/// key for every commune of the registry and one per province, then reused, so keys survive restarts.
/// </summary>
public static class LocalAccessKeys
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IReadOnlyList<LocalAccessKey> LoadOrCreate(string dataDirectory, CommuneRegistry registry)
    {
        var path = Path.Combine(dataDirectory, "access-keys.json");
        if (File.Exists(path))
            return JsonSerializer.Deserialize<List<LocalAccessKey>>(File.ReadAllText(path), JsonOptions) ?? [];

        var keys = new List<LocalAccessKey>();
        foreach (var province in registry.All.GroupBy(c => c.Id.Province))
        {
            keys.Add(new LocalAccessKey(AccessKeys.NewKey(), $"Cán bộ tỉnh {province.First().ProvinceName}", "province", province.Key));
            foreach (var commune in province.OrderBy(c => c.Id.Commune, StringComparer.Ordinal))
                keys.Add(new LocalAccessKey(AccessKeys.NewKey(), $"Cán bộ xã {commune.Name}", "commune", commune.Id.ToString()));
        }
        Directory.CreateDirectory(dataDirectory);
        File.WriteAllText(path, JsonSerializer.Serialize(keys, JsonOptions));
        return keys;
    }

    public static AccessKeys ToAccessKeys(IEnumerable<LocalAccessKey> keys) =>
        new(keys.Select(k => new KeyValuePair<string, Caller>(k.Key, k.Role == "province"
            ? Caller.ProvinceOfficer(k.Name, k.Scope)
            : Caller.CommuneOfficer(k.Name, CommuneId.TryParse(k.Scope, out var id) ? id.Value : throw new InvalidDataException($"Bad commune '{k.Scope}' in access-keys.json.")))));
}
