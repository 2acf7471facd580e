using System.Globalization;
using System.Text.RegularExpressions;
using Pipeline.Core.Periods;
using Pipeline.Core.Text;
using Pipeline.Core.Units;

namespace Pipeline.Core.Reading;

/// <summary>
/// Reads the period an annex reports on from its title lines (docs/reading-and-scoring.md,
/// "Yearly annexes and periods"), checked in this order:
/// <list type="number">
/// <item>part of a year: "6 tháng đầu năm 2026", "sáu tháng đầu năm 2026", "6 tháng cuối năm 2026",
/// "9 tháng năm 2026", "quý III năm 2026" — not a year's result (kept as <see cref="StatedPeriod.HalfYear"/>);</item>
/// <item>the mid-term review: "sơ kết giữa nhiệm kỳ", "giữa kỳ", or a span of the term's first years shorter than a
/// term ("giai đoạn 2025-2027" of 2025–2030);</item>
/// <item>a year of the term: "Kết quả thực hiện năm 2026", "NĂM 2026" — "năm Y" not after "đến", "hết",
/// "so với", "so sánh", "từ", "giá", "trước", nor a date's ("Chiềng En, ngày 15 tháng 6 năm 2025", the place and
/// date of the national header above an annex), and not the start of a span ("năm 2025-2030"); a year
/// outside the term (no later than its first year, after its last) is not the annex's period. Of several years
/// ("KẾT QUẢ NĂM 2026 VÀ KẾ HOẠCH NĂM 2027"), the one the result column names, else the first; a result column naming
/// a year of the term the titles do not name is a contradiction, kept (<see cref="StatedPeriod.ResultYear"/>);</item>
/// <item>results to date of a year inside the term before its last two: "đến hết năm 2026", "tính đến ngày 31/12/2026" (not
/// "đến năm 2030", the term's horizon, nor "tính đến 31/12/2024" in a 2020–2025 end-of-term annex drafted in its last
/// year); to a day before December ("tính đến ngày 30/6/2026"), part of that year;</item>
/// <item>the whole term: a span of years ("NHIỆM KỲ 2020-2025").</item>
/// </list>
/// </summary>
public static partial class PeriodTitle
{
    [GeneratedRegex(@"(?:^|\s)(?:(?:[1-9]|1[01]|ba|sau|chin)\s+thang(?:\s+(?:dau|cuoi))?|quy\s+(?:i{1,3}|iv|[1-4]))(?:\s+nam)?\s+(?<year>(?:19|20)\d\d)(?!\d)")]
    private static partial Regex HalfYearPattern();

    /// <summary>The year of a part-of-year period a text names ("Thực hiện 6 tháng đầu năm 2026" → 2026, "Quý III năm 2026"); null otherwise.</summary>
    public static int? PartOfYear(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return HalfYearPattern().Match(VietnameseText.Fold(text)) is { Success: true } part
            ? int.Parse(part.Groups["year"].Value, CultureInfo.InvariantCulture)
            : null;
    }

    [GeneratedRegex(@"(?<!\w)(?<!(?:den|het|voi|sanh|tu|gia|truoc)\s)(?<!thang\s+\d{1,2}\s+)nam\s+(?<year>(?:19|20)\d\d)(?!\d)(?!\s+(?:19|20)\d\d)")]
    private static partial Regex YearPattern();

    private static readonly string[] MidTermPhrases = ["giua nhiem ky", "giua ky"];

    // On folded text, where a dash is a space: "giai doan 2025 2027", "giai doan tu nam 2025 den nam 2027".
    [GeneratedRegex(@"giai\s+doan\s+(?:tu\s+)?(?:nam\s+)?(?<from>(?:19|20)\d\d)(?:\s*/\s*|\s+(?:den\s+(?:nam\s+)?)?)(?<to>(?:19|20)\d\d)(?!\d)")]
    private static partial Regex StagePattern();

    /// <summary>
    /// The period <paramref name="titleLines"/> state. <paramref name="term"/>, when known, bounds the
    /// years that count: the first year's result is the term's baseline, not one of its years.
    /// <paramref name="resultYear"/>, the year the result column's header names (if one), chooses among several years.
    /// </summary>
    public static StatedPeriod Read(IEnumerable<string> titleLines, Term? term, int? resultYear = null)
    {
        ArgumentNullException.ThrowIfNull(titleLines);
        var folded = titleLines.Select(VietnameseText.Fold).ToArray();
        foreach (var line in folded)
        {
            if (HalfYearPattern().Match(line) is { Success: true } half)
                return new StatedPeriod(null, int.Parse(half.Groups["year"].Value, CultureInfo.InvariantCulture));
        }
        if (folded.Any(line => MidTermPhrases.Any(phrase => VietnameseText.ContainsPhrase(line, phrase)) || IsStageOf(line, term)))
            return new StatedPeriod(ReportingPeriod.MidTerm, null);
        int? otherYear = null;
        var years = new List<ReportingPeriod>();
        foreach (var line in folded)
        {
            foreach (Match match in YearPattern().Matches(line))
            {
                var year = ReportingPeriod.OfYear(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture));
                if (term is not { } known || year.IsYearOf(known)) years.Add(year);
                else otherYear ??= year.Year;
            }
        }
        if (years.Count > 0)
        {
            // The result column's year when the titles name it too; a year of the term they do not name contradicts them.
            if (resultYear is not { } named || years.Contains(ReportingPeriod.OfYear(named))) return new StatedPeriod(resultYear is { } y ? ReportingPeriod.OfYear(y) : years[0], null);
            return new StatedPeriod(years[0], null) { ResultYear = term is not { } bounds || ReportingPeriod.OfYear(named).IsYearOf(bounds) ? named : null };
        }
        // Results to date, "đến hết năm 2026", "tính đến ngày 31/12/2026": that year's report, when it lies inside the term
        // ("đến năm 2030", the term's last year, is its horizon, not a period) and before the year the term's end-of-term
        // annex is drafted with figures to date ("tính đến 31/12/2024" in a 2020–2025 annex): that year is left to the clerk.
        if (term is { } span)
        {
            foreach (var line in folded)
            {
                foreach (Match match in UntilPattern().Matches(line))
                {
                    var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
                    if (year <= span.StartYear || year >= span.EndYear - 1) continue;
                    // "tính đến ngày 30/6/2026": to a day before the year's end, part of the year.
                    return match.Groups["month"] is { Success: true } month && int.Parse(month.Value, CultureInfo.InvariantCulture) < 12
                        ? new StatedPeriod(null, year)
                        : new StatedPeriod(ReportingPeriod.OfYear(year), null);
                }
            }
        }
        return TitleReader.ReadTerm(titleLines) is not null ? new StatedPeriod(ReportingPeriod.WholeTerm, null) : StatedPeriod.None with { OtherYear = otherYear };
    }

    // On folded text: "den het nam 2026", "den nam 2026", "den ngay 31/12/2026", "den 31/12/2026", "den thang 12/2026".
    [GeneratedRegex(@"(?:^|\s)(?:den|toi)\s+(?:het\s+)?(?:(?:ngay\s+)?\d{1,2}\s*/\s*(?<month>\d{1,2})\s*/\s*|thang\s+(?<month>\d{1,2})\s*/\s*|nam\s+)?(?<year>(?:19|20)\d\d)(?!\d)(?!\s+(?:19|20)\d\d)")]
    private static partial Regex UntilPattern();

    /// <summary>
    /// "giai đoạn 2025-2027": a span of the term shorter than a term (<see cref="TitleReader.MinTermYears"/>), from its
    /// first years to before its end — the mid-term review's. With the term unknown, any such short span.
    /// </summary>
    private static bool IsStageOf(string folded, Term? term)
    {
        foreach (Match match in StagePattern().Matches(folded))
        {
            var from = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
            var to = int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture);
            if (to <= from || to - from >= TitleReader.MinTermYears) continue;
            if (term is not { } known || (from >= known.StartYear && from <= known.StartYear + 1 && to < known.EndYear)) return true;
        }
        return false;
    }

    /// <summary>
    /// What the reader says of a half-year annex, in Vietnamese for the clerk: it is read and scored
    /// as it stands, but it is no year's result and counts for no year's progress.
    /// </summary>
    public static string HalfYearNote(int year) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Biểu ghi kết quả chưa trọn năm {year} (6 tháng, 9 tháng hay một quý): đây chưa phải kết quả cả năm, nên không được tính vào tiến độ thực hiện chỉ tiêu của năm {year}. Xin gửi biểu kết quả cả năm khi có.");
}
