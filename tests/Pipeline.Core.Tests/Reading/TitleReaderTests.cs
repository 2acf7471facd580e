using System.Text;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

public class TitleReaderTests
{
    [Theory]
    [InlineData("KẾT QUẢ THỰC HIỆN NGHỊ ĐẠI HỘI ĐẢNG BỘ XÃ CHIỀNG EN", "Chiềng En")]
    [InlineData("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẠI HỘI ĐẢNG BỘ XÃ PÚ BẨU NHIỆM KỲ 2020-2025", "Pú Bẩu")]
    [InlineData("Đảng bộ xã Bó Sinh nhiệm kỳ 2025 - 2030", "Bó Sinh")]
    [InlineData("ỦY BAN NHÂN DÂN XÃ MƯỜNG LẦM, HUYỆN SÔNG MÃ", "Mường Lầm")]
    [InlineData("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT ĐẢNG BỘ XÃ HƯNG THÀNH NHIỆM KỲ 2020 - 2025", "Hưng Thành")]
    [InlineData("ĐẢNG BỘ XÃ LŨNG CÚ LẦN THỨ XX", "Lũng Cú")]
    [InlineData("Đảng bộ xã Thanh Sơn nhiệm kỳ 2025-2030", "Thanh Sơn")]
    [InlineData("ĐẢNG BỘ XÃ LÝ NAM NĂM 2025", "Lý Nam")]
    [InlineData("XÃ CƯ PUI, HUYỆN KRÔNG BÔNG", "Cư Pui")]
    [InlineData("XÃ QUAN SƠN NHIỆM KỲ 2020-2025", "Quan Sơn")]
    [InlineData("XÃ TÂN THÀNH THÀNH PHỐ BUÔN MA THUỘT", "Tân Thành")]
    [InlineData("XÃ TƯ NGHĨA, HUYỆN MỘ ĐỨC", "Tư Nghĩa")]
    [InlineData("PHƯỜNG CHÂU PHÚ A, THỊ XÃ CHÂU ĐỐC", "Châu Phú A")]
    [InlineData("ĐẢNG BỘ XÃ BÓ SINH CŨ", "Bó Sinh")]
    [InlineData("ĐẢNG BỘ XÃ HÒA TÚ 1 NHIỆM KỲ 2020-2025", "Hòa Tú 1")]
    [InlineData("Xã Bó Sinh 2020-2025", "Bó Sinh")]
    public void Reads_the_commune(string title, string expected)
    {
        Assert.Equal(expected, TitleReader.ReadCommune([title]));
        Assert.Equal(expected, TitleReader.ReadCommune([title.Normalize(NormalizationForm.FormD)])?.Normalize(NormalizationForm.FormC));
    }

    [Theory]
    [InlineData("CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI CHỦ YẾU")]
    [InlineData("BIỂU SỐ 01")]
    public void Finds_no_commune_where_there_is_none(string title) => Assert.Null(TitleReader.ReadCommune([title]));

    [Fact]
    public void Reads_the_term_of_the_nhiem_ky_line_first()
    {
        string[] titles =
        [
            "BIỂU SỐ 01",
            "KẾT QUẢ THỰC HIỆN NGHỊ ĐẠI HỘI ĐẢNG BỘ XÃ CHIỀNG EN",
            "NHIỆM KỲ 2020-2025",
            "(Kèm theo Báo cáo tổng kết việc thực hiện Nghị quyết Đại hội nhiệm kỳ 2020 - 2025;phương hướng … nhiệm kỳ 2025 – 2030)",
        ];
        Assert.Equal("2020-2025", TitleReader.ReadTerm(titles));
        Assert.Equal("2025-2030", TitleReader.ReadTerm(["CÁC CHỈ TIÊU CHỦ YẾU NHIỆM KỲ 2025 – 2030"]));
        Assert.Equal("2021-2025", TitleReader.ReadTerm(["Kế hoạch 5 năm 2021-2025"]));
        Assert.Null(TitleReader.ReadTerm(["Năm 2025"]));
    }

    [Theory]
    [InlineData("BIỂU SỐ 02", true)]
    [InlineData("Biểu số: 2", true)]
    [InlineData("BIỂU 01", true)]
    [InlineData("Biểu 1", true)]
    [InlineData("PHỤ BIỂU 03", true)]
    [InlineData("PHỤ LỤC II", true)]
    [InlineData("Biểu mẫu số 1", true)]
    [InlineData("Biểu dương 10 gia đình văn hóa tiêu biểu", false)]
    [InlineData("Biểu quyết thông qua 21 chỉ tiêu", false)]
    [InlineData("KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT", false)]
    public void Tells_the_line_that_starts_an_annexs_titles(string line, bool starts) =>
        Assert.Equal(starts, TitleReader.IsAnnexTitle(line));
}
