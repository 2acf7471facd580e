using System.Globalization;

namespace Pipeline.Workbooks;

public static partial class SeedAnnexes
{
    /// <summary>
    /// Made-up yearly figures of the new Bó Sinh against its 2025–2030 targets (<see cref="BoSinhTargets2030"/>), by
    /// target ordinal 1–27: the 2025 result (the baseline), then each year's plan and result. Figures of targets
    /// counted over the term (new cooperatives, new planting, new party members) are cumulative from 2025.
    /// Some ahead, some behind; row 9 (farm labour share) is lower-is-better; rows 15 and 26 were met at the
    /// start; row 20 starts at its target. Rows 28 and 29 become one composite row (<see cref="BoSinhComposite"/>).
    /// </summary>
    private static readonly (double Baseline, double Plan2026, double Actual2026, double Plan2027, double Actual2027)[] BoSinhYearFigures =
    [
        (420, 440, 452, 460, 455),           // 1 Thu ngân sách (triệu đồng), target 515
        (22, 23.5, 24, 25, 25.5),            // 2 Thu nhập bình quân (triệu đồng), target 30
        (0, 1, 1, 1, 1),                     // 3 HTX, doanh nghiệp mới, target 3
        (0, 40, 35, 80, 70),                 // 4 Trồng mới cây ăn quả (ha), target 200
        (2062, 2102, 2097, 2142, 2132),      // 5 Tổng diện tích cây ăn quả (ha), target 2.262
        (0, 1, 2, 2, 2),                     // 6 VietGAP (ha), target 5
        (0, 1, 0, 1, 1),                     // 7 OCOP, target 1
        (17500, 18000, 17800, 18500, 17900), // 8 Đại gia súc (con), target 20.000
        (68, 66, 65, 63, 64),                // 9 Lao động nông, lâm, ngư nghiệp (%), target 55, lower is better
        (40, 42, 41, 44, 42),                // 10 Lao động qua đào tạo (%), target 50
        (20, 22, 22, 24, 24.5),              // 11 … có bằng cấp, chứng chỉ (%), target 30
        (10, 11, 11, 12, 11),                // 12 Tiêu chí nông thôn mới, target 14
        (4, 4, 4, 5, 5),                     // 13 Trường đạt chuẩn, target 6
        (92, 93, 94, 94, 95.2),              // 14 Tiêm chủng (%), target 95
        (3.1, 2, 2.5, 2, 1.8),               // 15 Giảm nghèo bình quân (%), target 2, met at the start
        (58, 60, 61, 62, 62),                // 16 Gia đình văn hóa (%), target 65
        (96, 97, 96.5, 98, 97),              // 17 Bảo hiểm y tế (%), target 100
        (8, 9.5, 9, 11, 10),                 // 18 Bảo hiểm xã hội (%), target 15
        (5, 6, 6.2, 7, 7.1),                 // 19 Bảo hiểm thất nghiệp (%), target 10
        (100, 100, 100, 100, 100),           // 20 Cơ quan an toàn ANTT (%), target 100, already there
        (70, 74, 75, 77, 76),                // 21 Bản an toàn ANTT (%), target 85
        (97, 98, 98, 99, 98.5),              // 22 Nước hợp vệ sinh (%), target 100
        (55, 59, 58, 63, 60),                // 23 Nước sạch (%), target 75
        (60, 64, 66, 68, 70),                // 24 Thu gom chất thải rắn (%), target 80
        (0, 0.5, 0.5, 1.2, 1.5),             // 25 Rừng trồng mới (ha), target 3
        (30.5, 30.2, 30.4, 30.2, 30.1),      // 26 Che phủ rừng (%), target 30,2, met at the start
        (86, 87, 88, 88, 87),                // 27 Đảng viên hoàn thành tốt nhiệm vụ (%), target 90
    ];

    /// <summary>Rows 28 and 29 of the targets written as one composite row, as communes often do, with the term's figures in its text.</summary>
    private const string BoSinhComposite =
        "Kết nạp đảng viên mới trong nhiệm kỳ 130 đảng viên; 100% bí thư chi bộ, trưởng bản, tổ trưởng tổ dân phố, trưởng ban công tác Mặt trận và trưởng các đoàn thể ở bản được bồi dưỡng, tập huấn";

    /// <summary>
    /// BIỂU SỐ 05, the new Bó Sinh's results for 2026 against the year's plan and the 2030 targets: "Thực hiện
    /// năm 2025" (the baseline), "Chỉ tiêu NQ đến năm 2030", "Kế hoạch năm 2026", "Thực hiện năm 2026", "% so KH",
    /// "% so NQ", verdicts under "Ghi chú". Row 8 reports 101% and "Đạt" for 17.800 head against a plan of 18.000
    /// (98,9%): the same findings as any annex.
    /// </summary>
    public static AnnexTable BoSinhResults2026 { get; } = BoSinhYear(
        2026,
        ["BIỂU SỐ 05", "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", "ĐẢNG BỘ XÃ BÓ SINH",
            "(Kèm theo Báo cáo kết quả thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ nhất, nhiệm kỳ 2025 - 2030)"],
        AnnexHeaders.With((AnnexColumn.Target, "Kế hoạch năm 2026"), (AnnexColumn.Actual, "Thực hiện năm 2026"), (AnnexColumn.ReportedPercent, "% so KH")),
        ("30 đảng viên và 90%", "26 đảng viên và 85%"));

    /// <summary>
    /// BIỂU SỐ 05, the new Bó Sinh's estimated results for 2027 (written before the year closed): "Mục tiêu 2030",
    /// "KH 2027", "Ước thực hiện năm 2027" — every result an estimate.
    /// </summary>
    public static AnnexTable BoSinhResults2027 { get; } = BoSinhYear(
        2027,
        ["BIỂU SỐ 05", "ƯỚC THỰC HIỆN CÁC CHỈ TIÊU CHỦ YẾU NĂM 2027", "ĐẢNG BỘ XÃ BÓ SINH",
            "(Thực hiện Nghị quyết Đại hội Đảng bộ xã lần thứ nhất, nhiệm kỳ 2025 - 2030)"],
        AnnexHeaders.With((AnnexColumn.TermTarget, "Mục tiêu 2030"), (AnnexColumn.Target, "KH 2027"), (AnnexColumn.Actual, "Ước thực hiện năm 2027"),
            (AnnexColumn.ReportedPercent, "% so KH")),
        ("48 đảng viên và 92%", "52 đảng viên và 90%"));

    private static AnnexTable BoSinhYear(int year, string[] titles, IReadOnlyDictionary<AnnexColumn, string> headers, (string Actual, string Plan) composite)
    {
        var rows = new List<AnnexRow>();
        var ordinal = 0;
        foreach (var row in BoSinhTargets2030.Rows)
        {
            if (row is AnnexGroupRow group)
            {
                rows.Add(group);
                continue;
            }
            var target = (AnnexTargetRow)row;
            ordinal++;
            if (ordinal > BoSinhYearFigures.Length + 1) continue; // target 29 is the composite's second part
            if (ordinal == BoSinhYearFigures.Length + 1)
            {
                // Targets 28 and 29 as one composite row, its percents left empty (communes rarely split them).
                rows.Add(new AnnexTargetRow(new Dictionary<AnnexColumn, CellSpec>
                {
                    [AnnexColumn.Ordinal] = ordinal,
                    [AnnexColumn.Indicator] = BoSinhComposite,
                    [AnnexColumn.Unit] = "Đảng viên, %",
                    [AnnexColumn.Baseline] = "0 đảng viên và 80%",
                    [AnnexColumn.TermTarget] = "130 đảng viên và 100%",
                    [AnnexColumn.Target] = composite.Plan,
                    [AnnexColumn.Actual] = composite.Actual,
                    // 30 against 26 and 90% against 85%: exceeded; 48 against 52: not met.
                    [AnnexColumn.Verdict] = year == 2026 ? Exceeded : NotMet,
                }));
                continue;
            }
            var (baseline, plan2026, actual2026, plan2027, actual2027) = BoSinhYearFigures[ordinal - 1];
            var (plan, actual) = year == 2026 ? (plan2026, actual2026) : (plan2027, actual2027);
            var termCell = target[AnnexColumn.Target];
            var term = termCell switch
            {
                NumberCell number => number.Value,
                TextCell text => double.Parse(text.Value, CultureInfo.InvariantCulture),
                _ => throw new InvalidOperationException("Every 2025–2030 target of Bó Sinh is a figure."),
            };
            var lower = ordinal == 9; // farm labour share: the percent is plan over result
            var againstPlan = Percent(plan, actual, lower);
            // Row 8 of 2026: the clerk's slip the reader should find.
            var reported = year == 2026 && ordinal == 8 ? 101 : againstPlan;
            rows.Add(new AnnexTargetRow(new Dictionary<AnnexColumn, CellSpec>
            {
                [AnnexColumn.Ordinal] = target[AnnexColumn.Ordinal],
                [AnnexColumn.Indicator] = target[AnnexColumn.Indicator],
                [AnnexColumn.Unit] = target[AnnexColumn.Unit],
                [AnnexColumn.Baseline] = Figure(baseline),
                [AnnexColumn.TermTarget] = termCell,
                [AnnexColumn.Target] = Figure(plan),
                [AnnexColumn.Actual] = Figure(actual),
                [AnnexColumn.ReportedPercent] = OneDecimal(reported),
                [AnnexColumn.TermPercent] = OneDecimal(Percent(term, actual, lower)),
                [AnnexColumn.Verdict] = reported > 100.05 ? Exceeded : reported >= 99.95 ? Met : NotMet,
            }));
        }
        return new AnnexTable(titles,
            [AnnexColumn.Ordinal, AnnexColumn.Indicator, AnnexColumn.Unit, AnnexColumn.Baseline, AnnexColumn.TermTarget, AnnexColumn.Target,
                AnnexColumn.Actual, AnnexColumn.ReportedPercent, AnnexColumn.TermPercent, AnnexColumn.Verdict],
            rows)
        {
            Headers = headers,
            Layout = new AnnexLayoutOptions { HeaderStyle = HeaderStyle.SingleRow },
            Signature = new AnnexSignature(["T/M BAN CHẤP HÀNH", "BÍ THƯ", "", "", "Nguyễn Văn Hùng"]),
        };
    }

    /// <summary>Result over plan (or plan over result when lower is better) in percent, to one decimal as clerks round it.</summary>
    private static double Percent(double reference, double actual, bool lower) =>
        Math.Round((lower ? reference / actual : actual / reference) * 100, 1, MidpointRounding.AwayFromZero);

    /// <summary>Large figures with thousands separators, as the targets annex writes them.</summary>
    private static CellSpec Figure(double value) => value >= 1000 ? CellSpec.Number(value, "#,##0") : CellSpec.Number(value);
}
