namespace Pipeline.Core.Catalogue;

/// <summary>The catalogue entry an indicator text was matched to, and by which part of the text.</summary>
public sealed record IndicatorMatch(Indicator Indicator, string MatchedText, bool ByAlias);
