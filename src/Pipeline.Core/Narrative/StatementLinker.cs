using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Scoring;
using Pipeline.Core.Text;

namespace Pipeline.Core.Narrative;

/// <summary>
/// Finds the annex of a section and the row each statement speaks of. The annex: a results annex whose
/// commune (as the caller gave it, or as its titles name it) is the section's heading's; an annex keeps no
/// "BIỂU SỐ" number, so the number in the heading is reported, not matched. The row: the words are
/// classified with the catalogue exactly as scoring classifies a row's indicator
/// (<see cref="IndicatorCatalogue.Match"/>, the stated target figure choosing among clauses), and the
/// row with that indicator is taken; among several, the one with the statement's number; by number alone
/// only when neither the words nor the row match the catalogue and they share most of the row's words.
/// Anything else stays unlinked, with the reason (<see cref="LinkBasis"/>).
/// </summary>
public static class StatementLinker
{
    /// <summary>Share of a row's indicator words (normalised, <see cref="IndicatorText"/>) a statement must hold to be linked by number alone.</summary>
    public const decimal OrdinalWordShare = 0.5m;

    /// <summary>
    /// The results annex of <paramref name="commune"/> among <paramref name="annexes"/>, or null. A report's section
    /// reviews the term, so a whole-term annex is taken before a yearly one; among several of the period taken, none
    /// (<see cref="AnnexesOf"/>): which one the section speaks of cannot be told, and picking the first would check the
    /// text against a table that may be another commune's.
    /// </summary>
    public static ScoredAnnex? AnnexOf(string commune, IReadOnlyList<ScoredAnnex> annexes) =>
        AnnexesOf(commune, annexes) is [var one] ? one : null;

    /// <summary>
    /// The results annexes of <paramref name="commune"/> the section could be checked against: those of the period taken (the
    /// whole term when one is, else the first annex's period), in order; empty when none, two or more when the tables
    /// (a block copied twice, a title naming the wrong commune) give the commune several.
    /// </summary>
    public static IReadOnlyList<ScoredAnnex> AnnexesOf(string commune, IReadOnlyList<ScoredAnnex> annexes)
    {
        ArgumentNullException.ThrowIfNull(annexes);
        var key = VietnameseText.Fold(commune);
        // By the commune its titles name: read for the commune an upload was sent for, every annex of a report carries that
        // commune's name, and only the titles tell Chiềng En's table from Pú Bẩu's. A table titled for no commune is the
        // commune's it was read for only when no table's titles name the commune: a copy pasted under Chiềng En's table is not Bó Sinh's.
        var results = annexes.Where(a => a.Annex.Kind == AnnexKind.Results).ToList();
        var communes = results.Where(a => a.Annex.Titled?.Commune is { Length: > 0 } titled && VietnameseText.Fold(titled) == key).ToList();
        if (communes.Count == 0)
            communes = results.Where(a => a.Annex.Titled?.Commune is not { Length: > 0 } && VietnameseText.Fold(a.Annex.Commune) == key).ToList();
        var taken = communes.FirstOrDefault(a => a.Annex.Period == Periods.ReportingPeriod.WholeTerm) ?? communes.FirstOrDefault();
        return taken is null ? [] : communes.Where(a => a.Annex.Period == taken.Annex.Period).ToArray();
    }

    /// <summary>The row of <paramref name="annex"/> that <paramref name="words"/> speak of.</summary>
    /// <param name="statedTarget">The target figures stated beside the words, which choose among clauses naming several indicators; null when none.</param>
    /// <param name="ordinal">The statement's number.</param>
    public static RowLink Link(string words, IReadOnlyList<decimal>? statedTarget, int ordinal, ScoredAnnex? annex, IndicatorCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (annex is null) return new RowLink(null, LinkBasis.NoAnnex, null);
        // The clause with the stated target figure names the indicator (as scoring chooses); when no row has
        // that one, the first clause's, as scoring takes without a figure.
        var chosen = catalogue.Match(words, statedTarget)?.Indicator.Code;
        var first = statedTarget is null ? chosen : catalogue.Match(words)?.Indicator.Code;
        if (chosen is null && first is null) return ByOrdinal(words, ordinal, annex);
        RowLink? unlinked = null;
        foreach (var code in new[] { chosen, first }.OfType<string>().Distinct())
        {
            var link = ByIndicator(code, ordinal, annex);
            if (link.IsLinked) return link;
            unlinked ??= link;
        }
        return unlinked!;
    }

    private static RowLink ByIndicator(string code, int ordinal, ScoredAnnex annex)
    {
        var whole = annex.Targets.Where(t => t.IndicatorCode == code).ToList();
        var parts = annex.Targets.Where(t => t.IndicatorCode != code && t.PartCodes?.Contains(code) == true).ToList();
        var candidates = whole.Count > 0 ? whole : parts;
        if (candidates.Count == 0) return new RowLink(null, LinkBasis.NoRowWithIndicator, code);
        if (candidates.Count == 1) return Linked(candidates[0], LinkBasis.Indicator, code);
        var numbered = candidates.Where(t => SameOrdinal(t.Row, ordinal)).ToList();
        return numbered.Count == 1 ? Linked(numbered[0], LinkBasis.IndicatorAndOrdinal, code) : new RowLink(null, LinkBasis.Ambiguous, code);
    }

    private static RowLink Linked(ScoredTarget target, LinkBasis basis, string code)
    {
        // A composite row linked through one of its parts: the figures compared are that part's.
        int? part = target.IndicatorCode != code && target.PartCodes is { } codes ? IndexOf(codes, code) : null;
        return new RowLink(target, basis, code, part);
    }

    private static RowLink ByOrdinal(string words, int ordinal, ScoredAnnex annex)
    {
        var row = annex.Targets.FirstOrDefault(t => SameOrdinal(t.Row, ordinal));
        if (row is null || row.IndicatorCode is not null) return new RowLink(null, LinkBasis.NotInCatalogue, null);
        var rowWords = IndicatorText.Normalize(row.Row.Indicator).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        if (rowWords.Count == 0) return new RowLink(null, LinkBasis.NotInCatalogue, null);
        var statementWords = IndicatorText.Normalize(words).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
        var shared = rowWords.Count(statementWords.Contains);
        return shared >= rowWords.Count * OrdinalWordShare
            ? new RowLink(row, LinkBasis.Ordinal, null)
            : new RowLink(null, LinkBasis.NotInCatalogue, null);
    }

    private static bool SameOrdinal(AnnexRow row, int ordinal) =>
        int.TryParse(row.Ordinal.Trim().TrimEnd('.'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n == ordinal;

    private static int? IndexOf(IReadOnlyList<string?> codes, string code)
    {
        for (var i = 0; i < codes.Count; i++)
            if (codes[i] == code) return i;
        return null;
    }
}
