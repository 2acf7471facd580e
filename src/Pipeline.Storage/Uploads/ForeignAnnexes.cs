using Pipeline.Core.Annexes;
using Pipeline.Core.Reading;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Uploads;

/// <summary>
/// The annexes a confirmation may not fold into the commune of a held report (or of one of its parts): those whose titles
/// name another registered commune of the province than the one the upload is for. The reader
/// (<see cref="AnnexAttribution"/>) already sent every annex naming a commune the uploader speaks for to that commune as a
/// part of its own; what stayed with the report and names another commune is an annex the reader could not give to it (the
/// uploader does not speak for it, it did not exist for the term named, or the name fits two communes). Confirming says
/// "these annexes are this commune's for this term and period" — true of an annex naming this commune, or none, whatever its
/// term or period (the workbook rule) — never of another commune's: counted here, its targets would be counted twice in the
/// province's totals. Pure.
/// </summary>
public static class ForeignAnnexes
{
    /// <summary>The annexes of <paramref name="annexes"/> (the upload's own, as parsed) whose titles name another registered commune than <paramref name="commune"/>, in order.</summary>
    /// <param name="term">The term the upload is for: the term an annex naming none is read for.</param>
    /// <param name="callerSpeaksFor">The communes the confirming officer speaks for (AccessPolicy.CommunesOf): says which annexes they could send themselves.</param>
    public static IReadOnlyList<ForeignAnnex> Of(IReadOnlyList<Annex> annexes, CommuneId commune, string term, IReadOnlyCollection<CommuneId> callerSpeaksFor,
        CommuneRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(annexes);
        ArgumentNullException.ThrowIfNull(callerSpeaksFor);
        ArgumentNullException.ThrowIfNull(registry);
        if (registry.Find(commune)?.Name is not { } name || registry.Province(commune.Province) is not { } province) return [];
        var names = province.Communes.Select(c => c.Name).ToArray();
        var everyone = province.Communes.Select(c => c.Id).ToArray();
        var foreign = new List<ForeignAnnex>();
        foreach (var annex in annexes)
        {
            if (annex.Titled?.Commune is not { Length: > 0 } titled) continue;
            var stated = Term.IsValid(annex.Titled.Term) ? annex.Titled.Term! : term;
            // The commune part of the title check that held it (its term set aside: another term is the workbook rule's), and
            // an old commune written "Bó Sinh cũ", which that check does not tell from the registry's "Bó Sinh (cũ)".
            var namesAnother = AnnexTitleCheck.Holds([annex], name, annex.Titled.Term is { Length: > 0 } own ? own : term, names)
                || AnnexAttribution.Named(titled, stated, everyone, registry) is { } named && named != commune;
            if (!namesAnother) continue;
            foreign.Add(new ForeignAnnex(annex.Sheet, titled, stated, AnnexAttribution.Named(titled, stated, callerSpeaksFor, registry)));
        }
        return foreign;
    }
}
