using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Values;

namespace Pipeline.Core.Scoring;

/// <summary>
/// Decides which way is good for an indicator: the catalogue entry it matched first, then
/// the bound the commune wrote in the target cell ("Dưới 1" → lower, "Trên 300" → higher), then
/// the catalogue's keyword rules, then the commune's own arithmetic (<see cref="CommuneArithmetic"/>),
/// then higher-is-better. Every answer carries its reason, and the last two are marked assumed
/// (docs/reading-and-scoring.md, "Scoring").
/// </summary>
public static class DirectionResolver
{
    /// <summary>The direction of a row, with its reason and basis: its indicator, the bound in its target cell, then the commune's figures on it.</summary>
    public static ResolvedDirection Resolve(IndicatorMatch? match, AnnexRow row, IndicatorCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(catalogue);
        var written = row.Target.Bound;
        if (match is not null)
        {
            var how = match.ByAlias ? "named" : "matched";
            return new(match.Indicator.Direction,
                $"catalogue: {match.Indicator.Code} ({match.Indicator.Name}), {how} by \"{Shorten(match.MatchedText)}\"",
                DirectionBasis.Catalogue);
        }

        if (Of(written) is { } bounded)
            return new(bounded, written == Bound.Ceiling
                ? "written bound: the target is a ceiling (\"dưới\", \"tối đa\", \"≤\" …), so lower is better"
                : "written bound: the target is a floor (\"trên\", \"tối thiểu\", \"≥\" …), so higher is better",
                DirectionBasis.WrittenBound);

        var normalized = IndicatorText.Normalize(IndicatorWording.Of(row));
        foreach (var rule in catalogue.DirectionRules)
        {
            if (rule.Pattern.Score(normalized) > 0)
                return new(rule.Direction, $"keyword rule: \"{string.Join("\" + \"", rule.Pattern.All)}\": {rule.Reason}", DirectionBasis.KeywordRule);
        }

        if (CommuneArithmetic.Infer(row) is { } inferred)
            return new(inferred.Direction, inferred.Reason, DirectionBasis.CommuneArithmetic);
        return new(Direction.Higher, "default: no catalogue entry, written bound, keyword rule or commune arithmetic applies, so higher is better", DirectionBasis.Default);
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
