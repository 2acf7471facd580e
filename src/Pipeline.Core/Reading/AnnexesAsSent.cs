using Pipeline.Core.Annexes;
using Pipeline.Core.Periods;
using Pipeline.Core.Units;

namespace Pipeline.Core.Reading;

/// <summary>
/// A Word report's annexes as its upload sends them on (<see cref="AnnexAttribution"/>): each read as the upload it goes to
/// reads it — for that upload's commune and term, and with the period the clerk chose only when that term is the one chosen
/// (<see cref="PeriodOf"/>): "2026" chosen for 2025–2030 says nothing of the 2020–2025 annexes the report carries, which go
/// on as parts read by their own titles. The one place for that rule: the upload's parts, the report's text checked against
/// its tables, and the check (POST /api/annexes/check) all take the annexes from here, so the check shows what the upload does
/// and each annex shows its own commune. Pure, given <c>read</c>.
/// </summary>
public static class AnnexesAsSent
{
    /// <summary>The period a part's annexes are read and counted for: the one chosen when the part is for the term chosen, else none (their titles' own).</summary>
    /// <param name="part">A part of <see cref="AnnexAttribution.Split"/>.</param>
    /// <param name="chosenTerm">The term the report was sent for.</param>
    /// <param name="chosen">The period the clerk chose; null when none.</param>
    public static ReportingPeriod? PeriodOf(AnnexPart part, string chosenTerm, ReportingPeriod? chosen)
    {
        ArgumentNullException.ThrowIfNull(part);
        return part.Term == chosenTerm ? chosen : null;
    }

    /// <summary>
    /// The file's annexes, in reading order (the indexes of <paramref name="split"/>), each as its part reads it: those of the
    /// parts for other communes or terms labelled with that part's commune and term — read again only when the part's period
    /// differs from the one chosen; the others as <paramref name="asChosen"/> has them.
    /// An annex a second reading does not find again (it cannot happen for the same bytes, but a reading is never trusted blindly)
    /// stays as first read.
    /// </summary>
    /// <param name="read">Reads the file's bytes with the options given (<see cref="AnnexReader.Read(Stream, AnnexReadOptions?)"/>).</param>
    /// <param name="options">The options the file was read with for the commune, term and period chosen.</param>
    /// <param name="asChosen">The annexes as read with <paramref name="options"/>.</param>
    /// <param name="split">Their attribution (<see cref="AnnexAttribution.Split"/>).</param>
    public static IReadOnlyList<Annex> Read(Func<AnnexReadOptions, WorkbookReadResult> read, AnnexReadOptions options, IReadOnlyList<Annex> asChosen,
        IReadOnlyList<AnnexPart> split, CommuneRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(asChosen);
        ArgumentNullException.ThrowIfNull(split);
        ArgumentNullException.ThrowIfNull(registry);
        var chosenTerm = split.FirstOrDefault(p => p.IsChosen)?.Term ?? options.Term ?? "";
        var annexes = asChosen.ToArray();
        foreach (var part in split.Where(p => !p.IsChosen && p.Indexes.Count > 0))
        {
            var commune = registry.Find(part.Commune)?.Name ?? part.Commune.Commune;
            var period = PeriodOf(part, chosenTerm, options.Period);
            // Read with the same period, an annex differs only in the commune and term it is labelled with (SheetScanner: the
            // options' commune and term stand in for the titles' there; a part of another term names it, so it bounds nothing
            // else): relabelled, not read again. Another period changes which columns are read: read again.
            if (period == options.Period)
            {
                foreach (var i in part.Indexes.Where(i => i < annexes.Length)) annexes[i] = annexes[i] with { Commune = commune, Term = part.Term };
                continue;
            }
            var again = read(options with { Commune = commune, Term = part.Term, Period = period });
            if (again.Error is not null) continue;
            foreach (var i in part.Indexes.Where(i => i < again.Annexes.Count && i < annexes.Length)) annexes[i] = again.Annexes[i];
        }
        return annexes;
    }
}
