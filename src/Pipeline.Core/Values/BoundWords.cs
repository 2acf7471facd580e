namespace Pipeline.Core.Values;

/// <summary>
/// Reads the bound a commune writes beside a single figure. Before the figure (nothing else
/// between): "trên", "&gt;", "≥", "tối thiểu", "ít nhất", "không dưới", "không thấp hơn" are a
/// floor; "dưới", "&lt;", "≤", "tối đa", "không quá", "không vượt quá", "giảm xuống dưới" a
/// ceiling. After it: "trở lên" a floor ("từ 35 trở lên"), "trở xuống" a ceiling. Source: the
/// wordings communes write in their target annexes (docs/reading-and-scoring.md, "Values").
/// </summary>
public static class BoundWords
{
    // Longest first, so "không dưới" (a floor) is never read as "dưới" (a ceiling).
    private static readonly (string Words, Bound Bound)[] Before =
    [
        ("không vượt quá", Bound.Ceiling),
        ("không thấp hơn", Bound.Floor),
        ("không cao hơn", Bound.Ceiling),
        ("không dưới", Bound.Floor),
        ("không quá", Bound.Ceiling),
        ("không trên", Bound.Ceiling),
        ("tối thiểu", Bound.Floor),
        ("tối đa", Bound.Ceiling),
        ("ít nhất", Bound.Floor),
        ("nhiều nhất", Bound.Ceiling),
        ("lớn hơn", Bound.Floor),
        ("nhỏ hơn", Bound.Ceiling),
        ("thấp hơn", Bound.Ceiling),
        ("dưới", Bound.Ceiling),
        ("trên", Bound.Floor),
        (">=", Bound.Floor),
        ("<=", Bound.Ceiling),
        ("≥", Bound.Floor),
        ("≤", Bound.Ceiling),
        (">", Bound.Floor),
        ("<", Bound.Ceiling),
    ];

    /// <summary>The bound written around the figure that stands at [start, end) in <paramref name="text"/>.</summary>
    public static Bound Of(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        var before = text[..start].TrimEnd().ToLowerInvariant();
        foreach (var (words, bound) in Before)
        {
            if (!before.EndsWith(words, StringComparison.Ordinal)) continue;
            // A word must stand alone: "trên" is not the end of another word.
            var at = before.Length - words.Length;
            if (char.IsLetter(words[0]) && at > 0 && char.IsLetter(before[at - 1])) continue;
            return bound;
        }
        var after = text[end..].ToLowerInvariant();
        if (after.Contains("trở lên", StringComparison.Ordinal)) return Bound.Floor;
        if (after.Contains("trở xuống", StringComparison.Ordinal)) return Bound.Ceiling;
        return Bound.None;
    }
}
