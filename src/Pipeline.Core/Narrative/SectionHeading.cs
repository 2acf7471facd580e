using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Narrative;

/// <summary>
/// The heading that opens a commune's section of the report's results:
/// "2.1. Đối với xã Chiềng En (có biểu số 01 kèm theo)", "2.2. Đối với xã Pú Bẩu cũ (có biểu số 02 kèm theo)",
/// "a) Đối với xã Mường Lầm:", "- Đối với Đảng bộ xã Mường Lầm (biểu số 01)".
/// </summary>
/// <param name="Text">The heading as written.</param>
/// <param name="Commune">The commune it names, without "xã" and "cũ" ("Pú Bẩu").</param>
/// <param name="AnnexNumber">The annex it refers to ("biểu số 02" → 2), or null when it names none.</param>
public sealed partial record SectionHeading(string Text, string Commune, int? AnnexNumber)
{
    /// <summary>True when the heading says "cũ": the old commune of that name, merged since, never the new one.</summary>
    public bool Former { get; init; }

    /// <summary>Longest paragraph taken for a heading, in characters: a heading is a line, not prose that mentions a commune.</summary>
    public const int MaxCharacters = 200;

    // "2.1. Đối với xã …", "a) Đối với xã …", "- Đối với xã …", "* Đối với Đảng bộ xã …".
    [GeneratedRegex(@"^(?:[\dIVX]+(?:\.\d+)*\s*[.)\-–]?\s*|[a-dđ]\)\s*|[-+*•–]\s*)?Đối\s+với\s+(?:Đảng\s+bộ\s+)?(?:xã|phường|thị\s+trấn)\s+(?<name>\p{L}+(?:\s+\p{L}+){0,5}?)(?<former>\s+cũ)?\s*(?:\(\s*(?:có\s+)?biểu\s+(?:số\s+)?(?<number>\d{1,3})[^)]*\))?\s*[:.]?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    /// <summary>The heading <paramref name="paragraph"/> (cleaned text) is, or null when it is none.</summary>
    public static SectionHeading? Read(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        if (paragraph.Length > MaxCharacters) return null;
        var match = Heading().Match(paragraph);
        if (!match.Success) return null;
        int? number = match.Groups["number"].Success
            ? int.Parse(match.Groups["number"].ValueSpan, CultureInfo.InvariantCulture)
            : null;
        return new SectionHeading(paragraph, VietnameseText.Clean(match.Groups["name"].Value), number) { Former = match.Groups["former"].Success };
    }
}
