namespace Pipeline.Workbooks;

public static partial class SeedAnnexes
{
    /// <summary>
    /// The new commune of Bó Sinh's targets for 2025–2030 (report section II.2, "Các chỉ tiêu
    /// chủ yếu đến năm 2030"), one row per quantified target, combined sentences split:
    /// a targets-only annex (no achieved or percent columns, an empty "Ghi chú"). It starts
    /// at column B, has a "(1) (2) …" numbering row, and its titles and headers are in NFD.
    /// </summary>
    public static AnnexTable BoSinhTargets2030 { get; } = new AnnexTable(
        [
            "BIỂU SỐ 04",
            "CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025-2030",
            "ĐẢNG BỘ XÃ BÓ SINH",
            "(Kèm theo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ xã Bó Sinh lần thứ nhất, nhiệm kỳ 2025 - 2030)",
        ],
        [AnnexColumn.Ordinal, AnnexColumn.Indicator, AnnexColumn.Unit, AnnexColumn.Target, AnnexColumn.Verdict],
        [
            AnnexRow.Group("I", EconomyGroup),
            Goal(1, "Thu ngân sách trên địa bàn", "Triệu đồng", 515),
            Goal(2, "Thu nhập bình quân đầu người/năm", "Triệu đồng", 30),
            Goal(3, "Đăng ký và thành lập mới hợp tác xã, doanh nghiệp", "HTX, doanh nghiệp", 3),
            Goal(4, "Trồng mới cây ăn quả", "ha", 200),
            Goal(5, "Tổng diện tích cây ăn quả đến năm 2030", "ha", CellSpec.Number(2262, "#,##0")),
            Goal(6, "Diện tích cây ăn quả được cấp chứng nhận VietGAP, GlobalGAP, tiêu chuẩn tương đương", "ha", "05"),
            Goal(7, "Sản phẩm đạt chứng nhận OCOP", "Sản phẩm", "01"),
            Goal(8, "Phát triển đàn đại gia súc", "Con", CellSpec.Number(20000, "#,##0")),
            AnnexRow.Group("II", SocietyGroup),
            Goal(9, "Tỷ lệ lao động nông, lâm, ngư nghiệp trong tổng số lao động", "%", 55),
            Goal(10, "Tỷ lệ lao động qua đào tạo", "%", 50),
            Goal(11, "Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ", "%", 30),
            Goal(12, "Phấn đấu đạt 14/19 tiêu chí xây dựng nông thôn mới", "Tiêu chí", 14),
            Goal(13, "Phấn đấu đạt và duy trì 6/6 trường đạt chuẩn quốc gia", "Trường", 6),
            Goal(14, "Tỷ lệ trẻ em dưới 01 tuổi được tiêm chủng đầy đủ các loại vắc xin", "%", 95),
            Goal(15, "Tỷ lệ hộ nghèo giảm bình quân hằng năm", "%", 2),
            Goal(16, "Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình văn hóa\"", "%", 65),
            Goal(17, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 100),
            Goal(18, "Tỷ lệ lao động tham gia bảo hiểm xã hội", "%", 15),
            Goal(19, "Tỷ lệ lao động tham gia bảo hiểm thất nghiệp", "%", 10),
            Goal(20, "Cơ quan, doanh nghiệp, trường học đạt tiêu chuẩn \"An toàn về an ninh trật tự\"", "%", 100),
            Goal(21, "Số bản đạt tiêu chuẩn \"An toàn về an ninh trật tự\"", "%", 85),
            AnnexRow.Group("III", EnvironmentGroup),
            Goal(22, "Tỷ lệ dân số được sử dụng nước sinh hoạt hợp vệ sinh", "%", 100),
            Goal(23, "Tỷ lệ dân số được sử dụng nước sạch", "%", 75),
            Goal(24, "Tỷ lệ chất thải rắn sinh hoạt được thu gom", "%", 80),
            Goal(25, "Diện tích rừng trồng mới tập trung", "ha", "03"),
            Goal(26, "Duy trì tỷ lệ độ che phủ rừng", "%", 30.2),
            AnnexRow.Group("IV", PartyGroup),
            Goal(27, "Tổ chức cơ sở đảng, đảng viên được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên hằng năm", "%", 90),
            Goal(28, "Kết nạp đảng viên mới trong nhiệm kỳ", "Đảng viên", 130),
            Goal(29, "Bí thư chi bộ, trưởng bản, tổ trưởng tổ dân phố, trưởng ban công tác Mặt trận và trưởng các đoàn thể ở bản được bồi dưỡng, tập huấn", "%", 100),
        ])
    {
        Headers = AnnexHeaders.With((AnnexColumn.Target, "Chỉ tiêu đến năm 2030")),
        Layout = new AnnexLayoutOptions
        {
            HeaderStyle = HeaderStyle.SingleRow,
            LeadingColumns = 1,
            NumberingRow = true,
            DecomposeText = true,
            ColumnWidths = new Dictionary<AnnexColumn, double>
            {
                [AnnexColumn.Ordinal] = 5,
                [AnnexColumn.Indicator] = 60,
                [AnnexColumn.Unit] = 14,
                [AnnexColumn.Target] = 14,
                [AnnexColumn.Verdict] = 14,
            },
        },
        Signature = new AnnexSignature(["T/M BAN CHẤP HÀNH", "BÍ THƯ", "", "", "Nguyễn Văn Hùng"]),
    };

    private static AnnexTargetRow Goal(int ordinal, string indicator, string unit, CellSpec target) =>
        AnnexRow.Target(ordinal, indicator, unit, target);
}
