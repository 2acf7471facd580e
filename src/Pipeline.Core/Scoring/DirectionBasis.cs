namespace Pipeline.Core.Scoring;

/// <summary>
/// What a direction rests on, strongest first (docs/reading-and-scoring.md, "Scoring"). The last
/// two are assumptions: nothing said which way is good, so the system inferred or defaulted it.
/// </summary>
public enum DirectionBasis
{
    /// <summary>The catalogue entry the indicator matched (a province's extension or the built-in file).</summary>
    Catalogue,

    /// <summary>The bound the commune wrote in the target cell: a ceiling ("Dưới 1") or a floor ("Trên 300").</summary>
    WrittenBound,

    /// <summary>One of the catalogue's keyword rules ("suy dinh dưỡng", "giảm … xuống còn").</summary>
    KeywordRule,

    /// <summary>The commune's own reported percent or verdict, read back into a direction (assumed).</summary>
    CommuneArithmetic,

    /// <summary>Nothing applied: higher is better (assumed).</summary>
    Default,
}
