using System.Text.RegularExpressions;
using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Reads the commune and the term from an annex's title rows:
/// "KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ CHIỀNG EN" and "NHIỆM KỲ 2020-2025".
/// </summary>
public static partial class TitleReader
{
    // Words that end a commune name in a title ("… XÃ BÓ SINH NHIỆM KỲ …", "… xã Pú Bẩu, huyện …"),
    // compared with their diacritics: without them "năm", "thành phố", "quận", "lần", "từ", "cũ"
    // would cut real names (Lý Nam, Hưng Thành, Quan Sơn, Lan Mẫu, Tú Sơn, Cư Pui).
    private static readonly HashSet<string> NameStops =
        ["nhiệm", "huyện", "tỉnh", "lần", "khóa", "khoá", "giai", "năm", "nk", "quận", "về", "từ", "đến", "mới", "cũ", "và", "đảng", "giữa", "đầu", "cuối"];

    // Two-word stops whose first word is also a name: "Thành" in Tân Thành, "Thị" in Thị Cấm.
    private static readonly (string First, string Second)[] NameStopPairs =
        [("thành", "phố"), ("thị", "xã"), ("thị", "trấn"), ("nhiệm", "kỳ")];

    [GeneratedRegex(@"(?<![\p{L}])(?:xã|phường|thị trấn)\s+(?<name>[\p{Lu}][\p{L}]*(?:\s+(?:[\p{Lu}][\p{L}]*|\d{1,2}(?![\d.,/-]))){0,4})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CommunePattern();

    [GeneratedRegex(@"(?<kind>nhiệm\s*kỳ|giai\s*đoạn)?[\s:(]*(?<from>(?:19|20)\d\d)\s*[-–—/]\s*(?<to>(?:19|20)\d\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TermPattern();

    /// <summary>The commune named in the title lines, in name case ("Chiềng En"), or null.</summary>
    public static string? ReadCommune(IEnumerable<string> titleLines)
    {
        foreach (var line in titleLines)
        {
            foreach (Match match in CommunePattern().Matches(VietnameseText.Clean(line)))
            {
                var words = new List<string>();
                var candidates = match.Groups["name"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i < candidates.Length; i++)
                {
                    // Mixed-case titles stop at the first lower-case word; all-caps ones at a stop word.
                    // A number ends a name too, except one after it: "Hòa Tú 1", "Tam Xuân 2".
                    var numbered = i > 0 && char.IsAsciiDigit(candidates[i][0]);
                    if ((!char.IsUpper(candidates[i][0]) && !numbered) || IsStop(candidates, i)) break;
                    words.Add(candidates[i]);
                }
                if (words.Count == 0 || VietnameseText.Fold(words[0]) == "hoi") continue; // "XÃ HỘI" is society, not a commune
                return VietnameseText.ToNameCase(string.Join(' ', words));
            }
        }
        return null;
    }

    private static bool IsStop(string[] words, int index)
    {
        var word = words[index].ToLower(System.Globalization.CultureInfo.InvariantCulture);
        if (NameStops.Contains(word)) return true;
        if (index + 1 >= words.Length) return false;
        var next = words[index + 1].ToLower(System.Globalization.CultureInfo.InvariantCulture);
        return NameStopPairs.Contains((word, next));
    }

    /// <summary>
    /// The fewest years a span covers to be a term: "giai đoạn 2021-2025" (a five-year plan's) is one, "giai đoạn
    /// 2025-2027" (the mid-term review's, <see cref="PeriodTitle"/>) and "năm học 2025-2026" are parts of one.
    /// </summary>
    public const int MinTermYears = 4;

    /// <summary>
    /// The term ("2020-2025"): the first span of years introduced by "nhiệm kỳ" or "giai đoạn",
    /// else the first span of years at all; spans shorter than <see cref="MinTermYears"/> are left aside.
    /// </summary>
    public static string? ReadTerm(IEnumerable<string> titleLines)
    {
        string? fallback = null;
        foreach (var line in titleLines)
        {
            foreach (Match match in TermPattern().Matches(VietnameseText.Clean(line)))
            {
                var from = int.Parse(match.Groups["from"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var to = int.Parse(match.Groups["to"].Value, System.Globalization.CultureInfo.InvariantCulture);
                if (to - from < MinTermYears || to - from > 10) continue;
                var term = $"{from}-{to}";
                if (match.Groups["kind"].Success) return term;
                fallback ??= term;
            }
        }
        return fallback;
    }

    /// <summary>
    /// True for rows that start a new annex's titles: "BIỂU SỐ 02", "PHỤ LỤC", "BIỂU MẪU", "PHỤ BIỂU 01", and "BIỂU 01" /
    /// "Biểu 1" (the number straight after the word; "Biểu dương …" is praise, not an annex).
    /// </summary>
    public static bool IsAnnexTitle(string text)
    {
        var folded = VietnameseText.Fold(text);
        return folded.StartsWith("bieu so", StringComparison.Ordinal) || folded.StartsWith("phu luc", StringComparison.Ordinal)
            || folded.StartsWith("bieu mau", StringComparison.Ordinal) || folded.StartsWith("phu bieu", StringComparison.Ordinal)
            || (folded.StartsWith("bieu ", StringComparison.Ordinal) && folded.Length > 5 && char.IsAsciiDigit(folded[5]));
    }
}
