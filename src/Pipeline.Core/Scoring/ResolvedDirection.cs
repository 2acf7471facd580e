namespace Pipeline.Core.Scoring;

/// <summary>A direction, the reason in words ("catalogue: …", "commune's arithmetic: …") and what it rests on.</summary>
public sealed record ResolvedDirection(Direction Direction, string Reason, DirectionBasis Basis)
{
    /// <summary>
    /// True when the direction rests on the commune's arithmetic or on the default, not on the
    /// catalogue, a written bound or a keyword rule (docs/reading-and-scoring.md, "Scoring"):
    /// a reader should know the system guessed.
    /// </summary>
    public bool Assumed => Basis is DirectionBasis.CommuneArithmetic or DirectionBasis.Default;
}
