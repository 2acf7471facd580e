using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Annexes;
using Pipeline.Core.Values;

namespace Pipeline.Core.Narrative;

/// <summary>
/// Reads one numbered target statement into its claims and verdict: the one place for the phrasings of a statement
/// (docs/reading-and-scoring.md, "The report's narrative"). Figures are read from the statement with the digits that
/// state no target or result blanked (<see cref="FiguresNotClaimed"/>: "trẻ em dưới 01 tuổi", "năm 2025", "tăng 12%
/// so với đầu nhiệm kỳ"), then by <see cref="AnnexValueParser"/>, as cells are. A figure is given a role only where the
/// words give it one; what stays ambiguous is claimed as nothing:
/// <list type="bullet">
/// <item>a result over its target, "27,5/18 người/năm, đạt 152,7% so với Nghị quyết", "133/30 đảng viên,đạt 443,3%", a lone "0/02" or "100%/100%";
/// a target over its result where the percent beside it says so ("18/27,5 triệu, đạt 152,7%");</item>
/// <item>a target, a result word, a result: "Tỷ lệ lao động qua đào tạo 30%, kết quả đạt 25,4%", with the result words
/// "kết quả", "ước đạt", "ước tính đạt", "ước thực hiện", "thực hiện được", "thực hiện đạt", "đến nay", "hiện nay",
/// "tính đến nay", "thực hiện 42%", "TH: 42%";</item>
/// <item>a target named as one: "(NQ: 18 triệu)", "(chỉ tiêu NQ 50 đảng viên)", "(KH 18 triệu)", "chỉ tiêu 37%, thực hiện 42%";</item>
/// <item>a percent of the target: "đạt 152,7%", "bằng 105% NQ", "đạt 98% so với Nghị quyết", "đạt 100% kế hoạch", when
/// what follows names the target ("so với chỉ tiêu / Nghị quyết / NQ / kế hoạch / KH / mục tiêu"), or a result/target
/// pair or a stated result stands just before it ("kết quả đạt 29 tỷ đồng, đạt 152,7%"); "kết quả đạt 25,4%" is a result, not a percent of the target;</item>
/// <item>how far beyond: "vượt 5,2% so với chỉ tiêu" (<see cref="StatedClaim.Excess"/>);</item>
/// <item>after a colon, the result before a percent of the target: "Tỷ lệ gia đình văn hóa đạt 65% trở lên: 65,7%, đạt 101% so với NQ";</item>
/// <item>the verdict: the last "Vượt / Đạt / Không đạt / Chưa đạt chỉ tiêu" (also "… kế hoạch", "… mục tiêu", "vượt mức
/// chỉ tiêu", "hoàn thành vượt chỉ tiêu", "không/chưa hoàn thành chỉ tiêu"), with or without a colon, after a punctuation
/// mark, a figure, "kết quả" or a capital (never "Phấn đấu thu ngân sách vượt chỉ tiêu huyện giao", words of the target), or a bare
/// "Đạt", "Vượt", "Chưa đạt", "Không đạt" ending the statement after a colon, comma, dash or bracket. "Cơ bản đạt chỉ
/// tiêu" is no verdict (tables keep no such kind).</item>
/// </list>
/// </summary>
public static partial class StatementReader
{
    /// <summary>
    /// "20. Kết nạp …", "20) …", "20/ Kết nạp …", "Chỉ tiêu 20: …", "Chỉ tiêu số 20. …": a number, a dot or bracket (a slash
    /// before a word; a colon or dash after "Chỉ tiêu"), then no digit ("2.1." is a heading's numbering, not a statement's;
    /// "27/18 triệu" a pair).
    /// </summary>
    [GeneratedRegex(@"^(?:(?:Chỉ\s+tiêu|CHỈ\s+TIÊU|CT)\s+(?:số\s+|SỐ\s+)?(?<n>\d{1,3})\s*[.):\-–]|(?<n>\d{1,3})\s*(?:[.)]|/(?=\s*\p{L})))\s*(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    // The verdict phrases; "không/chưa đạt" before "đạt" so the longer phrase wins where both could start. "Cơ bản đạt" is none.
    [GeneratedRegex(@"(?<!\p{L})(?<!cơ\s+bản\s+)(?:(?<not>không|chưa)\s+(?:đạt|hoàn\s+thành)|(?<over>(?:hoàn\s+thành\s+)?vượt(?:\s+mức)?)|đạt)\s+(?:chỉ\s+tiêu|kế\s+hoạch|mục\s+tiêu)(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Verdict();

    // What stands before a verdict phrase: a punctuation mark, a figure ("0/02 không đạt chỉ tiêu"), "kết quả", "đã", or nothing.
    [GeneratedRegex(@"(?:^|[:,;.(–\-]|\d\s*%?|(?<!\p{L})(?:kết\s+quả|đã|là))\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BeforeVerdict();

    /// <summary>
    /// True when a verdict phrase is the statement's verdict, not words of its target: it follows a punctuation mark, a
    /// figure, "kết quả", "đã" or "là", or starts a sentence with a capital ("… 20 tỷ đồng Đạt chỉ tiêu"). "Phấn đấu thu
    /// ngân sách vượt chỉ tiêu huyện giao 10%" and "Tỷ lệ thôn đạt chỉ tiêu về …" name a target.
    /// </summary>
    private static bool VerdictStands(string body, Match verdict) =>
        char.IsUpper(body[verdict.Index]) || BeforeVerdict().IsMatch(body.AsSpan(0, verdict.Index));

    // ": Chưa đạt.", ", vượt", "(đạt)", "- Không đạt": a bare verdict word ending the statement.
    [GeneratedRegex(@"[:,;.(–\-]\s*(?<!cơ\s+bản\s+)(?:(?<not>không|chưa)\s+đạt|(?<over>vượt)|đạt)\s*\)?\s*[.;]?\s*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareVerdict();

    // "đạt 152,7%", "bằng 105%", "vượt 5,2%": a percent that may be of the target.
    [GeneratedRegex(@"(?<!\p{L})(?<verb>đạt|bằng|vượt)\s*(?<p>\d[\d.,]*)\s*%", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AchievedPercent();

    // What makes a percent the target's: "so với Nghị quyết", "NQ", "so với chỉ tiêu", "kế hoạch", "KH", "mục tiêu".
    [GeneratedRegex(@"^\s*(?:so\s+với\s+)?(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch|KH|NQ|Nghị\s+quyết)(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AgainstTarget();

    // "đạt 100% chỉ tiêu huyện giao", "bằng 105% NQ": a percent of a target, never a target or result figure.
    [GeneratedRegex(@"(?<!\p{L})(?:đạt|bằng|vượt)\s*\d[\d.,]*\s*%\s*(?:so\s+với\s+)?(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch|KH|NQ|Nghị\s+quyết)(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentOfTarget();

    // "27,5/18", "2.381/1.500", "100%/100%": result over target; "1,4%/năm" and dates are not.
    [GeneratedRegex(@"(?<![\d.,/])(?<a>\d[\d.,]*)\s*%?\s*/\s*(?<b>\d[\d.,]*)(?![\d/])")]
    private static partial Regex Pair();

    /// <summary>What may follow a verdict ending a statement: "Vượt chỉ tiêu.", "(đạt);".</summary>
    private static readonly System.Buffers.SearchValues<char> VerdictTrail = System.Buffers.SearchValues.Create(" .,;:)");

    /// <summary>
    /// Most characters a claim's words and figures span before its percent: a sentence or two, not a page. Bounds the work
    /// on a paragraph packed with percents to linear time (<see cref="NarrativeLimits.MaxParagraphCharacters"/> per paragraph).
    /// </summary>
    private const int MaxClaimCharacters = 1_000;

    /// <summary>Most characters between a pair and the percent it goes with: a unit and a comma ("đảng viên,", "người/năm,").</summary>
    private const int MaxPairToPercent = 40;

    // Between a pair and its percent: unit words and a comma, no figure, no clause break ("đảng viên,", "ha,", ""), or the
    // bracket a percent is given in after the verdict ("27,5/18 triệu đồng, vượt chỉ tiêu (đạt 152,7%").
    [GeneratedRegex(@"^[^\d;:()]*\(?\s*$")]
    private static partial Regex PairToPercent();

    // The words that introduce the result: "kết quả", "ước đạt", "đến nay", "thực hiện được"; "thực hiện"/"TH" only right before
    // a figure, and not in "kế hoạch thực hiện" (a plan).
    [GeneratedRegex(@"(?<!\p{L})(?:kết\s+quả(?:\s+thực\s+hiện)?|ước\s+(?:tính\s+)?(?:đạt|thực\s+hiện)|thực\s+hiện\s+(?:được|đạt)|tính\s+đến\s+nay|đến\s+nay|hiện\s+nay|(?<!kế\s+hoạch\s+)(?:thực\s+hiện|TH)\s*:?(?=\s*\d)(?!\s*(?:19|20)\d\d(?![\d%]|[.,]\d)))(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ResultWords();

    // A target named as one: "(NQ: 18 triệu)", "(chỉ tiêu NQ 50 đảng viên)", "(KH 18)", or unbracketed right before its
    // figure, "chỉ tiêu 37%", "NQ: 18 triệu"; a year is no figure ("mục tiêu 2025", "thực hiện 2025").
    [GeneratedRegex(@"\(\s*(?:theo\s+)?(?:chỉ\s+tiêu|CT|NQ|Nghị\s+quyết|KH|kế\s+hoạch|mục\s+tiêu)(?:\s+(?:NQ|Nghị\s+quyết|đại\s+hội|ĐH|đề\s+ra|giao|là))*\s*:?\s*(?!(?:19|20)\d\d(?![\d%]|[.,]\d))(?<t>[^()]*?\d[^()]*)\)"
        + @"|(?<!\p{L})(?:chỉ\s+tiêu|NQ|KH|kế\s+hoạch|mục\s+tiêu)(?:\s+(?:NQ|Nghị\s+quyết|đại\s+hội|ĐH|đề\s+ra|giao|là))*\s*:?\s*(?!(?:19|20)\d\d(?![\d%]|[.,]\d))(?<t>\d[\d.,]*\s*%?)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NamedTarget();

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
        var verdictEnd = body.Length;
        var found = Verdict().Matches(body).LastOrDefault(m => VerdictStands(body, m)) ?? (BareVerdict().Match(body) is { Success: true } bare ? bare : null);
        if (found is not null)
        {
            verdict = found.Groups["not"].Success ? TargetStatus.NotMet : found.Groups["over"].Success ? TargetStatus.Exceeded : TargetStatus.Met;
            var quote = found.Value.TrimStart(':', ',', ';', '.', '(', '–', '-', ' ').TrimEnd('.', ';', ')', ' ');
            verdictQuote = quote;
            verdictStart = found.Index;
            verdictEnd = found.Index + found.Length;
        }
        // What the statement states is all of it but its verdict: a percent may follow "vượt chỉ tiêu (đạt 152,7%)".
        var rest = body.AsSpan(verdictEnd);
        var stated = rest.IndexOfAnyExcept(VerdictTrail) < 0 ? body[..verdictStart] : body[..verdictStart] + new string(' ', verdictEnd - verdictStart) + body[verdictEnd..];
        var masked = FiguresNotClaimed.Mask(stated);

        var claims = PercentClaims(stated, masked);
        if (claims.Count == 0 && ResultClaim(stated, masked) is { } result) claims.Add(result);
        if (claims.Count == 0 && LonePair(stated, masked) is { } pair) claims.Add(pair);

        return new TargetStatement(ordinal, text, Lead(stated), claims, verdict, verdictQuote);
    }

    /// <summary>The words before the first ':' or result word (else all of them), without a trailing comma.</summary>
    private static string Lead(string stated)
    {
        var end = stated.Length;
        var colon = stated.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0) end = colon;
        var result = ResultWords().Match(stated);
        if (result.Success && result.Index > 0 && result.Index < end) end = result.Index;
        return stated[..end].Trim().TrimEnd(',', ';', '.').Trim();
    }

    /// <summary>One claim per percent of the target, each with the pair, or the target and result, stated just before it.</summary>
    private static List<StatedClaim> PercentClaims(string stated, string masked)
    {
        var claims = new List<StatedClaim>();
        var pairs = Pair().Matches(masked);
        var claimStart = 0;
        var next = 0; // pairs and percents both run left to right: each pair is looked at once
        var lastResultWords = ResultWords().Matches(masked) is { Count: > 0 } markers ? markers[^1].Index : -1;
        foreach (Match percent in AchievedPercent().Matches(masked))
        {
            Match? last = null;
            while (next < pairs.Count && pairs[next].Index + pairs[next].Length <= percent.Index) last = pairs[next++];
            var pair = last is not null && last.Index >= claimStart
                && percent.Index - (last.Index + last.Length) <= MaxPairToPercent
                && PairToPercent().IsMatch(masked.AsSpan(last.Index + last.Length, percent.Index - last.Index - last.Length))
                ? last : null;
            if (!VietnameseNumber.TryParse(percent.Groups["p"].ValueSpan, out var value)) continue;
            var againstTarget = AgainstTarget().IsMatch(masked.AsSpan(percent.Index + percent.Length));
            var wordsStart = ClauseStart(stated, Math.Max(claimStart, percent.Index - MaxClaimCharacters), pair?.Index ?? percent.Index);
            var segment = pair is null ? ReadSegment(masked, wordsStart, percent.Index, afterColon: true) : default;
            // A percent is the target's when the words after it say so, or a pair or a result stands just before it.
            if (pair is null && !againstTarget && (segment.Result is null || !ResultJustBefore(masked, wordsStart, percent.Index))) continue;
            // "Thu ngân sách đạt 100% chỉ tiêu huyện giao trở lên, kết quả …": before the result words, it is the target's wording.
            if (pair is null && lastResultWords > percent.Index && !ResultWords().IsMatch(masked.AsSpan(wordsStart, percent.Index - wordsStart))) continue;

            var wordsEnd = pair?.Index ?? segment.WordsEnd;
            var words = stated[wordsStart..wordsEnd];
            if (pair is not null) words += " " + stated[(pair.Index + pair.Length)..percent.Index]; // the unit after the pair: "đảng viên"
            var quoteEnd = percent.Index + percent.Length;
            var excess = string.Equals(percent.Groups["verb"].Value, "vượt", StringComparison.OrdinalIgnoreCase);
            var orientation = pair is null ? PairOrientation.ResultOverTarget : excess ? PairOrientation.Unconfirmed : Orientation(pair, value);
            var reversed = orientation == PairOrientation.TargetOverResult;
            claims.Add(new StatedClaim(
                Tidy(words),
                pair is null ? segment.Target : Figure(pair.Groups[reversed ? "a" : "b"].Value),
                pair is null ? segment.Result : reversed ? Figure(pair.Groups["b"].Value) : PairResult(pair),
                excess ? null : value,
                Quote(stated[wordsStart..quoteEnd]))
            {
                Excess = excess ? value : null,
                TargetMayBeWhole = pair is null ? segment.TargetMayBeWhole : orientation == PairOrientation.Unconfirmed,
            });
            claimStart = quoteEnd;
        }
        return claims;
    }

    // After a result's last figure, up to its percent: a unit of at most three words and a comma or semicolon ("tỷ đồng, ",
    // "triệu đồng/người/năm, ", "triệu đồng; ").
    [GeneratedRegex(@"^\s*%?\s*(?:[\p{L}/]+\s*){0,3}[,;]\s*$")]
    private static partial Regex ResultToPercent();

    /// <summary>
    /// True when the last figure before <paramref name="percent"/> is followed only by its unit and a comma: "kết quả đạt
    /// 29 tỷ đồng, đạt 152,7%" (the percent is of the result), not "kết quả … đạt 46%, số bản đạt chuẩn đạt 20%" (a second result).
    /// </summary>
    private static bool ResultJustBefore(string masked, int start, int percent)
    {
        var lastDigit = masked.AsSpan(start, percent - start).LastIndexOfAnyInRange('0', '9');
        return lastDigit >= 0 && ResultToPercent().IsMatch(masked.AsSpan(start + lastDigit + 1, percent - start - lastDigit - 1));
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

    /// <summary>The target and result a stretch of a statement states, and where its naming words end.</summary>
    /// <param name="TargetMayBeWhole">True when the target is a pair's denominator nothing confirms ("kết quả 11/19 tiêu chí").</param>
    private readonly record struct Segment(AnnexValue? Target, AnnexValue? Result, int WordsEnd, bool TargetMayBeWhole = false);

    /// <summary>
    /// Reads <paramref name="masked"/>[<paramref name="start"/>..<paramref name="end"/>]: a named target ("(NQ: 18 triệu)")
    /// is the target; after a result word, the result, the words before it the target (a pair after the result word gives
    /// the result, and the target only when nothing before states one: "15/19 tiêu chí …, kết quả đạt 12/19 tiêu chí" is
    /// 12 of the 19 criteria, not a target of 19). Without a result word: beside a named target, a single other figure is
    /// the result; with <paramref name="afterColon"/> (a percent of the target follows), the figures after the last colon
    /// are the result and a single figure before it the target. Anything else states nothing.
    /// </summary>
    private static Segment ReadSegment(string masked, int start, int end, bool afterColon)
    {
        var text = PercentOfTarget().Replace(masked[start..end], m => new string(' ', m.Length)); // "đạt 100% chỉ tiêu huyện giao": no value
        AnnexValue? target = null;
        var wordsEnd = end;
        var named = NamedTarget().Match(text);
        if (named.Success)
        {
            var value = AnnexValueParser.Parse(named.Groups["t"].Value);
            if (value.IsReadable) target = value;
            wordsEnd = start + named.Index;
            text = text[..named.Index] + new string(' ', named.Length) + text[(named.Index + named.Length)..];
        }
        var marker = ResultWords().Match(text);
        if (marker.Success)
        {
            wordsEnd = Math.Min(wordsEnd, start + marker.Index);
            var before = AnnexValueParser.Parse(text[..marker.Index]);
            var after = text[(marker.Index + marker.Length)..];
            if (Pair().Match(after) is { Success: true } pair)
                return new Segment(target ?? (before.IsReadable ? null : Figure(pair.Groups["b"].Value)), PairResult(pair), wordsEnd, target is null && !before.IsReadable);
            var result = AnnexValueParser.Parse(WithoutPercentAfterResult(after));
            return new Segment(target ?? (before.IsReadable ? before : null), result.IsReadable ? result : null, wordsEnd);
        }
        if (named.Success)
        {
            var rest = AnnexValueParser.Parse(text);
            return new Segment(target, rest.Parts.Count == 1 ? rest : null, wordsEnd);
        }
        var colon = text.LastIndexOf(':');
        if (afterColon && colon >= 0)
        {
            var result = AnnexValueParser.Parse(text[(colon + 1)..]);
            var before = AnnexValueParser.Parse(text[..colon]);
            return new Segment(before.Parts.Count == 1 ? before : null, result.IsReadable ? result : null, start + colon);
        }
        return new Segment(null, null, wordsEnd);
    }

    /// <summary>
    /// The words after a result word without a percent that follows the result with only its unit between ("thực hiện:
    /// 27,5 triệu đồng; đạt 152,7%" → "27,5 triệu đồng;"): such a percent is of the target, not a second result. A percent
    /// first ("kết quả đạt 25,4%") is the result; one after other words ("…10.580 cây, tỉ lệ che phủ rừng đạt 34%") another result.
    /// </summary>
    private static string WithoutPercentAfterResult(string after)
    {
        foreach (Match percent in AchievedPercent().Matches(after))
            if (ResultJustBefore(after, 0, percent.Index)) return after[..percent.Index];
        return after;
    }

    /// <summary>A statement without a percent of the target: "Tỷ lệ lao động qua đào tạo 30%, kết quả đạt 25,4%", "đến nay đạt 27,5 triệu (NQ: 18 triệu)".</summary>
    private static StatedClaim? ResultClaim(string stated, string masked)
    {
        var words = ResultWords().Match(masked);
        if (words.Success && words.Index == 0) return null;
        if (!words.Success && !NamedTarget().IsMatch(masked)) return null;
        var segment = ReadSegment(masked, 0, masked.Length, afterColon: false);
        if (segment.Target is null && segment.Result is null) return null;
        return new StatedClaim(Tidy(stated[..segment.WordsEnd]), segment.Target, segment.Result, null, Quote(stated));
    }

    /// <summary>
    /// "Thành lập mới 02 HTX trở lên: 0/02": a statement whose only figures, beside the target its words state, are one pair.
    /// Its b is the target when the words before it state that same figure ("02 HTX … 0/02"); otherwise it may count a whole
    /// ("Xã đạt 14/19 tiêu chí"), and is no target to compare.
    /// </summary>
    private static StatedClaim? LonePair(string stated, string masked)
    {
        var pairs = Pair().Matches(masked);
        if (pairs.Count != 1) return null;
        var pair = pairs[0];
        var target = Figure(pair.Groups["b"].Value);
        var lead = AnnexValueParser.Parse(masked[..pair.Index]);
        var restated = lead.Parts is [var figure] && target.Parts is [var b] && NarrativeTolerances.SameFigure(figure, b);
        return new StatedClaim(Tidy(stated[..pair.Index]), target, PairResult(pair), null, Quote(stated)) { TargetMayBeWhole = !restated };
    }

    private static AnnexValue Figure(string token) => AnnexValueParser.Parse(token.TrimEnd('.', ','));

    /// <summary>How a pair "a/b" beside a percent is written, as the percent says.</summary>
    private enum PairOrientation
    {
        /// <summary>a ÷ b is the percent ("27,5/18, đạt 152,7%"), or a equals b: result over target.</summary>
        ResultOverTarget,

        /// <summary>b ÷ a is the percent ("18/27,5 triệu, đạt 152,7%"), as some reports write it: target over result.</summary>
        TargetOverResult,

        /// <summary>Neither ("đạt 14/19 tiêu chí, đạt 93,3% so với NQ"): a count of a whole, its b no target.</summary>
        Unconfirmed,
    }

    private static PairOrientation Orientation(Match pair, decimal percent)
    {
        if (!VietnameseNumber.TryParse(pair.Groups["a"].Value.TrimEnd('.', ','), out var a) || !VietnameseNumber.TryParse(pair.Groups["b"].Value.TrimEnd('.', ','), out var b)
            || b <= 0 || a == b || NarrativeTolerances.SamePercent(percent, a * 100m / b)) return PairOrientation.ResultOverTarget;
        return a > 0 && NarrativeTolerances.SamePercent(percent, b * 100m / a) ? PairOrientation.TargetOverResult : PairOrientation.Unconfirmed;
    }

    /// <summary>The result of a pair "a/b": a, with b as its <see cref="AnnexValue.Whole"/>, as "3/3 thôn" may be a count of a whole rather than a result over its target.</summary>
    private static AnnexValue PairResult(Match pair) =>
        Figure(pair.Groups["a"].Value) is { Parts.Count: 1 } result && Figure(pair.Groups["b"].Value) is { Parts: [var whole] } && whole > 0
            ? result with { Whole = whole }
            : Figure(pair.Groups["a"].Value);

    /// <summary>The words as written, the blank left by a verdict in their middle closed up.</summary>
    private static string Quote(string words) => Text.VietnameseText.Clean(words);

    private static string Tidy(string words) => Text.VietnameseText.Clean(words).Trim(' ', ',', ';', ':', '.');
}
