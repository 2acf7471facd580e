using System.Globalization;
using System.Text;

namespace Pipeline.Core.Review;

/// <summary>
/// A province officer's comment as it is kept and shown: control characters (NUL, ESC, BEL…) and the
/// bidirectional overrides that make text read differently than it is stored (U+202A–U+202E,
/// U+2066–U+2069) taken out, line breaks and tabs kept, ends trimmed; its length counted in characters
/// a reader sees (an emoji is one), not UTF-16 units. Pure.
/// </summary>
public static class CommentText
{
    /// <summary>The comment without control or bidi-override characters, trimmed.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kept = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (ch is '\n' or '\t') kept.Append(ch);
            else if (ch == '\r') continue; // "\r\n" is one line break, kept as "\n"
            else if (char.IsControl(ch) || ch is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')) continue;
            else kept.Append(ch);
        }
        return kept.ToString().Trim();
    }

    /// <summary>How many characters a reader sees (text elements: "👍" and "ế" written as e + two marks count one each).</summary>
    public static int Length(string text) => new StringInfo(text).LengthInTextElements;
}
