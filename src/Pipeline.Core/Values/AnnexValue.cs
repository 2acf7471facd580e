namespace Pipeline.Core.Values;

/// <summary>
/// One value cell of an annex as the reader understood it: the text as the commune wrote it
/// and the numbers found in it. A composite cell ("100-60", "35 đảng viên và 100%") has
/// several parts, paired by position with the parts of the matching target or result; a range
/// ("10-12%", "từ 30 đến 35") has its low and high ends as its two parts.
/// </summary>
/// <remarks>
/// <see cref="Kind"/> says what the cell holds (derived from the parts unless the parser set it);
/// <see cref="Bound"/> the floor or ceiling written beside a single figure ("Trên 300", "≤ 5 %").
/// </remarks>
public sealed record AnnexValue(string Text, IReadOnlyList<decimal> Parts)
{
    private readonly ValueKind? kind;

    public static AnnexValue Empty { get; } = new(string.Empty, []);

    /// <summary>The cell held nothing (or only a dash placeholder).</summary>
    public bool IsEmpty => Text.Length == 0 && Parts.Count == 0;

    /// <summary>At least one number could be read.</summary>
    public bool IsReadable => Parts.Count > 0;

    /// <summary>What the cell holds: figures, a range, words (qualitative), nothing, or something unreadable.</summary>
    public ValueKind Kind
    {
        get => kind ?? (Parts.Count > 0 ? ValueKind.Figures : IsEmpty ? ValueKind.Empty : ValueKind.Unreadable);
        init => kind = value;
    }

    /// <summary>The floor or ceiling written beside a single figure; <see cref="Values.Bound.None"/> otherwise.</summary>
    public Bound Bound { get; init; }

    /// <summary>
    /// For a single figure written as a share of a whole ("14/19", "6/10 thôn"), the whole (19, 10);
    /// null otherwise. The figure itself is the share's count (14, 6).
    /// </summary>
    public decimal? Whole { get; init; }

    public static AnnexValue Number(decimal value, string text) => new(text, [value]);
}
