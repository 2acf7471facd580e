namespace Pipeline.Core.Annexes;

/// <summary>Cells of an annex's sheet whose legacy-encoded text was converted to Unicode.</summary>
/// <param name="Encoding">The encoding the text was typed in.</param>
/// <param name="Cells">How many cells were converted (at least 1).</param>
public sealed record TextConversion(LegacyEncoding Encoding, int Cells);
