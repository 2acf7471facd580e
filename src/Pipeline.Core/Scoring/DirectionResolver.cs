using Pipeline.Core.Catalogue;
using Pipeline.Core.Values;

namespace Pipeline.Core.Scoring;

/// <summary>
/// Decides which way is good for an indicator: the catalogue entry it matched first, then
/// the bound the commune wrote in the target cell ("Dưới 1" → lower, "Trên 300" → higher), then
/// the catalogue's keyword rules, then higher-is-better. Every answer carries its reason
/// (docs/reading-and-scoring.md, "Scoring").
/// </summary>
public static class DirectionResolver
{
    /// <summary>The direction and its reason; <paramref name="written"/> is the bound in the target cell.</summary>
    public static (Direction Direction, string Reason) Resolve(IndicatorMatch? match, string indicatorText, IndicatorCatalogue catalogue, Bound written = Bound.None)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        if (match is not null)
        {
            var how = match.ByAlias ? "named" : "matched";
            return (match.Indicator.Direction,
                $"catalogue: {match.Indicator.Code} ({match.Indicator.Name}), {how} by \"{Shorten(match.MatchedText)}\"");
        }

        if (Of(written) is { } bounded)
            return (bounded, written == Bound.Ceiling
                ? "written bound: the target is a ceiling (\"dưới\", \"tối đa\", \"≤\" …), so lower is better"
                : "written bound: the target is a floor (\"trên\", \"tối thiểu\", \"≥\" …), so higher is better");

        var normalized = IndicatorText.Normalize(indicatorText);
        foreach (var rule in catalogue.DirectionRules)
        {
            if (rule.Pattern.Score(normalized) > 0)
                return (rule.Direction, $"keyword rule: \"{string.Join("\" + \"", rule.Pattern.All)}\": {rule.Reason}");
        }
        return (Direction.Higher, "default: no catalogue entry or keyword rule applies, so higher is better");
    }

    /// <summary>The direction a written bound means: a floor higher is better, a ceiling lower; none, nothing.</summary>
    public static Direction? Of(Bound bound) => bound switch
    {
        Bound.Floor => Direction.Higher,
        Bound.Ceiling => Direction.Lower,
        _ => null,
    };

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
