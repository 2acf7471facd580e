namespace Pipeline.Core.Reporting;

/// <summary>
/// Qualitative targets ("Duy trì", "Giữ vững xã đạt chuẩn quốc gia về y tế") of an annex or a
/// commune: how many, and what the commune's own verdicts add up to (nothing is computed for
/// them). JSON: <c>{ total, exceeded, met, notMet, unstated }</c>.
/// </summary>
public sealed record QualitativeCounts(int Total, int Exceeded, int Met, int NotMet, int Unstated)
{
    public static QualitativeCounts None { get; } = new(0, 0, 0, 0, 0);

    /// <summary>Several counts added up; a missing block (a report stored before qualitative targets were counted) adds nothing.</summary>
    public static QualitativeCounts Sum(IEnumerable<QualitativeCounts?> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var list = counts.Select(c => c ?? None).ToArray();
        return new QualitativeCounts(list.Sum(c => c.Total), list.Sum(c => c.Exceeded), list.Sum(c => c.Met),
            list.Sum(c => c.NotMet), list.Sum(c => c.Unstated));
    }

    /// <summary>
    /// The line the portal and `pipeline score` print: "3 chỉ tiêu định tính, xã tự đánh giá: 2 đạt,
    /// 1 không đạt"; "…, xã chưa tự đánh giá" when no verdict was written; empty when there are none.
    /// </summary>
    public string Vietnamese()
    {
        if (Total == 0) return string.Empty;
        var verdicts = new[] { (Exceeded, "vượt"), (Met, "đạt"), (NotMet, "không đạt"), (Unstated, "chưa tự đánh giá") }
            .Where(v => v.Item1 > 0)
            .Select(v => $"{v.Item1} {v.Item2}")
            .ToArray();
        return Unstated == Total
            ? $"{Total} chỉ tiêu định tính, xã chưa tự đánh giá"
            : $"{Total} chỉ tiêu định tính, xã tự đánh giá: {string.Join(", ", verdicts)}";
    }
}
