namespace Pipeline.Workbooks;

public static partial class SeedAnnexes
{
    /// <summary>
    /// BIỂU SỐ 03, Bó Sinh (the old commune), 2020–2025: groups I–IV, 18 targets, a header
    /// split over three rows. Rows 1, 2 and 4 compute "So sánh %" with a formula whose cached
    /// result is the seed's figure. Row 7 reports "Vượt" for malnutrition 16,5% against a
    /// ceiling of 12%; rows 17 and 18 hold composite values as typed.
    /// </summary>
    public static AnnexTable BoSinh { get; } = new AnnexTable(
        [
            "BIỂU SỐ 03",
            "KẾT QUẢ THỰC HIỆN NGHỊ ĐẠI HỘI ĐẢNG BỘ XÃ BÓ SINH",
            Term2020Title,
            AttachmentNote("-"),
        ],
        AnnexTable.AllColumns,
        [
            AnnexRow.Group("I", EconomyGroup),
            Row(1, "Thu ngân sách trên địa bàn ", "Triệu đồng", 200, 228, RatioFormula(114), Exceeded),
            Row(2, "Tỷ lệ lao động qua đào tạo", "%", 25, 27.1, RatioFormula(108), Exceeded),
            Row(3, "Thu nhập bình quân đầu người/năm", "Triệu đồng", 16, 27, 168.7, Exceeded),
            Row(4, "Diện tích cây ăn quả đạt ", "ha", 295.2, 437, RatioFormula(148), Exceeded),
            // The one verdict kept with the clerk's Alt+Enter inside it.
            Row(5, "Tiêu chí xây dựng nông thôn mới", "Tiêu chí", 15, 12, 80, "Không\nđạt"),
            AnnexRow.Group("II", SocietyGroup),
            Row(6, "Duy  trì 01 trường (Trường PTDTBT tiểu học và THCS) đạt chuẩn Quốc gia mức độ I, Trường Mầm non đạt chuẩn Quốc gia mức độ II.", "Trường", 2, 2, 100, Met),
            Row(7, "Tỷ lệ trẻ em dưới 01 tuổi được tiêm chủng đầy đủ các loại vacxin đạt 100%. Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng 12%.", "%", 12, 16.5, 137.5, Exceeded),
            Row(8, "Duy trì Trạm y tế xã đạt Tiêu chí Quốc gia y tế xã.", "Trạm", 1, 1, 100, Met),
            Row(9, "Phấn đấu giảm hộ nghèo hằng năm từ 5%/năm trở lên", "%", 4, 7.26, 182, Exceeded),
            Row(10, "Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hoá đạt 70% trở lên. Bản đạt tiêu chuẩn Bản văn hóa đạt 20% trở lên", "%", "70-50", "46-20", CellSpec.Empty, NotMet),
            Row(11, "Phấn đấu 100% cơ quan, đơn vị, trường học đạt tiêu chuẩn \"An toàn về an ninh trật tự\"; 85% Bản đạt tiêu chuẩn  \"An toàn về an ninh trật tự\"", "%", "100-85", "100-85", 100, Met),
            Row(12, "100% hộ gia đình sử dụng điện sinh hoạt; 90% số hộ được xem đài truyền hình và phát thanh Việt Nam", "%", "100-90", "100-90", 100, Met),
            Row(13, "Tỷ lệ bao phủ Bảo hiểm y tế 100%.", "%", 100, 100, 100, Met),
            AnnexRow.Group("III", EnvironmentGroup),
            Row(14, "Tỷ lệ che phủ rừng", "%", 34, 34, 100, Met),
            Row(15, "Duy trì 100% tỉ lệ dân số được sử dụng nước hợp vệ sinh: Đạt", "%", 100, 100, 100, Met),
            Row(16, "Chất thải rắn và rác thải sinh hoạt được thu gom", "%", 90, 80, 88.8, NotMet),
            AnnexRow.Group("IV", PartyGroup),
            Row(17, "Kết nạp mới 35 đảng viên trở lên; 100% bí thư chi bộ, tổ trưởng tổ dân phố, trưởng ban công tác mặt trận được tập huấn, bồi dưỡng nghiệp vụ.", "Đảng viên, %", "35 đảng viên và 100%", "109 đảng viên và 100%", "311 -100", Exceeded),
            // The indicator continues after the seed's page break; the whole text is one cell.
            Row(18, "Phấn đấu hàng năm đạt 80% chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 20% chi bộ đạt trong sạch vững mạnh; 80% đảng viên hoàn thành tốt nhiệm vụ trở lên, trong đó 20% đảng viên hoàn thành xuất sắc nhiệm vụ. Hằng năm Đảng bộ được công nhận hoàn thành tốt nhiệm vụ trở lên", "%", "80-20-2\n0", "80-20-2\n0", 100, Met),
        ])
    {
        Layout = new AnnexLayoutOptions
        {
            HeaderStyle = HeaderStyle.ThreeRowsSplit,
            SplitHeaders = new Dictionary<AnnexColumn, IReadOnlyList<string>>
            {
                [AnnexColumn.Target] = ["Chỉ tiêu", "NQ Đại", "hội XXII"],
                [AnnexColumn.Actual] = ["Kết quả", "thực", "hiện"],
            },
        },
        Signature = new AnnexSignature(["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "Lường Văn C"]),
    };

    /// <summary>"So sánh %" as the clerk computed it: achieved over target, rounded to a whole percent.</summary>
    private static CellSpec RatioFormula(double result) =>
        CellSpec.Formula("ROUND({Actual}/{Target}*100,0)", result);
}
