using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Narrative;

/// <summary>
/// The sentence after a section's heading: "Đại hội Đảng bộ xã Chiềng En cũ nhiệm kỳ 2020-2025; nhất trí
/// thông qua 21 chỉ tiêu; … 08 chỉ tiêu vượt, 12 chỉ tiêu đạt, 01 chỉ tiêu không đạt …, cụ thể:".
/// Each part is null when the sentence does not state it.
/// </summary>
/// <param name="Text">The sentence as written.</param>
/// <param name="Commune">The commune whose congress it names ("Đại hội Đảng bộ xã Y cũ" → "Y").</param>
/// <param name="Adopted">The number of targets adopted ("nhất trí thông qua 21 chỉ tiêu" → 21).</param>
/// <param name="AdoptedQuote">The words stating <paramref name="Adopted"/> ("thông qua 21 chỉ tiêu").</param>
public sealed partial record SectionOpening(string Text, string? Commune, int? Adopted, string? AdoptedQuote, StatedTally? Tally)
{
    [GeneratedRegex(@"Đại\s+hội\s+(?:đại\s+biểu\s+)?Đảng\s+bộ\s+(?:xã|phường|thị\s+trấn)\s+(?<name>\p{L}+(?:\s+\p{L}+){0,5}?)(?:\s+cũ)?(?=\s+nhiệm\s+kỳ|\s*[;,.:(]|\s*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Congress();

    [GeneratedRegex(@"thông\s+qua\s+(?<n>\d{1,3})\s+chỉ\s+tiêu", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AdoptedCount();

    /// <summary>What <paramref name="paragraph"/> (cleaned text) states, or null when it states none of it.</summary>
    public static SectionOpening? Read(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var congress = Congress().Match(paragraph);
        var adopted = AdoptedCount().Match(paragraph);
        var tally = StatedTally.Read(paragraph);
        if (!congress.Success && !adopted.Success && tally is null) return null;
        return new SectionOpening(
            paragraph,
            congress.Success ? VietnameseText.Clean(congress.Groups["name"].Value) : null,
            adopted.Success ? int.Parse(adopted.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) : null,
            adopted.Success ? adopted.Value : null,
            tally);
    }
}
