using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Scoring;

/// <summary>Builds a results row from cell texts, as the reader would, and scores it with the built-in catalogue.</summary>
internal static class ScoringRows
{
    public static ScoredTarget Score(string indicator, string target, string actual, string percent = "", string verdict = "") =>
        TargetScorer.Score(Row(indicator, target, actual, percent, verdict), AnnexKind.Results, IndicatorCatalogue.Default);

    public static AnnexRow Row(string indicator, string target, string actual, string percent = "", string verdict = "") =>
        new(10, "1", null, indicator, "", AnnexValueParser.Parse(target), AnnexValueParser.Parse(actual),
            AnnexValueParser.Parse(percent), verdict, VerdictReader.Read(verdict));
}
