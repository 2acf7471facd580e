using Pipeline.Core.Annexes;
using Pipeline.Core.Values;

namespace Pipeline.Core.Reading;

/// <summary>
/// Percents typed as fractions: a value column whose percent rows (unit "%") hold 0,94 · 0,65 · 0,41 in plain cells,
/// no percent sign and no percent format, beside targets of 95 · 55 · 50 in the same rows — the clerk typed Excel's
/// fraction without its format (docs/reading-and-scoring.md, "Values"). Such a column's percent figures are read
/// ×100; the text stays as written. Judged per column, as <see cref="ColumnContent"/> judges columns, never per cell:
/// a single 0,9 beside 3 may be a poverty rate of 0,9%, and stays.
/// </summary>
internal static class PercentFractions
{
    /// <summary>
    /// How far a scaled figure may lie from another figure of its row (target, plan, result, baseline) and still agree:
    /// within three times either way — 94 beside 95, 41 beside 50 — where a real 0,9% beside 3% gives 90 against 3.
    /// </summary>
    private const decimal Agreement = 3m;

    private static readonly (Func<AnnexRow, AnnexValue> Get, Func<AnnexRow, AnnexValue, AnnexRow> Set)[] ValueColumns =
    [
        (r => r.Target, (r, v) => r with { Target = v }),
        (r => r.Actual, (r, v) => r with { Actual = v }),
        (r => r.TermTarget, (r, v) => r with { TermTarget = v }),
        (r => r.Baseline, (r, v) => r with { Baseline = v }),
    ];

    /// <summary>
    /// The rows with each value column in fractions read ×100 on its percent rows: the column's percent rows with one
    /// plain figure are at least <see cref="ColumnContent.MinimumRows"/>, all between 0 and 1, and on
    /// <see cref="ColumnContent.MinimumShare"/> of them the figure ×100 agrees with another figure of the row (another
    /// such column's ×100 too: an annex typed wholly in fractions).
    /// </summary>
    public static AnnexRow[] Scale(AnnexRow[] rows)
    {
        var fractions = ValueColumns.Where(c => IsAllFractions(rows, c.Get)).ToArray();
        if (fractions.Length == 0) return rows;
        var scaled = fractions.Where(c =>
        {
            var plain = PlainRows(rows, c.Get);
            var agreeing = plain.Count(i => Agrees(rows[i], c.Get(rows[i]).Parts[0] * 100, c.Get, fractions.Select(f => f.Get).ToArray()));
            return ColumnContent.IsEnough((decimal)agreeing / plain.Length);
        }).ToArray();
        var result = (AnnexRow[])rows.Clone();
        foreach (var (get, set) in scaled)
        {
            foreach (var i in PlainRows(rows, get))
            {
                var value = get(result[i]);
                // Dividing by 1.000… drops the trailing zeros the product keeps (0,94 × 100 = 94.00 → 94).
                result[i] = set(result[i], value with { Parts = [value.Parts[0] * 100 / 1.0000000000000000000000000000m] });
            }
        }
        return result;
    }

    private static bool IsAllFractions(AnnexRow[] rows, Func<AnnexRow, AnnexValue> get)
    {
        var plain = PlainRows(rows, get);
        return plain.Length >= ColumnContent.MinimumRows && plain.All(i => get(rows[i]).Parts[0] is >= 0 and <= 1);
    }

    private static int[] PlainRows(AnnexRow[] rows, Func<AnnexRow, AnnexValue> get) =>
        Enumerable.Range(0, rows.Length).Where(i => UnitNames.IsPercent(rows[i].Unit) && get(rows[i]) is { Kind: ValueKind.Figures, Parts.Count: 1 } value && !value.Text.Contains('%')).ToArray();

    /// <summary>Another single figure of the row (×100 in a fractions column) above 1, within <see cref="Agreement"/> times the scaled one.</summary>
    private static bool Agrees(AnnexRow row, decimal scaled, Func<AnnexRow, AnnexValue> own, Func<AnnexRow, AnnexValue>[] fractions) =>
        scaled > 0 && ValueColumns.Select(c => c.Get).Where(g => g != own)
            .Select(g => g(row) is { Parts.Count: 1 } v ? v.Parts[0] * (fractions.Contains(g) && !v.Text.Contains('%') ? 100 : 1) : 0)
            .Any(other => other > 1 && scaled / other <= Agreement && other / scaled <= Agreement);
}
