using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Catalogue;

/// <summary>
/// Each part of a composite row takes the indicator of the clause that carries its figure
/// (docs/consolidation.md, "Composite rows"); a part that cannot be attributed confidently gets none.
/// </summary>
public class CompositePartsTests
{
    private static IReadOnlyList<string?>? Attribute(string indicator, string unit, string target) =>
        CompositeParts.Attribute(IndicatorCatalogue.Default, indicator, unit, AnnexValueParser.Parse(target));

    [Fact]
    public void The_old_Bo_Sinh_row_17_is_new_party_members_and_trained_party_cell_secretaries()
    {
        Assert.Equal(["new-party-members", "grassroots-leaders-trained"], Attribute(
            "Kết nạp mới 35 đảng viên trở lên; 100% bí thư chi bộ, tổ trưởng tổ dân phố, trưởng ban công tác mặt trận được tập huấn, bồi dưỡng nghiệp vụ.",
            "Đảng viên, %", "35 đảng viên và 100%")!);
    }

    [Fact]
    public void A_composite_of_area_and_rate_gives_each_part_its_indicator()
    {
        Assert.Equal(["orchard-new-planting", "forest-cover"],
            Attribute("Trồng mới 50 ha cây ăn quả; tỷ lệ che phủ rừng đạt 40%", "ha, %", "50-40")!);
    }

    [Fact]
    public void A_part_whose_unit_contradicts_its_clause_indicator_is_left_unattributed()
    {
        // The unit cell says both parts are hectares, but forest cover is a percent.
        Assert.Equal(["orchard-new-planting", null], Attribute("Trồng mới 50 ha cây ăn quả; tỷ lệ che phủ rừng đạt 40%", "ha", "50-40")!);
    }

    [Fact]
    public void A_part_whose_figure_no_clause_carries_is_left_unattributed()
    {
        // Bó Sinh (cũ) row 10: the cell says 20 % of villages, the target 50.
        Assert.Equal(["cultured-families", null], Attribute(
            "Tỷ lệ hộ gia đình đạt danh hiệu gia đình văn hoá đạt 70% trở lên. Bản đạt tiêu chuẩn Bản văn hóa đạt 20% trở lên", "%", "70-50")!);
    }

    [Fact]
    public void Figures_carried_by_several_clauses_out_of_order_are_not_guessed()
    {
        // Bó Sinh (cũ) row 18: three parts, 80 and 20 each in two clauses, three clauses not in step with the parts.
        Assert.Equal([null, null, null], Attribute(
            "Phấn đấu hàng năm đạt 80% chi bộ hoàn thành tốt nhiệm vụ trở lên, trong đó 20% chi bộ đạt trong sạch vững mạnh; 80% đảng viên hoàn thành tốt nhiệm vụ trở lên, trong đó 20% đảng viên hoàn thành xuất sắc nhiệm vụ. Hằng năm Đảng bộ được công nhận hoàn thành tốt nhiệm vụ trở lên",
            "%", "80-20-20")!);
    }

    [Fact]
    public void Two_parts_that_would_take_one_indicator_take_none()
    {
        Assert.Equal([null, null], Attribute("Thu ngân sách trên địa bàn 300 triệu; thu ngân sách xã 200 triệu", "Triệu đồng", "300-200")!);
    }

    [Theory]
    [InlineData("Tỷ lệ hộ nghèo", "%", "10-12%")]
    [InlineData("Kết nạp đảng viên mới", "Đảng viên", "35")]
    [InlineData("Giữ vững xã đạt chuẩn nông thôn mới", "", "Duy trì")]
    public void Ranges_single_figures_and_words_are_not_composites(string indicator, string unit, string target) =>
        Assert.Null(Attribute(indicator, unit, target));

    [Fact]
    public void Scoring_records_the_part_codes_and_the_report_carries_them()
    {
        var row = new AnnexRow(30, "17", TargetGroup.Party,
            "Kết nạp mới 35 đảng viên trở lên; 100% bí thư chi bộ được tập huấn, bồi dưỡng nghiệp vụ.", "Đảng viên, %",
            AnnexValueParser.Parse("35 đảng viên và 100%"), AnnexValueParser.Parse("109 đảng viên và 100%"), AnnexValue.Empty, "", null);
        var report = AnnexReports.ForTarget(TargetScorer.Score(row, AnnexKind.Results, IndicatorCatalogue.Default));
        Assert.Equal("new-party-members", report.IndicatorCode);
        Assert.Equal(["new-party-members", "grassroots-leaders-trained"], report.PartCodes!);
        var single = AnnexReports.ForTarget(TargetScorer.Score(row with { Indicator = "Kết nạp đảng viên mới", Unit = "Đảng viên",
            Target = AnnexValueParser.Parse("35"), Actual = AnnexValueParser.Parse("109") }, AnnexKind.Results, IndicatorCatalogue.Default));
        Assert.Null(single.PartCodes);
        Assert.DoesNotContain("partCodes", System.Text.Json.JsonSerializer.Serialize(single, ReportJson.Options), StringComparison.Ordinal);
    }
}
