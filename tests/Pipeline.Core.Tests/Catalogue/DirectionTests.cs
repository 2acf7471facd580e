using System.Text;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Scoring;
using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Catalogue;

public class DirectionTests
{
    private static (Direction Direction, string Reason, string? Code) Resolve(string indicator)
    {
        // No figures the commune's arithmetic could read: the indicator's text decides, or the default.
        var match = IndicatorCatalogue.Default.Match(indicator);
        var resolved = DirectionResolver.Resolve(match, Scoring.ScoringRows.Row(indicator, "", ""), IndicatorCatalogue.Default);
        return (resolved.Direction, resolved.Reason, match?.Indicator.Code);
    }

    [Theory]
    [InlineData("Thu nhập bình quân đầu người/năm", Direction.Higher, "income-per-capita")]
    [InlineData("Tỷ lệ lao động nông nghiệp trong tổng số lao động xã hội", Direction.Lower, "agricultural-labour-share")]
    [InlineData("Phấn đấu giảm hộ nghèo hằng năm giảm 1,4%/năm/tổng số hộ nghèo.", Direction.Higher, "poverty-reduction")]
    [InlineData("Phấn đấu giảm tỷ lệ hộ nghèo hàng năm", Direction.Higher, "poverty-reduction")]
    [InlineData("Tỷ lệ hộ nghèo", Direction.Lower, "poverty-rate")]
    [InlineData("Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng", Direction.Lower, "child-malnutrition")]
    [InlineData("Diện tích cây ăn quả đạt", Direction.Higher, "orchard-area")]
    [InlineData("Phấn đấu trồng mới cây ăn quả các loại", Direction.Higher, "orchard-new-planting")]
    [InlineData("Thu ngân sách trên địa bàn xã", Direction.Higher, "budget-revenue")]
    [InlineData("Duy trì tỉ lệ dân số được sử dụng nước sinh hoạt hợp vệ sinh", Direction.Higher, "hygienic-water")]
    [InlineData("Tỷ lệ tảo hôn trong đồng bào dân tộc", Direction.Lower, "child-marriage")]
    [InlineData("Giảm tỷ lệ sinh con thứ 3 trở lên xuống còn 5%", Direction.Lower, "third-child-births")]
    [InlineData("Giảm tỷ lệ sinh con thứ 3 trở lên 0,5%/năm", Direction.Higher, "third-child-reduction")]
    [InlineData("Số vụ tai nạn giao thông", Direction.Lower, "traffic-accidents")]
    [InlineData("Kiềm chế, giảm tai nạn giao thông trên cả 3 tiêu chí", Direction.Higher, "traffic-accident-reduction")]
    [InlineData("Số lượt khách du lịch", Direction.Higher, "tourists")]
    public void From_the_catalogue_first(string indicator, Direction expected, string code)
    {
        var resolved = Resolve(indicator);
        Assert.Equal(expected, resolved.Direction);
        Assert.Equal(code, resolved.Code);
        Assert.StartsWith("catalogue:", resolved.Reason);
        Assert.Equal(code, Resolve(indicator.Normalize(NormalizationForm.FormD)).Code);
    }

    [Theory]
    [InlineData("Tỷ lệ tử vong trẻ em dưới 1 tuổi", Direction.Lower)]
    [InlineData("Giảm tỷ lệ tử vong mẹ xuống còn 5%", Direction.Lower)]
    [InlineData("Giảm số vụ vi phạm pháp luật 10%/năm", Direction.Higher)]
    [InlineData("Số vụ cháy rừng", Direction.Lower)]
    public void From_keyword_rules_second(string indicator, Direction expected)
    {
        var resolved = Resolve(indicator);
        Assert.Null(resolved.Code);
        Assert.Equal(expected, resolved.Direction);
        Assert.StartsWith("keyword rule:", resolved.Reason);
    }

    [Fact]
    public void Higher_by_default_and_says_so()
    {
        var resolved = Resolve("Số hộ làm du lịch cộng đồng");
        Assert.Equal(Direction.Higher, resolved.Direction);
        Assert.StartsWith("default:", resolved.Reason);
    }

    [Fact]
    public void An_extension_file_adds_and_replaces_entries()
    {
        const string extension = """
            { "indicators": [ { "code": "tourists", "name": "Số lượt khách du lịch", "direction": "higher", "additive": true },
                              { "code": "child-malnutrition", "name": "Suy dinh dưỡng", "direction": "lower", "patterns": [ { "all": ["suy dinh dưỡng thể thấp còi"] } ] } ],
              "directionRules": [ { "all": ["khách du lịch"], "direction": "lower", "reason": "test rule" } ] }
            """;
        var path = Path.GetTempFileName();
        File.WriteAllText(path, extension);
        try
        {
            var catalogue = IndicatorCatalogue.LoadWithExtensions([path]);
            Assert.Equal("tourists", catalogue.Match("Số lượt khách du lịch")?.Indicator.Code);
            Assert.Single(catalogue.Indicators, i => i.Code == "child-malnutrition");
            Assert.Equal("test rule", catalogue.DirectionRules[0].Reason);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_broken_catalogue_is_refused_with_a_clear_message()
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes("""{ "indicators": [ { "code": "x", "name": "X" } ] }"""));
        var error = Assert.Throws<CatalogueException>(() => IndicatorCatalogue.Load([stream]));
        Assert.Contains("direction", error.Message);
    }

    [Theory]
    [InlineData("Số vụ cháy rừng", "Trên 5", Bound.Floor, Direction.Higher, "written bound:")]
    [InlineData("Giảm số vụ vi phạm pháp luật", "Dưới 5", Bound.Ceiling, Direction.Lower, "written bound:")]
    [InlineData("Giảm số vụ vi phạm pháp luật", "5", Bound.None, Direction.Higher, "keyword rule:")]
    [InlineData("Tỷ lệ hộ nghèo", "Trên 5", Bound.Floor, Direction.Lower, "catalogue:")]
    [InlineData("Thu ngân sách trên địa bàn xã", "Dưới 5", Bound.Ceiling, Direction.Higher, "catalogue:")]
    public void A_written_bound_ranks_between_the_catalogue_and_the_keyword_rules(string indicator, string target, Bound bound, Direction expected, string reason)
    {
        var row = Scoring.ScoringRows.Row(indicator, target, "");
        Assert.Equal(bound, row.Target.Bound);
        var resolved = DirectionResolver.Resolve(IndicatorCatalogue.Default.Match(indicator), row, IndicatorCatalogue.Default);
        Assert.Equal(expected, resolved.Direction);
        Assert.StartsWith(reason, resolved.Reason);
    }

    [Theory]
    // Catalogue first: the commune's 83,33 % (result ÷ target) would say higher, the entry says lower.
    [InlineData("Tỷ lệ hộ nghèo", "3", "2,5", "83,33", "Không đạt", Direction.Lower, "catalogue:", false)]
    // A written floor outranks arithmetic that says lower.
    [InlineData("Số hộ làm du lịch cộng đồng", "Trên 20", "25", "80", "Không đạt", Direction.Higher, "written bound:", false)]
    // The keyword rule ("cháy rừng" is a harm) outranks arithmetic that says higher.
    [InlineData("Số vụ cháy rừng", "2", "3", "150", "Vượt", Direction.Lower, "keyword rule:", false)]
    // Nothing else applies: the commune's percent is target ÷ result × 100, so lower is better.
    [InlineData("Số hộ làm du lịch cộng đồng", "20", "25", "80", "", Direction.Lower, "commune's arithmetic:", true)]
    [InlineData("Số hộ vi phạm quy ước thôn bản", "5", "4", "", "Vượt", Direction.Lower, "commune's arithmetic:", true)]
    [InlineData("Số hộ vi phạm quy ước thôn bản", "5", "6", "", "Không đạt", Direction.Lower, "commune's arithmetic:", true)]
    [InlineData("Số con gia súc, gia cầm chết do rét đậm", "100", "80", "125", "Vượt", Direction.Lower, "commune's arithmetic:", true)]
    // Evidence that agrees with the default is still evidence.
    [InlineData("Số hộ làm du lịch cộng đồng", "20", "25", "125", "Vượt", Direction.Higher, "commune's arithmetic:", true)]
    [InlineData("Số hộ vi phạm quy ước thôn bản", "5", "4", "", "Không đạt", Direction.Higher, "commune's arithmetic:", true)]
    // No evidence: equal figures, a percent and a verdict that disagree, no percent or verdict at all.
    [InlineData("Số hộ làm du lịch cộng đồng", "20", "20", "100", "Đạt", Direction.Higher, "default:", true)]
    [InlineData("Số hộ làm du lịch cộng đồng", "20", "25", "80", "Vượt", Direction.Higher, "default:", true)]
    [InlineData("Số hộ vi phạm quy ước thôn bản", "5", "4", "", "", Direction.Higher, "default:", true)]
    public void The_communes_arithmetic_ranks_between_the_keyword_rules_and_the_default(
        string indicator, string target, string actual, string percent, string verdict, Direction expected, string reason, bool assumed)
    {
        var row = Scoring.ScoringRows.Row(indicator, target, actual, percent, verdict);
        var match = IndicatorCatalogue.Default.Match(indicator, row.Target.Parts);
        var resolved = DirectionResolver.Resolve(match, row, IndicatorCatalogue.Default);
        Assert.Equal(expected, resolved.Direction);
        Assert.StartsWith(reason, resolved.Reason);
        Assert.Equal(assumed, resolved.Assumed);
    }

    [Fact]
    public void The_arithmetic_reason_shows_the_division()
    {
        var row = Scoring.ScoringRows.Row("Số hộ làm du lịch cộng đồng", "1,0", "1,25", "80");
        var resolved = DirectionResolver.Resolve(null, row, IndicatorCatalogue.Default);
        Assert.Equal(DirectionBasis.CommuneArithmetic, resolved.Basis);
        Assert.Equal("commune's arithmetic: reported 80 % = target 1 ÷ result 1,25 × 100, so lower is better", resolved.Reason);
    }
}
