using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Narrative;

/// <summary>
/// The sentence after a section's heading: "Đại hội Đảng bộ xã Chiềng En cũ nhiệm kỳ 2020-2025; nhất trí
/// thông qua 21 chỉ tiêu; … 08 chỉ tiêu vượt, 12 chỉ tiêu đạt, 01 chỉ tiêu không đạt …, cụ thể:", "Đại hội đại biểu
/// Đảng bộ xã Mường Lầm lần thứ XXIII, nhiệm kỳ 2020 - 2025 đã đề ra 14 chỉ tiêu; …" (the commune's name ends before
/// "lần thứ", "khóa", "nhiệm kỳ", "đã", "nhất trí", "thông qua", "đề ra", "xác định" or a punctuation mark).
/// Each part is null when the sentence does not state it.
/// </summary>
/// <param name="Text">The sentence as written.</param>
/// <param name="Commune">The commune whose congress it names ("Đại hội Đảng bộ xã Y cũ" → "Y").</param>
/// <param name="Adopted">The number of targets adopted ("nhất trí thông qua 21 chỉ tiêu", "đề ra 21 chỉ tiêu" → 21; else the whole of a tally's "20/21 chỉ tiêu").</param>
/// <param name="AdoptedQuote">The words stating <paramref name="Adopted"/> ("thông qua 21 chỉ tiêu").</param>
public sealed partial record SectionOpening(string Text, string? Commune, int? Adopted, string? AdoptedQuote, StatedTally? Tally)
{
    [GeneratedRegex(@"Đại\s+hội\s+(?:đại\s+biểu\s+)?Đảng\s+bộ\s+(?:xã|phường|thị\s+trấn)\s+(?<name>\p{L}+(?:\s+\p{L}+){0,5}?)(?:\s+cũ)?(?=\s+(?:nhiệm\s+kỳ|lần\s+thứ|khóa|khoá|đã|nhất\s+trí|thông\s+qua|đề\s+ra|xác\s+định)(?!\p{L})|\s*[;,.:(–-]|\s*$)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Congress();

    // "nhất trí thông qua 21 chỉ tiêu", "đã đề ra 21 chỉ tiêu", "xác định 21 chỉ tiêu chủ yếu", "gồm 21 chỉ tiêu".
    [GeneratedRegex(@"(?<!\p{L})(?:thông\s+qua|đề\s+ra|đặt\s+ra|xác\s+định|gồm|gồm\s+có)\s+(?<n>\d{1,3})\s+chỉ\s+tiêu", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
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
            adopted.Success ? int.Parse(adopted.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) : tally?.OutOf,
            adopted.Success ? adopted.Value : tally?.OutOf is not null ? tally.Quote : null,
            tally);
    }
}
