using Pipeline.Core.Annexes;
using Pipeline.Core.Units;

namespace Pipeline.Core.Reading;

/// <summary>
/// Whose annex each table of a commune's report is (issue 17: "each annex is attributed to the commune named in
/// its title"). The seed is such a report: the new Bó Sinh's congress report carries the 2020–2025 annexes of
/// Chiềng En, Pú Bẩu and the old Bó Sinh. An annex goes to the commune its titles name, for the term they name,
/// when that commune is one the uploader speaks for (the candidates: their own and, for a commune
/// formed by a merger, its predecessors) and existed for that term (<see cref="CommuneRegistry.IsExpected"/>) —
/// "XÃ BÓ SINH, NHIỆM KỲ 2020-2025" is the old Bó Sinh, the new one having no such term. Anything else stays with
/// the commune and term the report was sent for, where the usual title check holds it if it names another. Pure.
/// </summary>
public static class AnnexAttribution
{
    /// <summary>
    /// The report's annexes grouped by commune and term, the group of the commune and term chosen first (present
    /// even when empty: the report itself is that commune's), the others in the order their first annex comes.
    /// </summary>
    /// <param name="annexes">The file's annexes in reading order; indexes in the answer are into this list.</param>
    /// <param name="chosen">The commune the report was sent for.</param>
    /// <param name="chosenTerm">The term it was sent for.</param>
    /// <param name="candidates">The communes the uploader may send annexes for (Storage's AccessPolicy.CommunesOf).</param>
    public static IReadOnlyList<AnnexPart> Split(IReadOnlyList<Annex> annexes, CommuneId chosen, string chosenTerm,
        IReadOnlyCollection<CommuneId> candidates, CommuneRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(annexes);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(registry);
        var parts = new List<(CommuneId Commune, string Term, List<int> Indexes)> { (chosen, chosenTerm, []) };
        for (var i = 0; i < annexes.Count; i++)
        {
            var (commune, term) = Owner(annexes[i], chosen, chosenTerm, candidates, registry);
            var part = parts.FindIndex(p => p.Commune == commune && p.Term == term);
            if (part < 0) parts.Add((commune, term, [i]));
            else parts[part].Indexes.Add(i);
        }
        return parts.Select((p, n) => new AnnexPart(p.Commune, p.Term, p.Indexes, IsChosen: n == 0)).ToArray();
    }

    private static (CommuneId Commune, string Term) Owner(Annex annex, CommuneId chosen, string chosenTerm,
        IReadOnlyCollection<CommuneId> candidates, CommuneRegistry registry)
    {
        if (annex.Titled?.Commune is not { Length: > 0 } titled) return (chosen, chosenTerm);
        var term = Term.IsValid(annex.Titled.Term) ? annex.Titled.Term : chosenTerm;
        return Named(titled, term, candidates, registry) is { } named ? (named, term) : (chosen, chosenTerm);
    }

    /// <summary>
    /// The one commune of <paramref name="candidates"/> that <paramref name="written"/> names ("Pú Bẩu", "Bó Sinh cũ") and that
    /// existed for <paramref name="term"/>; null when none does, or two do (they cannot be told apart).
    /// </summary>
    public static CommuneId? Named(string written, string term, IReadOnlyCollection<CommuneId> candidates, CommuneRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(written);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(registry);
        var name = WithoutFormer(written);
        // "Bó Sinh cũ" is the old commune whatever the term: never the new one of the same name.
        var former = name.Length < written.TrimEnd().Length;
        var named = candidates
            .Where(id => registry.Find(id) is { } commune && AnnexTitleCheck.Names(name, commune.Name) && registry.IsExpected(id, term)
                && (!former || registry.AbsorbedBy(id) is not null))
            .ToArray();
        return named.Length == 1 ? named[0] : null;
    }

    /// <summary>"Bó Sinh cũ" as reports write the old commune: the registry says "Bó Sinh (cũ)", whose qualifier Names sets aside.</summary>
    private static string WithoutFormer(string titled)
    {
        var trimmed = titled.TrimEnd();
        return trimmed.EndsWith(" cũ", StringComparison.OrdinalIgnoreCase) || trimmed.EndsWith(" CŨ", StringComparison.Ordinal)
            ? trimmed[..^3].TrimEnd()
            : trimmed;
    }
}
