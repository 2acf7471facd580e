namespace Pipeline.Workbooks;

public static partial class SeedAnnexes
{
    /// <summary>
    /// BIỂU SỐ 01, Chiềng En, 2020–2025: groups I–IV, 21 targets, a two-row merged header.
    /// Row 20 reports "443," (text, truncated) for 133 admitted against 50.
    /// </summary>
    public static AnnexTable ChiengEn { get; } = new AnnexTable(
        [
            "BIỂU SỐ 01",
            "KẾT QUẢ THỰC HIỆN NGHỊ ĐẠI HỘI ĐẢNG BỘ XÃ CHIỀNG EN",
            Term2020Title,
            AttachmentNote("–"),
        ],
        AnnexTable.AllColumns,
        [
            AnnexRow.Group("I", EconomyGroup),
            Row(1, "Thu nhập bình quân đầu người/năm", "Triệu đồng", 18, 27.5, OneDecimal(152.7), Exceeded),
            Row(2, "Diện tích cây ăn quả đạt ", "ha", 562, 562, 100, Met),
            Row(3, "Thu ngân sách trên địa bàn ", "Triệu đồng", 175, 237, OneDecimal(135.4), Exceeded),
            Row(4, "Tỷ lệ lao động nông nghiệp trong tổng số lao động xã hội", "%", 65.1, 65.1, 100, Met),
            Row(5, "Thành lập mới 02 hợp tác xã", "Hợp tác xã", 2, 0, 0, NotMet),
            Row(6, "Duy trì 02 Hợp tác xã", "Hợp tác xã", 2, 2, 100, Met),
            AnnexRow.Group("II", SocietyGroup),
            Row(7, "Phấn đấu 02 trường đạt chuẩn Quốc gia mức độ I.", "Trường", 2, 2, 100, Met),
            Row(8, "Tỷ lệ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vacxin đạt 100%.", "%", 100, 100, 100, Met),
            Row(9, "Duy trì Trạm y tế xã đạt Tiêu chí Quốc gia y tế xã.", "Trạm", 1, 1, 100, Met),
            Row(10, "Tỷ lệ hộ gia đình đạt danh hiệu \"Gia đình văn hóa\"", "%", 65, 65.7, 101, Exceeded),
            Row(11, "Tỷ lệ dân số tham gia bảo hiểm y tế", "%", 100, 100, 100, Met),
            Row(12, "Tỷ lệ người dân sử dụng Internet", "%", 10, 20, 200, Exceeded),
            Row(13, "Phấn đấu giảm hộ nghèo hằng năm giảm 1,4%/năm/tổng số hộ nghèo.", "%", 1.4, 3.84, OneDecimal(274.8), Exceeded),
            Row(14, "Tỷ lệ hộ được sử dụng điện sinh hoạt", "%", 98, 98, 100, Met),
            Row(15, "Phấn đấu 100% cơ quan, đơn vị trường học, trạm y tế; 60% đơn vị bản đạt tiêu chuẩn \"An toàn về an ninh trật tự\".", "%", "100-60", "100-60", 100, Met),
            Row(16, "Phấn đấu đạt 14/19 tiêu chí xây dựng Nông thôn mới", "Tiêu chí", 14, 14, 100, Met),
            AnnexRow.Group("III", EnvironmentGroup),
            Row(17, "Tỷ lệ dân số nông thôn được sử dụng nước hợp vệ sinh 100%.", "%", 100, 100, 100, Met),
            Row(18, "Tỷ lệ chất thải rắn ở nông thôn được thu gom", "%", 100, 100, 100, Met),
            Row(19, "Tỷ lệ che phủ rừng ", "%", 37, 42, OneDecimal(113.5), Exceeded),
            AnnexRow.Group("IV", PartyGroup),
            Row(20, "Kết nạp mới 50 đảng viên trở lên; ", "Người", 50, 133, "443,", Exceeded),
            Row(21, "100% bí thư chi bộ, tổ trưởng tổ dân phố, trưởng ban công tác mặt trận được tập huấn, bồi dưỡng nghiệp vụ.", "%", 100, 100, 100, Met),
        ])
    {
        Layout = new AnnexLayoutOptions { HeaderStyle = HeaderStyle.TwoRowsMerged, SuperHeader = "Nhiệm kỳ 2020-2025" },
        Signature = new AnnexSignature(["T/M ĐẢNG ỦY", "BÍ THƯ", "", "", "Lò Văn A"])
        {
            Recipients = ["- Ban Thường vụ Huyện ủy,", "- Lưu Văn phòng Đảng ủy."],
        },
    };
}
