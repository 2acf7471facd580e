using Pipeline.Core.Catalogue;

namespace Pipeline.Core.Scoring;

/// <summary>
/// Decides which way is good for an indicator: the catalogue entry it matched first, then
/// the catalogue's keyword rules, then higher-is-better. Every answer carries its reason.
/// </summary>
public static class DirectionResolver
{
    public static (Direction Direction, string Reason) Resolve(IndicatorMatch? match, string indicatorText, IndicatorCatalogue catalogue)
    {
        if (match is not null)
        {
            var how = match.ByAlias ? "named" : "matched";
            return (match.Indicator.Direction,
                $"catalogue: {match.Indicator.Code} ({match.Indicator.Name}), {how} by \"{Shorten(match.MatchedText)}\"");
        }

        var normalized = IndicatorText.Normalize(indicatorText);
        foreach (var rule in catalogue.DirectionRules)
        {
            if (rule.Pattern.Score(normalized) > 0)
                return (rule.Direction, $"keyword rule: \"{string.Join("\" + \"", rule.Pattern.All)}\": {rule.Reason}");
        }
        return (Direction.Higher, "default: no catalogue entry or keyword rule applies, so higher is better");
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
