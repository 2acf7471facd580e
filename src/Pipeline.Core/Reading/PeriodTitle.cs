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
/// <item>the mid-term review: "sơ kết giữa nhiệm kỳ", "giữa kỳ";</item>
/// <item>a year of the term: "Kết quả thực hiện năm 2026", "NĂM 2026" — "năm Y" not after "đến", "hết",
/// "so với", "so sánh", "từ", "giá", "trước", nor a date's ("Chiềng En, ngày 15 tháng 6 năm 2025", the place and
/// date of the national header above an annex), and not the start of a span ("năm 2025-2030"); a year
/// outside the term (no later than its first year, after its last) is not the annex's period;</item>
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

    /// <summary>
    /// The period <paramref name="titleLines"/> state. <paramref name="term"/>, when known, bounds the
    /// years that count: the first year's result is the term's baseline, not one of its years.
    /// </summary>
    public static StatedPeriod Read(IEnumerable<string> titleLines, Term? term)
    {
        ArgumentNullException.ThrowIfNull(titleLines);
        var folded = titleLines.Select(VietnameseText.Fold).ToArray();
        foreach (var line in folded)
        {
            if (HalfYearPattern().Match(line) is { Success: true } half)
                return new StatedPeriod(null, int.Parse(half.Groups["year"].Value, CultureInfo.InvariantCulture));
        }
        if (folded.Any(line => MidTermPhrases.Any(phrase => VietnameseText.ContainsPhrase(line, phrase))))
            return new StatedPeriod(ReportingPeriod.MidTerm, null);
        int? otherYear = null;
        foreach (var line in folded)
        {
            foreach (Match match in YearPattern().Matches(line))
            {
                var year = ReportingPeriod.OfYear(int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture));
                if (term is not { } known || year.IsYearOf(known)) return new StatedPeriod(year, null);
                otherYear ??= year.Year;
            }
        }
        return TitleReader.ReadTerm(titleLines) is not null ? new StatedPeriod(ReportingPeriod.WholeTerm, null) : StatedPeriod.None with { OtherYear = otherYear };
    }

    /// <summary>
    /// What the reader says of a half-year annex, in Vietnamese for the clerk: it is read and scored
    /// as it stands, but it is no year's result and counts for no year's progress.
    /// </summary>
    public static string HalfYearNote(int year) =>
        string.Create(CultureInfo.InvariantCulture,
            $"Biểu ghi kết quả chưa trọn năm {year} (6 tháng, 9 tháng hay một quý): đây chưa phải kết quả cả năm, nên không được tính vào tiến độ thực hiện chỉ tiêu của năm {year}. Xin gửi biểu kết quả cả năm khi có.");
}
