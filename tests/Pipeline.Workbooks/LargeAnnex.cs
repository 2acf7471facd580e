using System.Globalization;

namespace Pipeline.Workbooks;

/// <summary>
/// Synthetic annexes of any length for benchmarks and size limits: seed-like indicators
/// with varied values, computed on access so 200,000 rows cost no memory until written.
/// </summary>
public static class LargeAnnex
{
    private sealed record Template(string Indicator, string Unit, double Target);

    private static readonly Template[] Templates =
    [
        new("Thu ngân sách trên địa bàn", "Triệu đồng", 200),
        new("Thu nhập bình quân đầu người/năm", "Triệu đồng", 18),
        new("Diện tích cây ăn quả đạt", "ha", 562),
        new("Tỷ lệ lao động qua đào tạo", "%", 30),
        new("Thành lập mới hợp tác xã", "Hợp tác xã", 2),
        new("Phấn đấu trường đạt chuẩn Quốc gia mức độ I", "Trường", 2),
        new("Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vacxin", "%", 100),
        new("Duy trì Trạm y tế xã đạt Tiêu chí Quốc gia y tế xã", "Trạm", 1),
        new("Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình văn hóa\"", "%", 65),
        new("Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 100),
        new("Phấn đấu giảm hộ nghèo hằng năm", "%", 2),
        new("Phấn đấu đạt tiêu chí xây dựng Nông thôn mới", "Tiêu chí", 14),
        new("Tỷ lệ che phủ rừng", "%", 37),
        new("Tỷ lệ chất thải rắn ở nông thôn được thu gom", "%", 90),
        new("Kết nạp mới đảng viên", "Đảng viên", 50),
        new("Đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", 80),
        new("Tỷ lệ người dân sử dụng Internet", "%", 35),
    ];

    // Achieved ÷ target; a fixed cycle, not a random generator, so every run is identical.
    private static readonly double[] Factors = [1.0, 1.2, 0.85, 1.0, 1.05, 0.7, 1.35, 1.0, 0.93, 1.5, 1.0];

    /// <param name="rows">Number of target rows (no group rows, so row count = target count).</param>
    public static AnnexTable Create(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        return new AnnexTable(
            [
                "BIỂU TỔNG HỢP",
                "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ CÁC XÃ",
                "NHIỆM KỲ 2020-2025",
            ],
            AnnexTable.AllColumns,
            new ComputedList<AnnexRow>(rows, TargetRow));
    }

    /// <summary>
    /// An annex of <paramref name="rows"/> targets every one of which the commune got wrong: the figures say not met
    /// (20 of 30), the row says 150 % and "Vượt" — each row an error finding or more, for the limits of stored summaries.
    /// </summary>
    public static AnnexTable Flagged(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        return Create(0) with
        {
            Rows = new ComputedList<AnnexRow>(rows, index => AnnexRow.Target(index + 1,
                string.Create(CultureInfo.InvariantCulture, $"Tỷ lệ lao động qua đào tạo (thôn {index + 1})"), "%", 30, 20, 150, "Vượt")),
        };
    }

    /// <summary>Row <paramref name="index"/> (0-based) of any large annex; the same index always gives the same row.</summary>
    public static AnnexTargetRow TargetRow(int index)
    {
        var template = Templates[index % Templates.Length];
        var round = index / Templates.Length;
        var factor = Factors[(index * 7 + round) % Factors.Length];
        var ordinal = index + 1;
        var indicator = round == 0
            ? template.Indicator
            : string.Create(CultureInfo.InvariantCulture, $"{template.Indicator} (đơn vị {round + 1})");

        // Every 23rd row is a composite, as typed; the rest are numbers.
        if (index % 23 == 22)
        {
            return AnnexRow.Target(ordinal, "Phấn đấu 100% cơ quan, đơn vị; 60% bản đạt tiêu chuẩn \"An toàn về an ninh trật tự\"",
                "%", "100-60", factor >= 1 ? "100-60" : "100-55", factor >= 1 ? 100 : 91.7, factor >= 1 ? "Đạt" : "Không đạt");
        }

        var target = template.Target;
        var actual = Math.Round(target * factor, 2);
        var percent = Math.Round(actual / target * 100, 1);
        var verdict = percent > 100 ? "Vượt" : percent < 100 ? "Không đạt" : "Đạt";
        return AnnexRow.Target(ordinal, indicator, template.Unit, target, actual, percent, verdict);
    }
}
