using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Annexes;
using Pipeline.Core.Values;

namespace Pipeline.Core.Narrative;

/// <summary>
/// Reads one numbered target statement into its claims and verdict. Two ways of writing a result are
/// recognised (docs/reading-and-scoring.md, "The report's narrative"):
/// result over target with the percent after it ("27,5/18 người/năm, đạt 152,7% so với Nghị quyết",
/// "133/30 đảng viên,đạt 443,3%", "Đạt 100% Nghị quyết đại hội"), one claim per stated percent; and
/// target then "kết quả" then result ("Tỷ lệ lao động qua đào tạo 30%, kết quả đạt 25,4%"). A lone
/// "0/02" or "100%/100%" is a result over its target. Figures are read by <see cref="AnnexValueParser"/>.
/// </summary>
public static partial class StatementReader
{
    /// <summary>"20. Kết nạp …": a number, a dot or bracket, then no digit ("2.1." is a heading's numbering, not a statement's).</summary>
    [GeneratedRegex(@"^(?<n>\d{1,3})\s*[.)]\s*(?!\d)")]
    private static partial Regex Numbered();

    // The verdict phrases; "không/chưa đạt" before "đạt" so the longer phrase wins where both could start.
    [GeneratedRegex(@"(?<!\p{L})(?:(?<not>không|chưa)\s+đạt|(?<over>vượt)|đạt)\s+chỉ\s+tiêu(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verdict();

    // "đạt 152,7%": a percent achieved; a stated percent when "so với", "Nghị quyết" or "NQ" follows, or a result/target pair stands just before.
    [GeneratedRegex(@"(?<!\p{L})đạt\s*(?<p>\d[\d.,]*)\s*%", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AchievedPercent();

    [GeneratedRegex(@"^\s*(?:so\s+với|nghị\s+quyết|NQ(?!\p{L}))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgainstResolution();

    // "27,5/18", "2.381/1.500", "100%/100%": result over target; "1,4%/năm" and dates are not.
    [GeneratedRegex(@"(?<![\d.,/])(?<a>\d[\d.,]*)\s*%?\s*/\s*(?<b>\d[\d.,]*)(?![\d/])")]
    private static partial Regex Pair();

    /// <summary>Most characters between a pair and the percent it goes with: a unit and a comma ("đảng viên,", "người/năm,").</summary>
    private const int MaxPairToPercent = 40;

    // Between a pair and its percent: unit words and a comma, no figure, no clause break ("đảng viên,", "ha,", "").
    [GeneratedRegex(@"^[^\d;:()]*$")]
    private static partial Regex PairToPercent();

    [GeneratedRegex(@"(?<!\p{L})kết\s+quả(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResultWords();

    /// <summary>The ordinal a paragraph starts with ("16. Duy trì …" → 16), or null when it starts with none.</summary>
    public static int? OrdinalOf(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        var match = Numbered().Match(paragraph);
        return match.Success ? int.Parse(match.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Reads a statement (cleaned text, its number included, continuation paragraphs joined with a space).</summary>
    public static TargetStatement Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var numbered = Numbered().Match(text);
        var ordinal = numbered.Success ? int.Parse(numbered.Groups["n"].ValueSpan, CultureInfo.InvariantCulture) : 0;
        var body = numbered.Success ? text[numbered.Length..] : text;

        TargetStatus? verdict = null;
        string? verdictQuote = null;
        var verdictStart = body.Length;
        var verdicts = Verdict().Matches(body);
        if (verdicts.Count > 0)
        {
            var last = verdicts[^1];
            verdict = last.Groups["not"].Success ? TargetStatus.NotMet : last.Groups["over"].Success ? TargetStatus.Exceeded : TargetStatus.Met;
            verdictQuote = last.Value;
            verdictStart = last.Index;
        }
        var stated = body[..verdictStart];

        var claims = PercentClaims(stated);
        if (claims.Count == 0 && ResultClaim(stated) is { } result) claims.Add(result);
        if (claims.Count == 0 && LonePair(stated) is { } pair) claims.Add(pair);

        return new TargetStatement(ordinal, text, Lead(stated), claims, verdict, verdictQuote);
    }

    /// <summary>The words before the first ':' or "kết quả" (else all of them), without a trailing comma.</summary>
    private static string Lead(string stated)
    {
        var end = stated.Length;
        var colon = stated.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0) end = colon;
        var result = ResultWords().Match(stated);
        if (result.Success && result.Index > 0 && result.Index < end) end = result.Index;
        return stated[..end].Trim().TrimEnd(',', ';', '.').Trim();
    }

    /// <summary>One claim per stated percent, each with the pair just before it when there is one.</summary>
    private static List<StatedClaim> PercentClaims(string stated)
    {
        var claims = new List<StatedClaim>();
        var pairs = Pair().Matches(stated);
        var claimStart = 0;
        var next = 0; // pairs and percents both run left to right: each pair is looked at once
        foreach (Match percent in AchievedPercent().Matches(stated))
        {
            Match? last = null;
            while (next < pairs.Count && pairs[next].Index + pairs[next].Length <= percent.Index) last = pairs[next++];
            var pair = last is not null && last.Index >= claimStart
                && percent.Index - (last.Index + last.Length) <= MaxPairToPercent
                && PairToPercent().IsMatch(stated.AsSpan(last.Index + last.Length, percent.Index - last.Index - last.Length))
                ? last : null;
            if (pair is null && !AgainstResolution().IsMatch(stated.AsSpan(percent.Index + percent.Length))) continue;
            if (!VietnameseNumber.TryParse(percent.Groups["p"].ValueSpan, out var value)) continue;

            var wordsEnd = pair?.Index ?? percent.Index;
            var wordsStart = ClauseStart(stated, claimStart, wordsEnd);
            var words = stated[wordsStart..wordsEnd];
            if (pair is not null) words += " " + stated[(pair.Index + pair.Length)..percent.Index]; // the unit after the pair: "đảng viên"
            var quoteEnd = percent.Index + percent.Length;
            claims.Add(new StatedClaim(
                Tidy(words),
                pair is null ? null : Figure(pair.Groups["b"].Value),
                pair is null ? null : Figure(pair.Groups["a"].Value),
                value,
                stated[wordsStart..quoteEnd].Trim()));
            claimStart = quoteEnd;
        }
        return claims;
    }

    /// <summary>
    /// Where the words of a claim ending at <paramref name="end"/> begin: after the last ';' or unclosed '('
    /// since <paramref name="from"/> ("…; tỷ lệ độ che phủ rừng 42/37%", "(trong đó kết nạp Đảng: 133/30"), else at
    /// <paramref name="from"/>; a closed aside ("trong 5 năm (2020-2025)") is part of the words.
    /// </summary>
    private static int ClauseStart(string stated, int from, int end)
    {
        var closed = 0;
        for (var i = end - 1; i >= from; i--)
        {
            switch (stated[i])
            {
                case ')': closed++; break;
                case '(' when closed > 0: closed--; break;
                case '(' or ';': return i + 1;
            }
        }
        return from;
    }

    /// <summary>
    /// "Tỷ lệ lao động qua đào tạo 30%, kết quả đạt 25,4%": the target before "kết quả", the result after. A pair
    /// after "kết quả" ("kết quả đạt 80/80 triệu", "kết quả 2/2 trường", "kết quả đạt 11/19 tiêu chí") gives the
    /// result; it gives the target too only when nothing before "kết quả" states one, since "11/19 tiêu chí" is a
    /// share of the criteria, not a target of 19. Where both state one, the target is left unstated, not guessed.
    /// </summary>
    private static StatedClaim? ResultClaim(string stated)
    {
        var words = ResultWords().Match(stated);
        if (!words.Success || words.Index == 0) return null;
        var before = stated[..words.Index];
        var after = stated[(words.Index + words.Length)..];
        var target = AnnexValueParser.Parse(before);
        if (Pair().Match(after) is { Success: true } pair)
            return new StatedClaim(Tidy(before), target.IsReadable ? null : Figure(pair.Groups["b"].Value), Figure(pair.Groups["a"].Value), null, stated.Trim());
        var result = AnnexValueParser.Parse(after);
        if (!target.IsReadable && !result.IsReadable) return null;
        return new StatedClaim(Tidy(before), target.IsReadable ? target : null, result.IsReadable ? result : null, null, stated.Trim());
    }

    /// <summary>"Thành lập mới 02 HTX trở lên: 0/02": a statement whose only figures are one pair.</summary>
    private static StatedClaim? LonePair(string stated)
    {
        var pairs = Pair().Matches(stated);
        if (pairs.Count != 1) return null;
        var pair = pairs[0];
        return new StatedClaim(Tidy(stated[..pair.Index]), Figure(pair.Groups["b"].Value), Figure(pair.Groups["a"].Value), null, stated.Trim());
    }

    private static AnnexValue Figure(string token) => AnnexValueParser.Parse(token.TrimEnd('.', ','));

    private static string Tidy(string words) => Text.VietnameseText.Clean(words).Trim(' ', ',', ';', ':', '.');
}
