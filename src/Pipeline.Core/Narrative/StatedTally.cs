using System.Text.RegularExpressions;

namespace Pipeline.Core.Narrative;

/// <summary>
/// The tally a section's opening sentence states: "08 chỉ tiêu vượt, 12 chỉ tiêu đạt, 01 chỉ tiêu không
/// đạt" → 8 / 12 / 1. A kind the sentence does not name is null ("05 chỉ tiêu vượt, 13 chỉ tiêu đạt"
/// says nothing of those not met).
/// </summary>
/// <param name="Quote">The words stating it, from the first count to the last, as written.</param>
public sealed partial record StatedTally(int? Exceeded, int? Met, int? NotMet, string Quote)
{
    /// <summary>The counts the sentence names, added up.</summary>
    public int Total => (Exceeded ?? 0) + (Met ?? 0) + (NotMet ?? 0);

    // "08 chỉ tiêu vượt", "12 chỉ tiêu đạt", "01 chỉ tiêu không đạt" / "chưa đạt"; leading zeros as written.
    [GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,3})\s+chỉ\s+tiêu\s+(?<v>vượt|không\s+đạt|chưa\s+đạt|đạt)(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Count();

    /// <summary>The tally stated in <paramref name="sentence"/> (cleaned text), or null when it states none.</summary>
    public static StatedTally? Read(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        int? exceeded = null, met = null, notMet = null;
        int start = -1, end = -1;
        foreach (Match match in Count().Matches(sentence))
        {
            var n = int.Parse(match.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            var verdict = match.Groups["v"].Value.ToLowerInvariant();
            // The first count of each kind is the tally; a later one restates or details it.
            if (verdict.StartsWith("vượt", StringComparison.Ordinal)) { if (exceeded is not null) continue; exceeded = n; }
            else if (verdict.StartsWith('đ')) { if (met is not null) continue; met = n; }
            else { if (notMet is not null) continue; notMet = n; }
            if (start < 0) start = match.Index;
            end = match.Index + match.Length;
        }
        return start < 0 ? null : new StatedTally(exceeded, met, notMet, sentence[start..end]);
    }
}
