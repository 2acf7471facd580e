using Pipeline.Core.Text;

namespace Pipeline.Core.Values;

/// <summary>
/// A count written in words instead of digits: "Hai HTX", "Thành lập mới ba hợp tác xã", "Một
/// trường" — a small count (one to ten, "mười hai") of the things the row counts. Read only from
/// a cell without any digit, at its start (after an opening verb such as "Phấn đấu", "Đạt",
/// "Thành lập mới", "Kết nạp"), with its diacritics ("sau", after, is not "sáu", six), followed
/// by at most four words that do not make it something else: "Một số hộ" (some households), "Một
/// phần", "Năm học", "Hằng năm" and "Duy trì" stay words (docs/reading-and-scoring.md, "Values").
/// </summary>
public static class NumberWords
{
    // Compared with their diacritics: folded, "sáu" (six) would be "sau" (after), "tám" (eight) "tạm" (for now).
    private static readonly Dictionary<string, int> Units = new(StringComparer.Ordinal)
    {
        ["một"] = 1, ["hai"] = 2, ["ba"] = 3, ["bốn"] = 4, ["năm"] = 5, ["sáu"] = 6,
        ["bảy"] = 7, ["bẩy"] = 7, ["tám"] = 8, ["chín"] = 9,
    };

    // Opening verbs a count may follow; folded, longest first.
    private static readonly string[] Leads =
        ["thanh lap moi", "thanh lap", "phan dau dat", "phan dau", "ket nap moi", "ket nap", "xay dung moi", "xay dung", "dat", "co"];

    // A number word followed by one of these is not a count of things: "một số", "một phần", "năm học",
    // and spans of time: "hai năm liền" (two years running).
    private static readonly HashSet<string> NotCounts = new(StringComparer.Ordinal)
        { "so", "phan", "trong", "lan", "nua", "hoc", "nay", "sau", "truoc", "toi", "qua", "ky", "cach", "chut", "it", "vai", "nhieu", "tieu", "chi", "nam", "thang", "ngay", "tuan", "quy" };

    /// <summary>The count a digit-free cell writes in words, or null when it writes none.</summary>
    public static decimal? Read(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Any(char.IsAsciiDigit)) return null;
        var words = Words(text);
        var lead = Leads.Select(l => l.Split(' ')).FirstOrDefault(l => l.Length < words.Length
            && l.Select((w, i) => VietnameseText.Fold(words[i]) == w).All(same => same));
        if (lead is not null) words = words[lead.Length..];
        if (words.Length == 0) return null;
        var (value, used) = Count(words);
        if (value is null) return null;
        var rest = words.Skip(used).Select(VietnameseText.Fold).ToArray();
        if (rest.Length > 4 || (rest.Length > 0 && NotCounts.Contains(rest[0]))) return null;
        return value;
    }

    /// <summary>
    /// The count a phrase of number words writes, whole, or null when it is none: "tám" → 8, "mười hai" → 12,
    /// "hai mươi mốt" → 21, "hai mươi lăm" → 25 (up to ninety-nine). Compared with diacritics, as <see cref="Read"/> does.
    /// Used where a sentence writes a count in words ("tám chỉ tiêu vượt").
    /// </summary>
    public static int? Count(string? phrase)
    {
        if (string.IsNullOrWhiteSpace(phrase)) return null;
        var words = Words(phrase);
        if (words.Length == 0) return null;
        int tens, i;
        if (words[0] == "mười") { tens = 1; i = 1; }
        else if (Units.TryGetValue(words[0], out var first) && words.Length > 1 && words[1] == "mươi") { tens = first; i = 2; }
        else return words.Length == 1 && Units.TryGetValue(words[0], out var unit) ? unit : null;
        if (i == words.Length) return tens * 10;
        if (i + 1 != words.Length) return null;
        // After the tens: "mốt" for one (not after "mười"), "lăm" for five, "tư" for four.
        int? ones = words[i] switch
        {
            "mốt" when tens > 1 => 1,
            "lăm" => 5,
            "tư" when tens > 1 => 4,
            var w when Units.TryGetValue(w, out var u) && u != 5 || w == "năm" && tens == 1 => Units[w],
            _ => null,
        };
        return ones is { } o ? tens * 10 + o : null;
    }

    /// <summary>The cell's words, lower case, in composed form, without punctuation.</summary>
    private static string[] Words(string text) =>
        new string(text.Normalize(System.Text.NormalizationForm.FormC).ToLowerInvariant()
                .Select(ch => char.IsLetter(ch) || char.IsWhiteSpace(ch) ? ch : ' ').ToArray())
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static (decimal? Value, int Used) Count(string[] words)
    {
        if (words[0] == "mười")
        {
            if (words.Length > 1 && Units.TryGetValue(words[1], out var ones)) return (10 + ones, 2); // "mười hai"
            return (10, 1);
        }
        return Units.TryGetValue(words[0], out var value) ? (value, 1) : (null, 0);
    }
}
