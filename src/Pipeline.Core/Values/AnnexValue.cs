namespace Pipeline.Core.Values;

/// <summary>
/// One value cell of an annex as the reader understood it: the text as the commune wrote it
/// and the numbers found in it. A composite cell ("100-60", "35 đảng viên và 100%") has
/// several parts, paired by position with the parts of the matching target or result.
/// </summary>
public sealed record AnnexValue(string Text, IReadOnlyList<decimal> Parts)
{
    public static AnnexValue Empty { get; } = new(string.Empty, []);

    /// <summary>The cell held nothing (or only a dash placeholder).</summary>
    public bool IsEmpty => Text.Length == 0 && Parts.Count == 0;

    /// <summary>At least one number could be read.</summary>
    public bool IsReadable => Parts.Count > 0;

    public static AnnexValue Number(decimal value, string text) => new(text, [value]);
}
