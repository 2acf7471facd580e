using System.Globalization;
using System.Text.Json;

namespace Pipeline.Core.Units;

/// <summary>
/// The provinces, communes and mergers the system serves: loaded from samples/registry.json at
/// first start, then replaced province by province through the API. Immutable: a change makes
/// a new registry.
/// </summary>
public sealed class CommuneRegistry
{
    private readonly Dictionary<string, RegisteredProvince> _provinces;
    private readonly Dictionary<CommuneId, RegisteredCommune> _communes;
    private readonly Dictionary<CommuneId, Merger> _formedBy;
    private readonly Dictionary<CommuneId, Merger> _absorbedBy;

    private CommuneRegistry(Dictionary<string, RegisteredProvince> provinces)
    {
        _provinces = provinces;
        _communes = provinces.Values.SelectMany(p => p.Communes).ToDictionary(c => c.Id);
        _formedBy = provinces.Values.SelectMany(p => p.Mergers).ToDictionary(m => m.Into);
        _absorbedBy = provinces.Values.SelectMany(p => p.Mergers).SelectMany(m => m.From.Select(f => (f, m))).ToDictionary(x => x.f, x => x.m);
    }

    public static CommuneRegistry Empty { get; } = new([]);

    public IEnumerable<RegisteredProvince> Provinces => _provinces.Values;

    public IEnumerable<RegisteredCommune> All => _communes.Values;

    public RegisteredCommune? Find(CommuneId id) => _communes.GetValueOrDefault(id);

    public RegisteredProvince? Province(string id) => _provinces.GetValueOrDefault(id);

    public IEnumerable<RegisteredCommune> InProvince(string province) => Province(province)?.Communes ?? [];

    public bool HasProvince(string province) => _provinces.ContainsKey(province);

    /// <summary>The merger that formed <paramref name="commune"/>, if it was formed by one.</summary>
    public Merger? FormedBy(CommuneId commune) => _formedBy.GetValueOrDefault(commune);

    /// <summary>The merger that absorbed <paramref name="commune"/> into a new commune, if any.</summary>
    public Merger? AbsorbedBy(CommuneId commune) => _absorbedBy.GetValueOrDefault(commune);

    /// <summary>
    /// Whether the commune existed for the term and so owes an annex: a commune formed by a
    /// merger from the term starting in the merger's year, its predecessors up to the term
    /// ending in that year.
    /// </summary>
    /// <exception cref="FormatException"><paramref name="term"/> is not a term.</exception>
    public bool IsExpected(CommuneId commune, string term)
    {
        var parsed = Term.Parse(term);
        if (FormedBy(commune) is { } formed && formed.Effective.Year > parsed.StartYear) return false;
        if (AbsorbedBy(commune) is { } absorbed && absorbed.Effective.Year < parsed.EndYear) return false;
        return true;
    }

    /// <summary>A registry with <paramref name="province"/> added or replaced.</summary>
    public CommuneRegistry With(RegisteredProvince province)
    {
        ArgumentNullException.ThrowIfNull(province);
        return new CommuneRegistry(new Dictionary<string, RegisteredProvince>(_provinces) { [province.Id] = province });
    }

    /// <summary>The province as the units document the API serves.</summary>
    public static ProvinceUnits ToDocument(RegisteredProvince province)
    {
        ArgumentNullException.ThrowIfNull(province);
        return new ProvinceUnits(province.Id, province.Name,
            province.Communes.Select(c => new CommuneUnit(c.Id.Commune, c.Name)).ToArray(),
            province.Mergers.Select(m => new MergerUnit(m.Into.Commune, m.From.Select(f => f.Commune).ToArray(),
                m.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.LegalBasis)).ToArray());
    }

    /// <summary>Reads a registry file ({"provinces": [units document, …]}).</summary>
    /// <exception cref="InvalidDataException">The file is malformed or a province is invalid (the message lists every mistake).</exception>
    public static CommuneRegistry Load(Stream json)
    {
        RegistryDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<RegistryDocument>(json, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The commune registry is not valid JSON: {ex.Message}", ex);
        }
        var provinces = new Dictionary<string, RegisteredProvince>(StringComparer.Ordinal);
        foreach (var units in document?.Provinces ?? [])
        {
            var (province, errors) = ProvinceUnitsValidator.Validate(units);
            if (province is null) throw new InvalidDataException($"Province '{units?.Id}' in the commune registry is invalid: {string.Join(" ", errors)}");
            if (!provinces.TryAdd(province.Id, province)) throw new InvalidDataException($"Province '{province.Id}' is listed twice in the commune registry.");
        }
        return new CommuneRegistry(provinces);
    }

    public static CommuneRegistry LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>The JSON options of units documents: web defaults, Vietnamese written as is.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    private sealed record RegistryDocument(IReadOnlyList<ProvinceUnits?>? Provinces);
}
