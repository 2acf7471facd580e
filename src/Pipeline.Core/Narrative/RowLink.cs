using Pipeline.Core.Scoring;

namespace Pipeline.Core.Narrative;

/// <summary>The annex row a statement or claim of the text speaks of, or why none was taken (never guessed).</summary>
/// <param name="Target">The linked row, scored; null when not linked.</param>
/// <param name="Basis">How it was linked, or why not.</param>
/// <param name="IndicatorCode">The catalogue indicator the words name, or null.</param>
/// <param name="Part">
/// For a composite row ("100-60"), the part the words name (0-based: the part whose indicator they name,
/// <see cref="ScoredTarget.PartCodes"/>); null when the whole row is meant.
/// </param>
public sealed record RowLink(ScoredTarget? Target, LinkBasis Basis, string? IndicatorCode, int? Part = null)
{
    public bool IsLinked => Target is not null;
}
