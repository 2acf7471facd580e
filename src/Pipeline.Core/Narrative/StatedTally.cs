using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Scoring;
using Pipeline.Core.Values;

namespace Pipeline.Core.Narrative;

/// <summary>
/// The tally a section's opening sentence states (docs/reading-and-scoring.md, "The report's narrative"). Written
/// count first or kind first, the count in digits (leading zeros as written, "20/21" of the adopted) or in words:
/// <list type="bullet">
/// <item>"08 chỉ tiêu vượt, 12 chỉ tiêu đạt, 01 chỉ tiêu không đạt" → 8 / 12 / 1 (the seed);</item>
/// <item>"vượt 8 chỉ tiêu, đạt 12 chỉ tiêu, chưa đạt 1 chỉ tiêu", "tám chỉ tiêu vượt" → the same kinds;</item>
/// <item>"đạt và vượt 20/21 chỉ tiêu", "có 20/21 chỉ tiêu đạt và vượt, 01 chỉ tiêu chưa đạt" → <see cref="MetOrExceeded"/> 20, not met 1;</item>
/// <item>"13 chỉ tiêu đạt và vượt (trong đó 7 chỉ tiêu vượt)", "18 chỉ tiêu đạt (trong đó 7 chỉ tiêu vượt)" → met or exceeded 13 (18), exceeded 7;</item>
/// <item>"20 chỉ tiêu đạt, 01 chỉ tiêu không đạt" with no exceeded count anywhere: "đạt" may count the exceeded too
/// (<see cref="MetMayIncludeExceeded"/>), so it agrees with either reading;</item>
/// <item>"02 chỉ tiêu cơ bản đạt" (basically met), a kind tables do not keep: read, and then only the exceeded count is compared.</item>
/// </list>
/// "Không đạt" and "chưa đạt" are both not met. A kind the sentence does not name is null ("05 chỉ tiêu vượt, 13 chỉ
/// tiêu đạt" says nothing of those not met); the first count of each kind is the tally, a later one restates or details it.
/// "cơ bản đạt và vượt" with no count is no tally.
/// </summary>
/// <param name="Quote">The words stating it, from the first count to the last, as written.</param>
public sealed partial record StatedTally(int? Exceeded, int? Met, int? NotMet, string Quote)
{
    /// <summary>Met and exceeded counted together ("đạt và vượt 20/21 chỉ tiêu" → 20), or null when not stated so.</summary>
    public int? MetOrExceeded { get; init; }

    /// <summary>True when <see cref="Met"/> is written alone ("20 chỉ tiêu đạt"), with no exceeded count beside it: it may count the exceeded too.</summary>
    public bool MetMayIncludeExceeded { get; init; }

    /// <summary>The whole a count is written of ("20/21 chỉ tiêu" → 21): the number of targets adopted; null when none is written.</summary>
    public int? OutOf { get; init; }

    /// <summary>The count stated as basically met ("02 chỉ tiêu cơ bản đạt"), or null; tables keep no such kind.</summary>
    public int? NearlyMet { get; init; }

    /// <summary>
    /// The counts added up when the sentence accounts for every target (exceeded, met and not met; or met-or-exceeded
    /// and not met; with those basically met), else null: a partial tally is not summed.
    /// </summary>
    public int? Total =>
        MetMayIncludeExceeded ? null
        : Exceeded is { } e && Met is { } m && NotMet is { } n ? e + m + n + (NearlyMet ?? 0)
        : MetOrExceeded is { } both && NotMet is { } notMet ? both + notMet + (NearlyMet ?? 0)
        : null;

    /// <summary>
    /// True when every count the sentence states is the table's (<paramref name="counts"/>): exceeded, met, not met,
    /// met-or-exceeded against exceeded + met; a lone "đạt" against met or met + exceeded. With a "cơ bản đạt" count,
    /// whose rows a table files under met, not met or no verdict, only the exceeded count is compared.
    /// </summary>
    public bool AgreesWith(StatusCounts counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        if (Exceeded is { } e && e != counts.Exceeded) return false;
        if (NearlyMet is not null) return true;
        if (Met is { } m && m != counts.Met && !(MetMayIncludeExceeded && m == counts.Met + counts.Exceeded)) return false;
        if (MetOrExceeded is { } both && both != counts.Met + counts.Exceeded) return false;
        return NotMet is not { } n || n == counts.NotMet;
    }

    private const string CountWords = @"(?:một|hai|ba|bốn|năm|sáu|bảy|bẩy|tám|chín|mười)(?:\s+(?:mươi|mốt|một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|bẩy|tám|chín))*";

    private const string Kinds = @"đạt\s+và\s+vượt|vượt\s+và\s+đạt|cơ\s+bản\s+đạt|không\s+đạt|chưa\s+đạt|vượt|đạt";

    // Count first: "08 chỉ tiêu vượt", "20/21 chỉ tiêu đạt và vượt", "tám chỉ tiêu vượt", "01 chỉ tiêu đã đạt";
    // kind first: "vượt 8 chỉ tiêu", "đạt và vượt 20/21 chỉ tiêu", "cơ bản đạt 2 chỉ tiêu".
    [GeneratedRegex(@"(?<![\d.,/\p{L}])(?<n>\d{1,3}|" + CountWords + @")(?:\s*/\s*(?<of>\d{1,3}))?\s+chỉ\s+tiêu\s+(?:(?:đã|được)\s+)?(?<v>" + Kinds + @")(?!\p{L})"
        + @"|(?<!\p{L})(?<v>" + Kinds + @")\s+(?:được\s+)?(?<n>\d{1,3}|" + CountWords + @")(?:\s*/\s*(?<of>\d{1,3}))?\s+chỉ\s+tiêu(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Count();

    // "(trong đó 7 chỉ tiêu vượt)": a count inside what the count before it counts.
    [GeneratedRegex(@"trong\s+đó", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Within();

    /// <summary>The tally stated in <paramref name="sentence"/> (cleaned text), or null when it states none.</summary>
    public static StatedTally? Read(string sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        int? exceeded = null, met = null, notMet = null, both = null, nearly = null, outOf = null;
        var metBeforeWithin = false; // "18 chỉ tiêu đạt (trong đó 7 chỉ tiêu vượt)": the met count holds the exceeded
        int start = -1, end = -1;
        Match? previous = null;
        foreach (Match match in Count().Matches(sentence))
        {
            var n = CountOf(match.Groups["n"].Value);
            if (n is null) continue;
            var kind = Text.VietnameseText.Fold(match.Groups["v"].Value);
            var within = previous is not null && Within().IsMatch(sentence.AsSpan(previous.Index + previous.Length, match.Index - previous.Index - previous.Length));
            switch (kind)
            {
                case "vuot":
                    if (exceeded is not null) continue;
                    exceeded = n;
                    if (within && Text.VietnameseText.Fold(previous!.Groups["v"].Value) == "dat") metBeforeWithin = true;
                    break;
                case "dat":
                    if (met is not null) continue;
                    met = n;
                    break;
                case "co ban dat":
                    if (nearly is not null) continue;
                    nearly = n;
                    break;
                case "khong dat" or "chua dat":
                    if (notMet is not null) continue;
                    notMet = n;
                    break;
                default: // "đạt và vượt", "vượt và đạt"
                    if (both is not null) continue;
                    both = n;
                    break;
            }
            if (outOf is null && match.Groups["of"].Success) outOf = int.Parse(match.Groups["of"].ValueSpan, CultureInfo.InvariantCulture);
            if (start < 0) start = match.Index;
            end = match.Index + match.Length;
            previous = match;
        }
        if (start < 0) return null;
        if (metBeforeWithin && both is null) (both, met) = (met, null);
        return new StatedTally(exceeded, met, notMet, sentence[start..end])
        {
            MetOrExceeded = both,
            NearlyMet = nearly,
            OutOf = outOf,
            MetMayIncludeExceeded = met is not null && exceeded is null && both is null,
        };
    }

    private static int? CountOf(string written) =>
        int.TryParse(written, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : NumberWords.Count(written);
}
