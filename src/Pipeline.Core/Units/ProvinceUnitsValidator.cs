using System.Globalization;

namespace Pipeline.Core.Units;

/// <summary>
/// Checks a province's units document and turns it into a <see cref="RegisteredProvince"/>:
/// slugs and names present, no commune listed twice, every merger naming known communes, no
/// commune merged into two new ones, no new commune formed twice, and no cycle (a commune
/// that ends up among its own predecessors), and nothing over <see cref="ProvinceUnitsLimits"/>.
/// Every mistake gets its own Vietnamese sentence, so a province officer can fix the whole
/// document at once.
/// </summary>
public static class ProvinceUnitsValidator
{
    public static (RegisteredProvince? Province, IReadOnlyList<string> Errors) Validate(ProvinceUnits? document)
    {
        var errors = new List<string>();
        if (document is null) return (null, ["Tài liệu đơn vị hành chính trống."]);
        // Over a limit: say so alone, before reading 200,000 entries one by one.
        var over = ProvinceUnitsLimits.Exceeded(document);
        if (over.Count > 0) return (null, over);
        var province = document.Id?.Trim();
        if (!ProvinceId.IsValid(province))
            errors.Add($"Mã tỉnh '{document.Id}' không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ son-la).");
        var provinceName = document.Name?.Trim();
        if (string.IsNullOrEmpty(provinceName)) errors.Add($"Tỉnh '{document.Id}' thiếu tên.");
        if (errors.Count > 0) return (null, errors);

        var communes = new Dictionary<string, RegisteredCommune>(StringComparer.Ordinal);
        foreach (var commune in document.Communes ?? [])
        {
            var id = commune?.Id?.Trim();
            if (!CommuneId.IsSlug(id))
                errors.Add($"Mã xã '{commune?.Id}' không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ pu-bau).");
            else if (string.IsNullOrWhiteSpace(commune!.Name))
                errors.Add($"Xã '{id}' thiếu tên.");
            else if (!communes.TryAdd(id!, new RegisteredCommune(new CommuneId(province!, id!), commune.Name.Trim(), provinceName!)))
                errors.Add($"Xã '{id}' được liệt kê hai lần.");
        }
        if (communes.Count == 0 && errors.Count == 0) errors.Add($"Tỉnh '{province}' chưa có xã nào.");

        var mergers = new List<Merger>();
        var absorbedBy = new Dictionary<string, string>(StringComparer.Ordinal);
        var formed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var merger in document.Mergers ?? [])
        {
            var into = merger?.Into?.Trim() ?? "";
            var label = $"Sáp nhập vào '{into}'";
            var valid = true;
            if (!communes.ContainsKey(into)) { errors.Add($"{label}: xã mới '{into}' không có trong danh sách xã của tỉnh."); valid = false; }
            else if (!formed.Add(into)) { errors.Add($"{label}: xã '{into}' được thành lập từ hai lần sáp nhập."); valid = false; }
            var from = (merger?.From ?? []).Select(f => f?.Trim() ?? "").ToList();
            if (from.Count == 0) { errors.Add($"{label}: chưa có xã cũ nào (trường from)."); valid = false; }
            foreach (var old in from)
            {
                if (!communes.ContainsKey(old)) { errors.Add($"{label}: xã cũ '{old}' không có trong danh sách xã của tỉnh."); valid = false; }
                else if (old == into) { errors.Add($"{label}: xã mới không thể là xã cũ của chính nó."); valid = false; }
                else if (absorbedBy.TryGetValue(old, out var other)) { errors.Add($"Xã '{old}' được sáp nhập vào cả '{other}' và '{into}'."); valid = false; }
                else absorbedBy[old] = into;
            }
            if (!DateOnly.TryParseExact(merger?.Effective?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var effective))
            {
                errors.Add($"{label}: ngày hiệu lực '{merger?.Effective}' phải có dạng năm-tháng-ngày, ví dụ 2025-07-01.");
                valid = false;
            }
            if (string.IsNullOrWhiteSpace(merger?.LegalBasis)) { errors.Add($"{label}: thiếu căn cứ pháp lý (ví dụ Nghị quyết 1681/NQ-UBTVQH15)."); valid = false; }
            if (valid)
                mergers.Add(new Merger(new CommuneId(province!, into), from.Select(f => new CommuneId(province!, f)).ToArray(), effective, merger!.LegalBasis!.Trim()));
        }
        var cycle = FindCycle(absorbedBy);
        if (cycle is not null) errors.Add($"Các lần sáp nhập tạo thành vòng lặp: {string.Join(" → ", cycle)}.");

        return errors.Count > 0
            ? (null, errors)
            : (new RegisteredProvince(province!, provinceName!, communes.Values.ToArray(), mergers), []);
    }

    /// <summary>Follows each commune to the one it was merged into; coming back to a commune already on the path is a cycle.</summary>
    private static List<string>? FindCycle(Dictionary<string, string> absorbedBy)
    {
        foreach (var start in absorbedBy.Keys)
        {
            var path = new List<string> { start };
            var current = start;
            while (absorbedBy.TryGetValue(current, out var next))
            {
                path.Add(next);
                if (next == start) return path;
                if (path.Count > absorbedBy.Count + 1) break;
                current = next;
            }
        }
        return null;
    }
}
