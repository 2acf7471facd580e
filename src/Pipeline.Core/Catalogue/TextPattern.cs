using Pipeline.Core.Text;

namespace Pipeline.Core.Catalogue;

/// <summary>
/// A meaning test on normalised indicator text: every phrase of <see cref="All"/> occurs and
/// none of <see cref="None"/> does. Phrases are stored folded (no case, no diacritics).
/// </summary>
public sealed record TextPattern(IReadOnlyList<string> All, IReadOnlyList<string> None)
{
    public static TextPattern Create(IEnumerable<string> all, IEnumerable<string>? none) =>
        new(all.Select(IndicatorText.Normalize).Where(p => p.Length > 0).ToArray(),
            (none ?? []).Select(IndicatorText.Normalize).Where(p => p.Length > 0).ToArray());

    /// <summary>How strongly the pattern matches (the length of text it explains), or 0 when it does not.</summary>
    public int Score(string normalizedText)
    {
        if (All.Count == 0) return 0;
        var score = 0;
        for (var i = 0; i < All.Count; i++)
        {
            if (!VietnameseText.ContainsPhrase(normalizedText, All[i])) return 0;
            score += All[i].Length;
        }
        for (var i = 0; i < None.Count; i++)
        {
            if (VietnameseText.ContainsPhrase(normalizedText, None[i])) return 0;
        }
        return score;
    }
}
