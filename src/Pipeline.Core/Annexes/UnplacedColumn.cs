namespace Pipeline.Core.Annexes;

/// <summary>A column inside an annex table that the reader could not give a meaning, so its cells were not read.</summary>
/// <param name="Letter">The column's letter as Excel shows it ("F").</param>
/// <param name="Header">The header text above it, lines joined by a space (may be empty).</param>
public sealed record UnplacedColumn(string Letter, string Header);
