using System.Globalization;
using Pipeline.Core.Annexes;

namespace Pipeline.Core.Reading;

/// <summary>
/// What a Word report's annexes say about themselves that no commune's title check sees (issue 17, the breaker's F2 and F3):
/// two annexes the report gives the same commune, term and period — a "BIỂU SỐ 01" block copied twice, or one table's
/// title changed to another commune's name — would both be counted for that commune; and a table with no title naming a
/// commune, in a report whose other annexes name theirs (a table pasted twice, the copy right under the first), cannot be
/// told to be any commune's: <see cref="AnnexAttribution"/> leaves it with the commune the report was sent for, which is no
/// reason to count it there. Either holds the upload (the report, or the part of the commune concerned) until a clerk
/// confirms it, with a warning saying which tables. Workbooks are not checked: several sheets of one commune are normal
/// there, and a sheet's name tells them apart. Pure.
/// </summary>
public static class ReportAnnexCheck
{
    /// <summary>
    /// The warnings, in Vietnamese, for the annexes <paramref name="own"/> of a Word report attributed to one commune and
    /// term (a part of <see cref="AnnexAttribution.Split"/>); empty when none. Any warning holds the upload.
    /// </summary>
    /// <param name="own">The annexes attributed to the commune and term, in reading order (their <see cref="Annex.Sheet"/> is "Bảng n").</param>
    /// <param name="all">Every annex of the report, those sent on to other communes too: says whether the report's annexes are titled.</param>
    /// <param name="communeName">The commune's registered name ("Pú Bẩu"); null when unknown (its id is then named by the caller's warnings).</param>
    /// <param name="term">The term they are attributed to ("2020-2025").</param>
    public static IReadOnlyList<string> Warnings(IReadOnlyList<Annex> own, IReadOnlyList<Annex> all, string? communeName, string term)
    {
        ArgumentNullException.ThrowIfNull(own);
        ArgumentNullException.ThrowIfNull(all);
        var commune = communeName is null ? "đã chọn" : communeName;
        var warnings = new List<string>();
        // An untitled table is set aside first: it is not said to be the commune's, so it is no second annex of it.
        var untitled = all.Any(IsTitled) ? own.Where(a => !IsTitled(a)).ToArray() : [];
        foreach (var annex in untitled)
        {
            warnings.Add($"{annex.Sheet} của báo cáo không có tiêu đề riêng ghi tên xã (không có dòng “BIỂU SỐ …” hay tên xã ngay trên bảng), "
                + $"nên không biết là biểu của xã nào; các biểu khác của báo cáo có ghi tên xã. Biểu này chưa được tính cho xã {commune}, nhiệm kỳ {term}. "
                + "Hãy thêm tiêu đề ghi tên xã và nhiệm kỳ trên bảng rồi nộp lại báo cáo (hoặc xóa bảng nếu bị chép thừa); "
                + $"nếu đúng là biểu của xã {commune}, hãy xác nhận.");
        }
        foreach (var same in (untitled.Length > 0 ? own.Where(IsTitled) : own).GroupBy(a => a.Period).Where(g => g.Count() > 1))
        {
            var tables = same.Select(a => a.Sheet).ToArray();
            var count = tables.Length == 2 ? "hai" : tables.Length.ToString(CultureInfo.InvariantCulture);
            var period = same.Key is { Kind: not Periods.PeriodKind.Term } stated ? $", {stated.ToVietnamese()}" : string.Empty;
            warnings.Add($"Báo cáo có {count} biểu cùng ghi xã {commune}, nhiệm kỳ {term}{period} ({string.Join(", ", tables[..^1])} và {tables[^1]}): "
                + $"nếu xác nhận, cả {count} biểu đều được tính cho xã {commune}, mỗi chỉ tiêu có thể bị tính hai lần. "
                + "Hãy kiểm tra lại tên xã trên từng biểu (có thể một biểu bị chép thừa hoặc ghi nhầm tên xã), sửa rồi nộp lại báo cáo.");
        }
        return warnings;
    }

    /// <summary>Whether the annex's own titles name a commune (a table with none took the commune chosen for reading).</summary>
    private static bool IsTitled(Annex annex) => annex.Titled?.Commune is { Length: > 0 };
}
