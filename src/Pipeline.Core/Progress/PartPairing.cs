using Pipeline.Core.Values;

namespace Pipeline.Core.Progress;

/// <summary>
/// Gives each figure of a year's cell the part of the term's composite target it belongs to (docs/progress.md, "How a
/// year's row finds the term's"): a year may write "2.600 cây; 34,5%" under the target "che phủ 34%; trồng 2.500 cây",
/// or one figure of the two. Of every way to give the figures distinct parts:
/// <list type="number">
/// <item>those where a figure and its part say they count different things (<see cref="FigureCue.Agrees"/>) are out;
/// one left: <see cref="PairingBasis.Cues"/>; none: <see cref="PairingBasis.NoFit"/>;</item>
/// <item>of several, one whose figures sit nearer their parts' targets, by the sum of |log₁₀(figure / target)|, than
/// every other by at least <see cref="MagnitudeMargin"/> (ten times over): <see cref="PairingBasis.Magnitude"/>;
/// only where every figure and target is above zero;</item>
/// <item>as many figures as parts and the written order among the ways left: <see cref="PairingBasis.Position"/> — the
/// order the row's own copy of the term's target shows (<see cref="WrittenOrder"/>), else first to first;</item>
/// <item>else <see cref="PairingBasis.Ambiguous"/>: a figure gets the part every way left agrees on, or none.</item>
/// </list>
/// A single figure is never given a part by position. Pure.
/// </summary>
public static class PartPairing
{
    /// <summary>
    /// How much nearer, in orders of magnitude summed over the figures, the best way must be than the next: 1. A
    /// yearly figure is often a fraction of a term's count (8 members of 35), so only a gap of ten times tells.
    /// </summary>
    public const double MagnitudeMargin = 1.0;

    /// <summary>
    /// Composites of more parts are not weighed (the ways grow as n!; annexes write two or three): as many figures as
    /// parts go by position, fewer are <see cref="PairingBasis.Ambiguous"/>.
    /// </summary>
    public const int MaxParts = 6;

    /// <summary>The part of each figure (0-based; null when none) and how it was decided.</summary>
    public sealed record Pairs(IReadOnlyList<int?> PartOf, PairingBasis Basis);

    /// <param name="figures">The year's figures with their cues, in the order written.</param>
    /// <param name="parts">The term target's parts with their cues (values: the targets).</param>
    /// <param name="order">
    /// The part of each written position when the row says it (<see cref="WrittenOrder"/>); null: the first figure is the first part.
    /// </param>
    public static Pairs Pair(IReadOnlyList<FigureCue> figures, IReadOnlyList<FigureCue> parts, IReadOnlyList<int>? order = null)
    {
        ArgumentNullException.ThrowIfNull(figures);
        ArgumentNullException.ThrowIfNull(parts);
        var none = new int?[figures.Count];
        if (figures.Count == 0) return new Pairs(none, PairingBasis.Cues);
        if (figures.Count > parts.Count) return new Pairs(none, PairingBasis.NoFit);
        var position = order is not null && order.Count == figures.Count ? order.ToArray() : Enumerable.Range(0, figures.Count).ToArray();
        if (parts.Count > MaxParts)
            return figures.Count == parts.Count ? new Pairs(Of(position), PairingBasis.Position) : new Pairs(none, PairingBasis.Ambiguous);

        var ways = new List<int[]>();
        Extend([], new bool[parts.Count]);
        if (ways.Count == 0) return new Pairs(none, PairingBasis.NoFit);
        if (ways.Count == 1) return new Pairs(Of(ways[0]), PairingBasis.Cues);

        if (figures.All(f => f.Value > 0) && parts.All(p => p.Value > 0))
        {
            var ranked = ways.Select(way => (Way: way, Distance: Distance(way))).OrderBy(w => w.Distance).ToArray();
            if (ranked[1].Distance - ranked[0].Distance >= MagnitudeMargin) return new Pairs(Of(ranked[0].Way), PairingBasis.Magnitude);
        }

        if (figures.Count == parts.Count && figures.Count > 1 && ways.Any(way => way.SequenceEqual(position)))
            return new Pairs(Of(position), PairingBasis.Position);

        var agreed = Enumerable.Range(0, figures.Count).Select(i => ways.All(w => w[i] == ways[0][i]) ? ways[0][i] : (int?)null).ToArray();
        return new Pairs(agreed, PairingBasis.Ambiguous);

        void Extend(List<int> way, bool[] used)
        {
            if (way.Count == figures.Count)
            {
                ways.Add([.. way]);
                return;
            }
            var figure = figures[way.Count];
            for (var part = 0; part < parts.Count; part++)
            {
                if (used[part] || figure.Agrees(parts[part]) == false) continue;
                used[part] = true;
                way.Add(part);
                Extend(way, used);
                way.RemoveAt(way.Count - 1);
                used[part] = false;
            }
        }

        double Distance(int[] way) =>
            way.Select((part, i) => Math.Abs(Math.Log10((double)figures[i].Value / (double)parts[part].Value))).Sum();

    }

    /// <summary>
    /// The term's part at each position of a year row, when the row's own copy of the term's target gives the term's
    /// figures in another order ("50-70" beside the term's "70-50": position 0 is part 1); null when it gives them in
    /// the same order, other figures, or a figure twice (nothing to tell by).
    /// </summary>
    /// <param name="yearsCopy">The year row's "Chỉ tiêu NQ đến năm 2030" figures, in its order.</param>
    /// <param name="targets">The term's target figures, part by part.</param>
    public static IReadOnlyList<int>? WrittenOrder(IReadOnlyList<decimal> yearsCopy, IReadOnlyList<decimal> targets)
    {
        ArgumentNullException.ThrowIfNull(yearsCopy);
        ArgumentNullException.ThrowIfNull(targets);
        if (yearsCopy.Count != targets.Count || targets.Distinct().Count() != targets.Count || yearsCopy.SequenceEqual(targets)) return null;
        var parts = targets.ToArray();
        var order = yearsCopy.Select(v => Array.IndexOf(parts, v)).ToArray();
        return order.Contains(-1) || order.Distinct().Count() != order.Length ? null : order;
    }

    private static int?[] Of(int[] way) => way.Select(p => (int?)p).ToArray();
}
