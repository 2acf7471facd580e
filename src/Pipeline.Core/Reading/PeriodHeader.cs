using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// The period a value column's header names, to tell the term's result from a figure of before
/// the term: beside 2025–2030 targets, "Thực hiện giai đoạn 2020-2025" and "Ước thực hiện năm 2025"
/// are where the commune starts from (its baseline), not what it achieved; beside 2020–2025
/// targets, "Năm 2020 (đầu nhiệm kỳ)" is the baseline and "Ước thực hiện năm 2025" the result
/// (docs/reading-and-scoring.md, "Columns by meaning").
/// </summary>
public static partial class PeriodHeader
{
    [GeneratedRegex(@"(?<!\d)(?:19|20)\d\d(?!\d)")]
    private static partial Regex Year();

    // Words that say a column is where the term started, whatever its years.
    private static readonly string[] StartingPhrases =
        ["dau nhiem ky", "dau ky", "nhiem ky truoc", "ky truoc", "giai doan truoc", "nam goc", "nam co so", "moc co so", "ban dau"];

    [GeneratedRegex(@"^(?:uoc\s+)?(?:th\s+|thuc\s+hien\s+)?(?:nam\s+)?(?:19|20)\d\d(?:\s*[-/]?\s*(?:19|20)\d\d)?$")]
    private static partial Regex BareYear();

    // Words that make a target header the term's, not a year's plan: "Chỉ tiêu NQ", "Mục tiêu Đại hội", "nhiệm kỳ", "giai đoạn".
    private static readonly string[] TermWords = ["nq", "nghi quyet", "dai hoi", "dh", "nhiem ky", "muc tieu", "giai doan"];

    private static readonly string[] PlanWords = ["ke hoach", "kh"];

    // A year's plan is the People's Council's resolution: "Chỉ tiêu NQ HĐND xã năm 2026", "KH năm 2026 (NQ HĐND xã giao)".
    private static readonly string[] CouncilWords = ["hdnd", "hoi dong nhan dan"];

    // "đến năm 2030", "hết 2030": the year a term's target is for, not a year's plan.
    [GeneratedRegex(@"(?:^|\s)(?:den|het|toi)\s+(?:nam\s+)?(?:19|20)\d\d")]
    private static partial Regex UntilYear();

    /// <summary>True for a result header (or cell) that says it is an estimate: "Ước thực hiện năm 2026", "Ước TH 2026", "UTH 2026", "Ước đạt 452".</summary>
    public static bool IsEstimate(string header)
    {
        var folded = VietnameseText.Fold(header);
        return VietnameseText.ContainsPhrase(folded, "uoc") || VietnameseText.ContainsPhrase(folded, "uth");
    }

    /// <summary>True when the header names exactly one year, not a span ("Thực hiện năm 2026", not "giai đoạn 2020-2025").</summary>
    public static bool IsSingleYear(string header) => Year().Count(header ?? string.Empty) == 1;

    /// <summary>The last year a header names ("Thực hiện giai đoạn 2020-2025" → 2025), or null.</summary>
    public static int? End(string header)
    {
        int? last = null;
        foreach (Match match in Year().Matches(header ?? string.Empty))
            last = int.Parse(match.Value, CultureInfo.InvariantCulture);
        return last;
    }

    /// <summary>
    /// The first year of the term a target column's header names: the start of a span ("Chỉ tiêu NQ
    /// nhiệm kỳ 2025-2030" → 2025), or five years before a single year ("Mục tiêu đến năm 2030" → 2025,
    /// a term being five years); null when it names no year.
    /// </summary>
    public static int? TermStart(string targetHeader)
    {
        if (Units.Term.TryParse(TitleReader.ReadTerm([targetHeader]), out var term)) return term.StartYear;
        return End(targetHeader) is { } year ? year - 5 : null;
    }

    /// <summary>
    /// True when a value column holds figures from before the term: its header says so ("đầu nhiệm
    /// kỳ", "kỳ trước", "năm gốc") or its period ends no later than the term's first year.
    /// </summary>
    public static bool IsBaseline(string header, int? termStart)
    {
        var folded = VietnameseText.Fold(header);
        foreach (var phrase in StartingPhrases)
        {
            if (VietnameseText.ContainsPhrase(folded, phrase)) return true;
        }
        return termStart is { } start && End(header) is { } end && end <= start;
    }

    /// <summary>
    /// True for a target header of an earlier term than the annex's: its last year is no later than
    /// the term's first ("Nhiệm kỳ 2020-2025 Chỉ tiêu NQ" beside 2025–2030 targets).
    /// </summary>
    public static bool IsEarlierTerm(string header, int? termStart) =>
        termStart is { } start && End(header) is { } end && end <= start;

    /// <summary>
    /// True for a year's plan rather than the term's target: a plan word ("Kế hoạch", "KH", or the People's Council's
    /// "HĐND") and exactly one year, in any order and with any words between — "Kế hoạch năm 2025", "KH 2025", "Kế hoạch
    /// giao năm 2026", "Chỉ tiêu kế hoạch năm 2026", "Năm 2026 KH" (a year merged over "KH | TH | %"), "Chỉ tiêu NQ HĐND
    /// xã năm 2026" — and none of the term's words ("NQ" but the council's, "Đại hội", "nhiệm kỳ", "Mục tiêu", "giai
    /// đoạn", "đến năm 2030").
    /// </summary>
    public static bool IsYearPlan(string header) => IsPlan(header) && IsSingleYear(header);

    /// <summary>
    /// True for a plan header of no year: "Kế hoạch", "KH", "Kế hoạch giao", "KH huyện giao", "Chỉ tiêu năm" — under a
    /// yearly title, the year's plan (docs/reading-and-scoring.md, "Yearly annexes and periods").
    /// </summary>
    public static bool IsBarePlan(string header) =>
        (IsPlan(header) || VietnameseText.Fold(header) is "chi tieu nam" or "chi tieu giao nam" or "muc tieu nam") && End(header) is null;

    /// <summary>
    /// The year a target column's header sets the target of, when that is one year of the term rather than the term:
    /// a year's plan (<see cref="IsYearPlan"/>: "KH 2026"), or "năm Y" of a year strictly inside the term beginning in
    /// <paramref name="termStart"/> ("Chỉ tiêu năm 2026", "Chỉ tiêu giao năm 2026", "Mục tiêu năm 2027" beside 2025–2030)
    /// without the term's words ("NQ", "Đại hội", "nhiệm kỳ", "đến năm"); null for the term's target ("Chỉ tiêu NQ đến năm
    /// 2030", "Mục tiêu 2030", "Chỉ tiêu năm 2030": its last year) and headers of no year.
    /// </summary>
    public static int? TargetYear(string header, int? termStart)
    {
        if (IsYearPlan(header)) return End(header);
        var folded = VietnameseText.Fold(header);
        if (termStart is not { } start || !IsSingleYear(header) || UntilYear().IsMatch(folded)) return null;
        if (TermWords.Any(w => w != "muc tieu" && VietnameseText.ContainsPhrase(folded, w))) return null;
        return YearOf().Match(folded) is { Success: true } match && int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture) is var year
            && year > start && year < Units.Term.Starting(start).EndYear ? year : null;
    }

    [GeneratedRegex(@"(?:^|\s)nam\s+(?<year>(?:19|20)\d\d)(?!\d)")]
    private static partial Regex YearOf();

    private static bool IsPlan(string header)
    {
        var folded = VietnameseText.Fold(header);
        var council = CouncilWords.Any(w => VietnameseText.ContainsPhrase(folded, w));
        // The council's "NQ" is the year's resolution, not the congress's.
        return (council || PlanWords.Any(w => VietnameseText.ContainsPhrase(folded, w)))
            && !TermWords.Any(w => !(council && w is "nq" or "nghi quyet") && VietnameseText.ContainsPhrase(folded, w))
            && !UntilYear().IsMatch(folded);
    }

    /// <summary>
    /// True for a header that is only a year or a span of years, perhaps "Ước"/"TH" before it, no
    /// later than the term's first year: "Năm 2025", "2020-2025" beside 2025–2030 targets.
    /// </summary>
    public static bool IsBareYearBefore(string header, int? termStart) =>
        termStart is { } start && BareYear().IsMatch(VietnameseText.Fold(header)) && End(header) is { } end && end <= start;
}
