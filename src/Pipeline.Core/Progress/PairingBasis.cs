namespace Pipeline.Core.Progress;

/// <summary>How a cell's figures were given to the parts of the term's composite target (<see cref="PartPairing"/>).</summary>
public enum PairingBasis
{
    /// <summary>What the figures say they count (a percent sign, unit words, the row's units) leaves one way.</summary>
    Cues,

    /// <summary>Of the ways the cues leave, one fits the targets' sizes by an order of magnitude better than any other.</summary>
    Magnitude,

    /// <summary>Nothing tells the figures apart, or all that does agrees with their order: the first figure is the first part.</summary>
    Position,

    /// <summary>Several ways remain and the order is not one of them: the figures whose part every way agrees on have it, the others none.</summary>
    Ambiguous,

    /// <summary>No way fits: a figure counts what no part counts, or the cell has more figures than the target parts.</summary>
    NoFit,
}
