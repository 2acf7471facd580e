using Pipeline.Core.Values;

namespace Pipeline.Core.Catalogue;

/// <summary>
/// Gives each part of a composite row ("Kết nạp mới 35 đảng viên trở lên; 100% bí thư chi bộ …
/// được tập huấn" with the target "35 đảng viên và 100%") its own catalogue indicator, so the
/// parts are summed or ranged like single targets (docs/consolidation.md, "Composite rows"). The
/// indicator cell is split into clauses (<see cref="IndicatorClauses"/>); a part belongs to the
/// clause that carries its figure — the clause at its position when there is one clause per part
/// and each carries its part's figure, else the only clause that carries it — and takes that
/// clause's catalogue match, when the part's unit agrees with the indicator's (a percent with a
/// percent, a count with a count). A part is left
/// without a code rather than guessed when no clause or several carry its figure, two parts fall
/// in one clause, two parts would take the same indicator, the clause matches nothing, or the
/// units disagree. Ranges and single figures are not composites and get nothing.
/// </summary>
public static class CompositeParts
{
    /// <summary>
    /// One code per part of <paramref name="target"/> (null for a part that cannot be attributed
    /// confidently), or null when the target is not a composite of several figures.
    /// </summary>
    public static IReadOnlyList<string?>? Attribute(IndicatorCatalogue catalogue, string indicatorText, string? unitCell, AnnexValue target)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(target);
        if (target.Kind != ValueKind.Figures || target.Parts.Count < 2) return null;

        var parts = target.Parts;
        var clauses = IndicatorClauses.Split(indicatorText ?? "");
        var units = UnitNames.PerPart(unitCell, parts.Count);
        var clauseOf = ClauseOf(clauses, parts);

        var codes = new string?[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            if (clauseOf[i] is not { } clause) continue;
            if (clauseOf.Count(c => c == clause) > 1) continue; // two figures in one clause: which is which is a guess
            if (catalogue.Match(clauses[clause]) is not { } match) continue;
            if (units[i].Length > 0 && match.Indicator.Unit.Length > 0
                && UnitNames.IsPercent(units[i]) != UnitNames.IsPercent(match.Indicator.Unit)) continue;
            codes[i] = match.Indicator.Code;
        }
        // Two parts taking one indicator: neither can be told apart from the other.
        var duplicated = codes.Where(c => c is not null).GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        return codes.Select(c => c is not null && duplicated.Contains(c) ? null : c).ToArray();
    }

    /// <summary>
    /// The clause of <paramref name="clauses"/> (<see cref="IndicatorClauses.Split"/> of the indicator cell) each of
    /// <paramref name="parts"/> belongs to: the clause at its position when there is one clause per part and each
    /// carries its part's figure, else the only clause that carries it; null when none or several do.
    /// </summary>
    public static IReadOnlyList<int?> ClauseOf(IReadOnlyList<string> clauses, IReadOnlyList<decimal> parts)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        ArgumentNullException.ThrowIfNull(parts);
        var figures = clauses.Select(c => AnnexValueParser.Parse(c).Parts).ToArray();
        // One clause per part, each carrying its part's figure in order: the row is aligned as written.
        var aligned = clauses.Count == parts.Count && Enumerable.Range(0, parts.Count).All(i => figures[i].Contains(parts[i]));
        var clauseOf = new int?[parts.Count];
        for (var i = 0; i < parts.Count; i++)
        {
            if (aligned) { clauseOf[i] = i; continue; }
            var carriers = Enumerable.Range(0, clauses.Count).Where(c => figures[c].Contains(parts[i])).ToArray();
            clauseOf[i] = carriers.Length == 1 ? carriers[0] : null;
        }
        return clauseOf;
    }
}
