namespace Pipeline.Core.Narrative;

/// <summary>The annex row a finding compares the text with, as a clerk finds it: sheet, sheet row, its number and indicator.</summary>
/// <param name="SourceRow">1-based row in the sheet (or table).</param>
/// <param name="IndicatorCode">The catalogue indicator the row matched, or null.</param>
public sealed record AnnexRowReference(string Sheet, int SourceRow, string Ordinal, string Indicator, string? IndicatorCode);
