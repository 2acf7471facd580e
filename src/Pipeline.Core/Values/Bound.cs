namespace Pipeline.Core.Values;

/// <summary>
/// A bound written in a value cell beside its figure: "Trên 300", "≥ 95%", "tối thiểu 20",
/// "từ 35 trở lên" set a floor (more is better); "Dưới 1", "≤ 5 %", "tối đa 3", "không quá 1,5",
/// "giảm xuống dưới 3%" set a ceiling (less is better). Source: the wordings of the communes'
/// target annexes (docs/reading-and-scoring.md, "Values").
/// </summary>
public enum Bound
{
    /// <summary>A bare figure: nothing written says which way is good.</summary>
    None,

    /// <summary>The figure is a minimum: higher is better.</summary>
    Floor,

    /// <summary>The figure is a maximum: lower is better.</summary>
    Ceiling,
}
