using System.Text.Json;

namespace Pipeline.Storage.Units;

/// <summary>A commune the system knows.</summary>
public sealed record RegisteredCommune(CommuneId Id, string Name, string ProvinceName);

/// <summary>
/// The provinces and communes the system serves, loaded from a JSON file
/// (samples/registry.json for the seed's province).
/// </summary>
public sealed class CommuneRegistry
{
    private readonly Dictionary<CommuneId, RegisteredCommune> _communes;

    private CommuneRegistry(Dictionary<CommuneId, RegisteredCommune> communes) => _communes = communes;

    public IEnumerable<RegisteredCommune> All => _communes.Values;

    public RegisteredCommune? Find(CommuneId id) => _communes.GetValueOrDefault(id);

    public IEnumerable<RegisteredCommune> InProvince(string province) => _communes.Values.Where(c => c.Id.Province == province);

    public bool HasProvince(string province) => _communes.Keys.Any(k => k.Province == province);

    public static CommuneRegistry Load(Stream json)
    {
        var document = JsonSerializer.Deserialize<RegistryDocument>(json, JsonOptions)
            ?? throw new InvalidDataException("The commune registry is empty.");
        var communes = new Dictionary<CommuneId, RegisteredCommune>();
        foreach (var province in document.Provinces ?? [])
        {
            if (!CommuneId.IsSlug(province.Id) || string.IsNullOrWhiteSpace(province.Name))
                throw new InvalidDataException($"Province '{province.Id}' needs a slug id and a name.");
            foreach (var commune in province.Communes ?? [])
            {
                if (!CommuneId.IsSlug(commune.Id) || string.IsNullOrWhiteSpace(commune.Name))
                    throw new InvalidDataException($"Commune '{commune.Id}' of '{province.Id}' needs a slug id and a name.");
                var id = new CommuneId(province.Id!, commune.Id!);
                if (!communes.TryAdd(id, new RegisteredCommune(id, commune.Name!, province.Name!)))
                    throw new InvalidDataException($"Commune '{id}' is listed twice.");
            }
        }
        return new CommuneRegistry(communes);
    }

    public static CommuneRegistry LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record RegistryDocument(List<ProvinceEntry>? Provinces);

    private sealed record ProvinceEntry(string? Id, string? Name, List<CommuneEntry>? Communes);

    private sealed record CommuneEntry(string? Id, string? Name);
}
