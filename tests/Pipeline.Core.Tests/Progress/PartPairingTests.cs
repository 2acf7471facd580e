using Pipeline.Core.Progress;
using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Progress;

/// <summary>The year's figures given to the term's parts: by cue, by size, by position, or not at all (said so).</summary>
public class PartPairingTests
{
    private static FigureCue[] Cues(params (decimal Value, string Unit)[] figures) => figures.Select(f => new FigureCue(f.Value, f.Unit)).ToArray();

    private static readonly FigureCue[] CoverAndTrees = Cues((34, "%"), (2500, "cây"));

    [Fact]
    public void Cues_reorder() =>
        Check([1, 0], PairingBasis.Cues, PartPairing.Pair(Cues((2600, "cây"), (34.5m, "%")), CoverAndTrees));

    [Fact]
    public void Sizes_reorder_bare_figures_ten_times_apart()
    {
        // 600 → 2.500 and 32,5 → 34: |log 0,24| + |log 0,956| = 0,64; the other way 1,25 + 1,89 = 3,13.
        Check([1, 0], PairingBasis.Magnitude, PartPairing.Pair(Cues((600, ""), (32.5m, "")), CoverAndTrees));
    }

    [Fact]
    // 48 and 72 under 70 and 50 (all percents): swapped they sit nearer (0,03 against 0,32), but not ten times: order.
    public void Figures_nothing_tells_apart_keep_their_order() =>
        Check([0, 1], PairingBasis.Position, PartPairing.Pair(Cues((48, "%"), (72, "%")), Cues((70, "%"), (50, "%"))));

    [Fact]
    public void The_written_order_is_the_row_s_own_copy_of_the_target()
    {
        Assert.Equal([1, 0], PartPairing.WrittenOrder([50m, 70m], [70m, 50m]));
        // The same order, other figures, a figure twice: nothing to tell by.
        Assert.Null(PartPairing.WrittenOrder([70m, 50m], [70m, 50m]));
        Assert.Null(PartPairing.WrittenOrder([50m, 75m], [70m, 50m]));
        Assert.Null(PartPairing.WrittenOrder([50m, 50m], [50m, 50m]));
        Check([1, 0], PairingBasis.Position, PartPairing.Pair(Cues((48, "%"), (72, "%")), Cues((70, "%"), (50, "%")), [1, 0]));
    }

    [Fact]
    public void A_single_figure_is_never_placed_by_position()
    {
        // 300 is 0,95 orders from 34 and 0,92 from 2.500.
        Check([null], PairingBasis.Ambiguous, PartPairing.Pair(Cues((300, "")), CoverAndTrees));
        Check([0], PairingBasis.Magnitude, PartPairing.Pair(Cues((33, "")), CoverAndTrees));
    }

    [Fact]
    public void What_every_remaining_way_agrees_on_is_kept_the_rest_left()
    {
        var parts = Cues((34, "%"), (2500, "cây"), (12, "km"));
        Check([1, null, null], PairingBasis.Ambiguous, PartPairing.Pair(Cues((600, "cây"), (30, ""), (13, "")), parts));
    }

    [Fact]
    public void No_fit_another_unit_or_too_many_figures()
    {
        Assert.Equal(PairingBasis.NoFit, PartPairing.Pair(Cues((14, "ha")), CoverAndTrees).Basis);
        Assert.Equal(PairingBasis.NoFit, PartPairing.Pair(Cues((1, ""), (2, ""), (3, "")), CoverAndTrees).Basis);
    }

    [Fact]
    public void Composites_of_many_parts_go_by_position_unweighed()
    {
        var parts = Enumerable.Range(1, PartPairing.MaxParts + 1).Select(i => new FigureCue(i * 10, "%")).ToArray();
        var figures = parts.Reverse().ToArray();
        Assert.Equal((PairingBasis.Position, 0), (PartPairing.Pair(figures, parts).Basis, PartPairing.Pair(figures, parts).PartOf[0]!.Value));
        Assert.Equal(PairingBasis.Ambiguous, PartPairing.Pair(figures[1..], parts).Basis);
    }

    private static void Check(int?[] parts, PairingBasis basis, PartPairing.Pairs actual)
    {
        Assert.Equal(parts, actual.PartOf);
        Assert.Equal(basis, actual.Basis);
    }
}
