namespace Pipeline.Core.Annexes;

/// <summary>
/// What a sheet itself says it is: the commune its title rows name and the term they (else the
/// target column's header) name, as written, before the commune and term the file was sent for
/// replace them on the <see cref="Annex"/>. Null parts: the sheet does not say.
/// Compared with the clerk's choice by <c>Reading.AnnexTitleCheck</c>.
/// </summary>
public sealed record AnnexTitles(string? Commune, string? Term);
