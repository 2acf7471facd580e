namespace Pipeline.Core.Units;

// The administrative units of one province as written in samples/registry.json and sent to
// PUT /api/provinces/{province}/units. Every field is optional here so that a bad document
// reaches ProvinceUnitsValidator and gets a sentence per mistake instead of a parser error.

/// <summary>One province's communes and mergers, as a document.</summary>
public sealed record ProvinceUnits(string? Id, string? Name, IReadOnlyList<CommuneUnit>? Communes, IReadOnlyList<MergerUnit>? Mergers);

/// <summary>A commune: slug id ("pu-bau") and Vietnamese name ("Pú Bẩu").</summary>
public sealed record CommuneUnit(string? Id, string? Name);

/// <summary>A merger: the new commune's id, its predecessors' ids, the date it took effect (yyyy-MM-dd) and its legal basis.</summary>
public sealed record MergerUnit(string? Into, IReadOnlyList<string>? From, string? Effective, string? LegalBasis);
