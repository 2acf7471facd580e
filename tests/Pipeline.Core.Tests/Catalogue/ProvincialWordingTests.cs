using System.Text;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Scoring;

namespace Pipeline.Core.Tests.Catalogue;

/// <summary>
/// Targets as communes of several provinces write them (Sơn La, Điện Biên, Lào Cai, Nghệ An,
/// Thanh Hóa, Hà Tĩnh, Đắk Lắk…: figures, filler words, abbreviations and all) reach the
/// catalogue entry of the national list they were copied from, with its direction.
/// </summary>
public class ProvincialWordingTests
{
    [Theory]
    [InlineData("Tổng giá trị sản xuất trên địa bàn xã đạt 250 tỷ đồng", "production-value", Direction.Higher)]
    [InlineData("Giá trị sản xuất ngành nông, lâm nghiệp, thủy sản tăng bình quân 4,5%/năm", "economic-growth", Direction.Higher)]
    [InlineData("Giá trị sản xuất nông, lâm nghiệp và thủy sản đạt 120 tỷ đồng", "agri-production-value", Direction.Higher)]
    [InlineData("Giá trị sản phẩm thu được trên 01 ha đất trồng trọt đạt 90 triệu đồng", "value-per-hectare", Direction.Higher)]
    [InlineData("Tổng sản lượng lương thực có hạt đạt 2.500 tấn", "grain-output", Direction.Higher)]
    [InlineData("Bình quân lương thực đầu người đạt 450 kg/người/năm", "grain-per-capita", Direction.Higher)]
    [InlineData("Năng suất lúa bình quân đạt 55 tạ/ha", "rice-yield", Direction.Higher)]
    [InlineData("Tổng đàn gia súc đạt 12.000 con", "livestock-total", Direction.Higher)]
    [InlineData("Tỷ lệ tiêm phòng cho đàn gia súc, gia cầm đạt trên 80%", "livestock-vaccination", Direction.Higher)]
    [InlineData("Sản lượng thịt hơi xuất chuồng đạt 1.200 tấn", "meat-output", Direction.Higher)]
    [InlineData("Phấn đấu thành lập mới 05 doanh nghiệp", "new-businesses", Direction.Higher)]
    [InlineData("Tỷ lệ đường trục thôn, bản được cứng hóa đạt 100%", "road-hardening-rate", Direction.Higher)]
    [InlineData("Cứng hóa 15 km đường giao thông nông thôn", "road-hardening-length", Direction.Higher)]
    [InlineData("Tỷ lệ hộ có nhà ở kiên cố, bán kiên cố đạt 85%", "solid-housing", Direction.Higher)]
    [InlineData("Tỷ lệ diện tích đất sản xuất nông nghiệp được tưới và tiêu nước chủ động đạt 80%", "irrigated-area", Direction.Higher)]
    [InlineData("Xóa 100% nhà tạm, nhà dột nát cho hộ nghèo", "housing-support", Direction.Higher)]
    [InlineData("Phấn đấu đạt chuẩn xã nông thôn mới nâng cao", "new-rural-advanced-criteria", Direction.Higher)]
    [InlineData("Tỷ lệ huy động trẻ em từ 3 - 5 tuổi đến lớp mẫu giáo đạt 98% trở lên", "kindergarten-enrolment", Direction.Higher)]
    [InlineData("Huy động trẻ 6 tuổi vào lớp 1 đạt 100%", "first-grade-enrolment", Direction.Higher)]
    [InlineData("Duy trì đạt chuẩn phổ cập giáo dục THCS mức độ 2", "universal-lower-secondary", Direction.Higher)]
    [InlineData("Tỷ lệ học sinh tốt nghiệp THCS tiếp tục học THPT, bổ túc, học nghề đạt 90%", "lower-secondary-continuation", Direction.Higher)]
    [InlineData("Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi giảm xuống còn 22%", "child-stunting", Direction.Lower)]
    [InlineData("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể nhẹ cân dưới 12%", "child-underweight", Direction.Lower)]
    [InlineData("Giảm tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng 1%/năm", "malnutrition-reduction", Direction.Higher)]
    [InlineData("Tỷ lệ người dân tham gia BHYT đạt 95% trở lên", "health-insurance", Direction.Higher)]
    [InlineData("Số bác sĩ/vạn dân đạt 12 bác sĩ", "doctors-per-10000", Direction.Higher)]
    [InlineData("Tỷ lệ tăng dân số tự nhiên dưới 1,2%", "natural-population-growth", Direction.Lower)]
    [InlineData("Tỷ suất sinh thô giảm xuống còn 16‰", "crude-birth-rate", Direction.Lower)]
    [InlineData("Tỷ lệ sinh con thứ 3 trở lên dưới 10%", "third-child-births", Direction.Lower)]
    [InlineData("Tỷ số giới tính khi sinh không quá 110 bé trai/100 bé gái", "sex-ratio-at-birth", Direction.Lower)]
    [InlineData("Tỷ lệ lao động có việc làm qua đào tạo đạt 65%", "trained-labour", Direction.Higher)]
    [InlineData("Giải quyết việc làm mới cho 300 lao động", "new-jobs", Direction.Higher)]
    [InlineData("Tỷ lệ người tham gia BHXH tự nguyện đạt 5% lực lượng lao động", "voluntary-social-insurance", Direction.Higher)]
    [InlineData("Tỷ lệ hộ cận nghèo dưới 8%", "near-poverty-rate", Direction.Lower)]
    [InlineData("Tỷ lệ thôn, bản có nhà văn hóa đạt 100%", "village-cultural-houses", Direction.Higher)]
    [InlineData("90% thôn, bản, tổ dân phố đạt tiêu chuẩn an toàn về an ninh, trật tự", "security-standard-villages", Direction.Higher)]
    [InlineData("Tỷ lệ điều tra, khám phá án hình sự đạt trên 75%", "crime-clearance", Direction.Higher)]
    [InlineData("Không để phát sinh người nghiện ma túy mới", "drug-users", Direction.Lower)]
    [InlineData("Hoàn thành 100% chỉ tiêu giao quân hằng năm", "military-recruitment", Direction.Higher)]
    [InlineData("Tỷ lệ hộ gia đình thực hiện phân loại chất thải rắn sinh hoạt tại nguồn đạt 50%", "source-sorted-waste", Direction.Higher)]
    [InlineData("Tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 90%", "household-sanitation", Direction.Higher)]
    [InlineData("Tỷ lệ dân số nông thôn được sử dụng nước sạch theo quy chuẩn đạt 60%", "clean-water", Direction.Higher)]
    [InlineData("Không còn cơ sở gây ô nhiễm môi trường nghiêm trọng", "polluting-facilities", Direction.Lower)]
    [InlineData("Diện tích rừng được khoanh nuôi, bảo vệ 1.500 ha", "forest-protection", Direction.Higher)]
    [InlineData("Chính quyền xã hằng năm hoàn thành tốt nhiệm vụ trở lên", "government-good", Direction.Higher)]
    [InlineData("Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội hằng năm hoàn thành tốt nhiệm vụ trở lên", "mass-organisations-good", Direction.Higher)]
    [InlineData("Xóa bản trắng đảng viên", "villages-without-party-members", Direction.Higher)]
    public void A_provincial_wording_reaches_its_entry(string indicator, string code, Direction direction)
    {
        var catalogue = IndicatorCatalogue.Default;
        var match = catalogue.Match(indicator);
        Assert.Equal(code, match?.Indicator.Code);
        Assert.Equal(direction, DirectionResolver.Resolve(match, Scoring.ScoringRows.Row(indicator, "", ""), catalogue).Direction);
        Assert.Equal(code, catalogue.Match(indicator.Normalize(NormalizationForm.FormD))?.Indicator.Code);
    }

    [Theory]
    [InlineData("Tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ và chủ động tham gia khám sức khỏe", "irrigated-area")]
    [InlineData("Số hộ có thu nhập khá tăng dần qua các năm", "natural-population-growth")]
    [InlineData("Tiêm phòng vắc xin Covid-19 cho người dân từ 18 tuổi trở lên", "livestock-vaccination")]
    [InlineData("Điều tra, rà soát hộ nghèo đảm bảo an toàn, đúng quy định", "crime-clearance")]
    public void A_shared_word_does_not_pull_a_text_to_an_unrelated_entry(string indicator, string unrelated)
    {
        Assert.NotEqual(unrelated, IndicatorCatalogue.Default.Match(indicator)?.Indicator.Code);
    }

    [Fact]
    public void A_crop_particular_to_a_province_is_left_to_its_extension()
    {
        // A province extension adds "tea-area" (Pipeline.Storage.Tests) and expects the built-in catalogue not to know it.
        Assert.Null(IndicatorCatalogue.Default.Match("Diện tích chè đạt 120 ha"));
        Assert.Null(IndicatorCatalogue.Default.Find("tea-area"));
    }

    [Theory]
    [InlineData("child-stunting", "%", false)]
    [InlineData("traffic-accidents", "Vụ", true)]
    [InlineData("grain-output", "Tấn", true)]
    [InlineData("grain-per-capita", "kg/người/năm", false)]
    [InlineData("road-hardening-length", "km", true)]
    [InlineData("road-hardening-rate", "%", false)]
    [InlineData("new-rural-advanced-criteria", "Tiêu chí", false)]
    public void Units_and_additivity_follow_what_the_value_is(string code, string unit, bool additive)
    {
        var indicator = IndicatorCatalogue.Default.Find(code);
        Assert.NotNull(indicator);
        Assert.Equal(unit, indicator.Unit);
        Assert.Equal(additive, indicator.Additive);
    }
}
