namespace Pipeline.Workbooks;

public static partial class SeedAnnexes
{
    /// <summary>
    /// BIỂU SỐ 02, Pú Bẩu, 2020–2025: no group rows, 26 targets, its own header spellings
    /// (Stt, Nội dung, …) broken over lines inside single header cells. Row 6's achieved
    /// 87,33 is a percent-formatted number; row 23 reports "Đạt" and 90 for 18 against 29.
    /// </summary>
    public static AnnexTable PuBau { get; } = new AnnexTable(
        [
            "BIỂU SỐ 02",
            "KẾT QUẢ THỰC HIỆN NGHỊ ĐẠI HỘI ĐẢNG BỘ XÃ PÚ BẨU",
            Term2020Title,
            AttachmentNote("–"),
        ],
        AnnexTable.AllColumns,
        [
            Row(1, "Thu ngân sách trên địa bàn xã", "Triệu đồng", 80, 80, 100, "Đạt "),
            Row(2, "Tỷ lệ lao động qua đào tạo", "%", 30, 25.4, 83, NotMet),
            Row(3, "Thu nhập bình quân đầu người/năm", "Triệu", 10, 18, 180, Exceeded),
            Row(4, "Phấn đấu trồng mới cây ăn quả các loại", "ha", 50, 62.12, 124, Met),
            Row(5, "Thành lập hợp tác xã", "HTX", "01", "01", 100, Met),
            Row(6, "Tỷ lệ trẻ em dưới 01 tuổi được tiêm chủng đầy đủ các loại vacxin", "%", "100%", CellSpec.Percent(0.8733), 87.33, NotMet),
            Row(7, "Xây dựng xã đạt tiêu chí Quốc gia về Y tế", "Trạm", 1, 1, 100, Met),
            Row(8, "Phấn đấu giảm tỷ lệ hộ nghèo hàng năm", "%", 2, 2.66, 133, Exceeded),
            Row(9, "Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hóa", "%", 60, 43.1, 71.83, NotMet),
            Row(10, "Số bản đạt tiêu chuẩn văn hóa", "%", 40, 12.5, 31.25, NotMet),
            Row(11, "Tỷ lệ người dân được sử dụng Internet", "%", 35, 95, 271, Exceeded),
            Row(12, "Phấn đấu cơ quan, đơn vị, trường học đạt tiêu chuẩn “An toàn về an ninh trật tự”", "%", 100, 100, 100, Met),
            Row(13, "Bản đạt tiêu chuẩn“An toàn về an ninh trật tự”", "%", 80, 100, 125, Exceeded),
            Row(14, "Duy trì số hộ được sử dụng dùng điện sinh hoạt", "%", 100, 100, 100, Met),
            Row(15, "Người dân tham gia bảo hiểm y tế", "%", 100, 100, 100, Met),
            Row(16, "Phấn đấu đạt tiêu chí về xây dựng nông thôn mới", "Tiêu chí", 9, 11, 157, Exceeded),
            Row(17, "Tỷ lệ độ che phủ rừng ", "%", 20, 20.2, 100.2, Exceeded),
            Row(18, "Duy trì tỉ lệ dân số được sử dụng nước sinh hoạt hợp vệ sinh", "%", 100, 100, 100, Met),
            Row(19, "Phấn đấu kết nạp đảng viên", "Đảng viên", 30, 54, 162, Exceeded),
            Row(20, "Hàng năm số chi bộ hoàn thành tốt nhiệm vụ", "%", 80, 70, 87.5, NotMet),
            Row(21, "Số chi bộ hoàn thành Xuất sắc nhiệm vụ", "%", 20, 13.4, 67, NotMet),
            Row(22, "Đảng viên hoàn thành tốt nhiệm vụ trở lên", "%", 80, 75, 93.8, NotMet),
            Row(23, "Đảng viên hoàn thành xuất sắc nhiệm vụ", "%", 29, 18, 90, Met),
            Row(24, "Hàng năm Đảng bộ hoàn thành tốt nhiệm vụ trở lên", "%", 100, 100, 100, Met),
            Row(25, "Bí thư chi bộ, trưởng bản, Trưởng ban CTMT bản được tập huấn,bồi dưỡng nghiệp vụ", "%", 100, 100, CellSpec.Empty, Met),
            Row(26, "Cán bộ, công chức đạt chuẩn", "", 100, 85, 85, NotMet),
        ])
    {
        Headers = new Dictionary<AnnexColumn, string>
        {
            [AnnexColumn.Ordinal] = "Stt",
            [AnnexColumn.Indicator] = "Nội dung",
            [AnnexColumn.Unit] = "Đơn vị\ntính",
            [AnnexColumn.Target] = "Chỉ tiêu\nNghị quyết\nđề ra",
            [AnnexColumn.Actual] = "Kết quả\nthực hiện",
            [AnnexColumn.ReportedPercent] = "So sánh\ntỷ lệ %",
            [AnnexColumn.Verdict] = "Ghi chú",
        },
        Layout = new AnnexLayoutOptions { HeaderStyle = HeaderStyle.SingleRow, BlankRowsAfterTitle = 2 },
        Signature = new AnnexSignature(["T/M BAN CHẤP HÀNH", "BÍ THƯ", "", "", "Cầm Văn B"]) { RowsAfterTable = 2 },
    };
}
