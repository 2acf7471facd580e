namespace Pipeline.Core.Text;

/// <summary>
/// The one rule for quoting cell text back to people: at most <see cref="MaxCharacters"/>
/// characters, the last of them "…" when the text was cut. Reports, findings and refusals
/// quote through it, so a hostile cell is never echoed whole.
/// </summary>
public static class Excerpt
{
    /// <summary>Longest quote, in characters (UTF-16 code units), the closing "…" included.</summary>
    public const int MaxCharacters = 500;

    /// <summary>The text itself when it is short enough, else its start and "…" (never a split surrogate pair).</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxCharacters) return text;
        var keep = MaxCharacters - 1;
        if (char.IsHighSurrogate(text[keep - 1])) keep--;
        return string.Concat(text.AsSpan(0, keep), "…");
    }

    /// <summary>As <see cref="Of(string)"/>; null stays null.</summary>
    public static string? OfNullable(string? text) => text is null ? null : Of(text);
}
