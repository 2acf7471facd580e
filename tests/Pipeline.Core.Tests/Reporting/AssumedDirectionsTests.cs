using Pipeline.Core.Annexes;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;

namespace Pipeline.Core.Tests.Reporting;

public class AssumedDirectionsTests
{
    private static TargetReport Target(int row, string indicator, bool assumed, Direction direction = Direction.Higher, string unit = "%",
        string reason = "default: higher is better", bool qualitative = false) =>
        new(row, row.ToString(System.Globalization.CultureInfo.InvariantCulture), null, indicator, null, unit, [10m], "10", [12m], "12", [], null, "",
            direction, reason, [], 120m, TargetStatus.Exceeded, [], qualitative, assumed);

    private static AnnexReport Annex(string sheet, params TargetReport[] targets) =>
        new(sheet, null, "2020-2025", AnnexKind.Results, 5, targets,
            new CountsReport(new ComputedCounts(0, 0, 0, 0), new ReportedCounts(0, 0, 0, 0), null), [], []);

    [Fact]
    public void Groups_by_normalised_text_and_keeps_the_first_wording_unit_and_direction()
    {
        var chiengEn = new CommuneAnnexes("son-la/chieng-en", "Chiềng Én", [Annex("Biểu 1",
            Target(7, "Tỷ lệ hộ dùng nước sạch", assumed: true, reason: "commune's arithmetic: actual over target"),
            Target(8, "Thu nhập bình quân", assumed: false))]);
        var puBau = new CommuneAnnexes("son-la/pu-bau", "Pú Bẩu", [Annex("Biểu 2",
            Target(11, "Phấn đấu tỷ lệ hộ  dùng NƯỚC SẠCH đạt 95%", assumed: true, direction: Direction.Lower, unit: "% số hộ"),
            Target(12, "Số vụ cháy rừng", assumed: true, direction: Direction.Lower, unit: "vụ"))]);

        var groups = AssumedDirections.Collect([chiengEn, puBau]);

        Assert.Equal(2, groups.Count);
        var water = groups[0];
        Assert.Equal(("Tỷ lệ hộ dùng nước sạch", "%", Direction.Higher, "commune's arithmetic: actual over target"),
            (water.Indicator, water.Unit, water.Direction, water.DirectionReason));
        Assert.Equal(["son-la/chieng-en", "son-la/pu-bau"], water.Communes);
        Assert.Equal([new AssumedDirectionOccurrence("son-la/chieng-en", "Chiềng Én", "Biểu 1", 7), new AssumedDirectionOccurrence("son-la/pu-bau", "Pú Bẩu", "Biểu 2", 11)],
            water.Occurrences);
        var fires = groups[1];
        Assert.Equal(("Số vụ cháy rừng", "vụ", Direction.Lower), (fires.Indicator, fires.Unit, fires.Direction));
        Assert.Equal("son-la/pu-bau", Assert.Single(fires.Communes));
    }

    [Fact]
    public void Leaves_out_confirmed_directions_and_qualitative_targets()
    {
        var commune = new CommuneAnnexes("son-la/chieng-en", "Chiềng Én", [Annex("Biểu 1",
            Target(7, "Tỷ lệ che phủ rừng", assumed: false),
            Target(8, "Xây dựng nông thôn mới", assumed: true, qualitative: true))]);

        Assert.Empty(AssumedDirections.Collect([commune]));
    }

    [Fact]
    public void Rows_repeated_in_one_commune_count_the_commune_once()
    {
        var commune = new CommuneAnnexes("son-la/chieng-en", "Chiềng Én", [
            Annex("Biểu 1", Target(7, "Số hộ nghèo", assumed: true, direction: Direction.Lower, unit: "hộ")),
            Annex("Biểu 2", Target(9, "số hộ nghèo", assumed: true, direction: Direction.Lower, unit: "hộ"))]);

        var group = Assert.Single(AssumedDirections.Collect([commune]));
        Assert.Equal("son-la/chieng-en", Assert.Single(group.Communes));
        Assert.Equal([7, 9], group.Occurrences.Select(o => o.Row));
    }
}
