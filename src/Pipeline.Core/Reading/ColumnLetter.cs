namespace Pipeline.Core.Reading;

/// <summary>Excel's column letters: 0 → "A", 25 → "Z", 26 → "AA".</summary>
public static class ColumnLetter
{
    /// <summary>The letters Excel shows over the 0-based column <paramref name="column"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The column is negative.</exception>
    public static string Of(int column)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        var letters = string.Empty;
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            letters = (char)('A' + (n - 1) % 26) + letters;
        }
        return letters;
    }
}
