using Pipeline.Core.Text;

namespace Pipeline.Core.Values;

/// <summary>
/// Units of measure as communes write them ("Hợp tác xã" and "HTX", "Người" and "Đảng viên",
/// "Triệu đồng" and "Triệu"): whether two spellings name the same unit, so figures of the same
/// indicator can be added; and which unit each part of a composite row is in ("Đảng viên, %").
/// Two units are the same when they fold to the same words, when one is the initials of the
/// other ("HTX" for "Hợp tác xã"), or when both are in one group of names for a single unit
/// (people; millions of đồng). Anything else — "%" against a count, "ha" against "m2", "Triệu
/// đồng" against "Tỷ đồng" — differs (docs/consolidation.md).
/// </summary>
public static class UnitNames
{
    // Each group is one unit written several ways (folded). Counts of people are counted per head
    // whatever the heads are called; an amount in millions is in đồng whether or not it says so.
    private static readonly string[][] Groups =
    [
        ["nguoi", "dang vien", "hoi vien", "doan vien", "lao dong", "nhan khau"],
        ["trieu dong", "trieu", "tr d", "trd", "tr dong"],
        ["ty dong", "ty", "ti dong"],
        ["nghin dong", "ngan dong"],
        ["%", "phan tram"],
    ];

    /// <summary>True when the two spellings name the same unit; an empty unit is the same as any other (nothing written, nothing contradicts).</summary>
    public static bool Same(string? a, string? b)
    {
        var x = VietnameseText.Fold(a);
        var y = VietnameseText.Fold(b);
        if (x.Length == 0 || y.Length == 0 || x == y) return true;
        if (Initials(x) == y.Replace(" ", "", StringComparison.Ordinal) || Initials(y) == x.Replace(" ", "", StringComparison.Ordinal)) return true;
        return Groups.Any(group => group.Contains(x) && group.Contains(y));
    }

    /// <summary>True for a percent ("%", "Phần trăm", "tỷ lệ %").</summary>
    public static bool IsPercent(string? unit)
    {
        var folded = VietnameseText.Fold(unit);
        return folded.Contains('%', StringComparison.Ordinal) || folded == "phan tram";
    }

    /// <summary>
    /// The unit of each of <paramref name="parts"/> parts: the unit cell split at commas,
    /// semicolons, line breaks, "+" and "và" ("Đảng viên, %" → "Đảng viên", "%") when it names one unit
    /// per part; the one unit for every part when it names one; empty (unknown) otherwise.
    /// </summary>
    public static IReadOnlyList<string> PerPart(string? unitCell, int parts)
    {
        var names = (unitCell ?? "")
            .Replace(" và ", ",", StringComparison.OrdinalIgnoreCase)
            .Split([',', ';', '\n', '+'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (names.Length == parts) return names;
        var one = names.Length == 1 ? names[0] : "";
        return Enumerable.Repeat(one, parts).ToArray();
    }

    private static string Initials(string folded)
    {
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? "" : string.Concat(words.Select(w => w[0]));
    }
}
