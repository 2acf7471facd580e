using System.Text.RegularExpressions;
using Pipeline.Core.Values;

namespace Pipeline.Core.Narrative;

/// <summary>
/// The digits of a target statement that state neither its target nor its result, so they are never read as either
/// (docs/reading-and-scoring.md, "The report's narrative"). They belong to the indicator's name or to another time:
/// <list type="bullet">
/// <item>times: dates and years ("vào năm 2025", "giai đoạn 2020-2025", "(2020-2025)"), through <see cref="WordsNotFigures.MaskTimes"/>, year spans written bare, and a year after a word of time without "năm" ("mục tiêu 2025", "đến 2025", "trước 2030");</item>
/// <item>ages: "trẻ em dưới 01 tuổi", "dưới 5 tuổi", "từ 15 đến 60 tuổi", "6 tháng tuổi" — except in a statement about life expectancy ("tuổi thọ bình quân 74 tuổi"), whose figures are ages;</item>
/// <item>groups, levels and numbered things: "nhóm 1", "loại 2", "hạng 1", "mức độ 2", "cấp độ 1", "bậc 2", "tiêu chí số 17", "lần thứ 2", "khóa 3", "Nghị quyết số 05", "tổ 5", "khu 2";</item>
/// <item>document numbers: "Quyết định 217-QĐ/TW", "1681/NQ-UBTVQH15";</item>
/// <item>ratings and kinds in the name: "sản phẩm OCOP 3 sao", "3 loại vắc xin";</item>
/// <item>durations: "trong 5 năm", "sau 2 năm", "3 năm liền";</item>
/// <item>comparisons with another time, not with the target: "tăng 12% so với đầu nhiệm kỳ", "bằng 115% so với năm 2020",
/// "gấp 2,5 lần so với cùng kỳ", "tăng 20 triệu đồng so với năm 2020" (a comparison "so với chỉ tiêu / Nghị quyết / NQ / kế hoạch / mục tiêu" is the target's and is kept).</item>
/// </list>
/// </summary>
public static partial class FiguresNotClaimed
{
    // "2020 - 2025", "(2020-2025)": a span of years is a time wherever it stands.
    [GeneratedRegex(@"(?<![\d.,])(?:19|20)\d\d\s*[-–—]\s*(?:19|20)\d\d(?!\d)")]
    private static partial Regex YearSpan();

    // "mục tiêu 2025", "kế hoạch thực hiện 2025", "đến 2025", "trước 2030": a year after a word of time, without "năm".
    [GeneratedRegex(@"(?<!\p{L})(?:mục\s+tiêu|kế\s+hoạch|thực\s+hiện|đến|tới|từ|trước|sau|cuối|đầu|hết|trong|vào)\s+(?<y>(?:19|20)\d\d)(?![\d%]|[.,]\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareYear();

    // "dưới 01 tuổi", "từ 15 đến 60 tuổi", "15-60 tuổi", "6 tháng tuổi".
    [GeneratedRegex(@"(?<![\d.,])(?:\d{1,3}\s*(?:-|–|đến|tới)\s*)?\d{1,3}(?:[.,]\d+)?\s*(?:tháng\s+)?tuổi(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Age();

    [GeneratedRegex(@"(?<!\p{L})tuổi\s+thọ(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LifeExpectancy();

    // "nhóm 1", "mức độ 2", "tiêu chí số 17", "lần thứ 2", "Nghị quyết số 05": the number names which one. "mức", "cấp"
    // and "số" alone are left: "đạt mức 80%", "cấp 3 nhà", "tổng số 120 hộ" state figures.
    [GeneratedRegex(@"(?<!\p{L})(?:nhóm|loại|cấp\s+độ|hạng|mức\s+độ|bậc|thứ|khóa|khoá|tổ|khu|(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Kết\s+luận|Kế\s+hoạch|Thông\s+báo|Chương\s+trình|Đề\s+án|tiêu\s+chí)\s+số)\s+(?<n>\d{1,4})(?![\d.,]\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Numbered();

    // "217-QĐ/TW", "1681/NQ-UBTVQH15", "05-NQ/ĐU": digits joined to a document's code in capitals (case as written).
    [GeneratedRegex(@"(?<![\d.,/])\d{1,5}\s*[/-]\s*(?:NQ|QĐ|QD|CT|KL|KH|TB|HD|HĐ|BC|TTr|CV|UBND|HĐND|TU|HU|ĐU|TW)(?!\p{Ll})")]
    private static partial Regex DocumentNumber();

    // "OCOP 3 sao", "3 loại vắc xin": a rating or a number of kinds in the indicator's name.
    [GeneratedRegex(@"(?<![\d.,])\d{1,2}\s*(?:sao|loại\s+vắc\s*-?\s*xin|loại\s+vacxin|loại\s+vaccine)(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RatingOrKinds();

    // "trong 5 năm", "sau 2 năm", "3 năm liền", "5 năm qua": a span of time.
    [GeneratedRegex(@"(?<!\p{L})(?:trong|sau|qua|suốt|gần|hơn|mỗi|cả)\s+\d{1,2}\s+(?:năm|tháng|quý)(?!\p{L})|(?<![\d.,])\d{1,2}\s+năm\s+(?:liền|liên\s+tiếp|liên\s+tục|qua)(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Duration();

    // "tăng 12% so với đầu nhiệm kỳ", "bằng 115% so với năm 2020", "gấp 2,5 lần so với cùng kỳ", "tăng 20 triệu đồng so
    // với năm 2020": a change against another
    // time. Against the target ("so với chỉ tiêu", "so với Nghị quyết", "so với NQ", "so với kế hoạch") is the target's.
    [GeneratedRegex(@"(?<!\p{L})(?:tăng|giảm|gấp|bằng|đạt|cao\s+hơn|thấp\s+hơn|hơn)\s+(?:\p{L}+\s+){0,2}?\d[\d.,]*\s*(?:%|lần)?(?:\s*[\p{L}/]+){0,3}?\s*so\s+với\s+(?!(?:chỉ\s+tiêu|mục\s+tiêu|kế\s+hoạch|KH|NQ|Nghị\s+quyết)(?!\p{L}))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherTimeComparison();

    /// <summary>
    /// <paramref name="text"/> with the digits of every figure above blanked to spaces, same length, so positions still
    /// point into the text as written (quotes are taken from it, figures from the masked copy).
    /// </summary>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = WordsNotFigures.MaskTimes(text).ToCharArray();
        foreach (Match match in YearSpan().Matches(text)) Blank(chars, match);
        foreach (Match match in BareYear().Matches(text)) Blank(chars, match.Groups["y"]);
        if (!LifeExpectancy().IsMatch(text))
            foreach (Match match in Age().Matches(text)) Blank(chars, match);
        foreach (Match match in Numbered().Matches(text)) Blank(chars, match.Groups["n"]);
        foreach (Match match in DocumentNumber().Matches(text)) Blank(chars, match);
        foreach (Match match in RatingOrKinds().Matches(text)) Blank(chars, match);
        foreach (Match match in Duration().Matches(text)) Blank(chars, match);
        foreach (Match match in OtherTimeComparison().Matches(text)) Blank(chars, match);
        return new string(chars);
    }

    private static void Blank(char[] chars, Capture capture)
    {
        for (var i = capture.Index; i < capture.Index + capture.Length; i++)
            if (char.IsAsciiDigit(chars[i])) chars[i] = ' ';
    }
}
