using Pipeline.Core.Values;

namespace Pipeline.Core.Tests.Values;

/// <summary>Units written differently that name one unit add up; units of another scale or kind do not (docs/consolidation.md).</summary>
public class UnitNamesTests
{
    [Theory]
    [InlineData("HTX", "Hợp tác xã")]
    [InlineData("Hợp tác xã", "htx")]
    [InlineData("Người", "Đảng viên")]
    [InlineData("Triệu", "Triệu đồng")]
    [InlineData("Tr.đ", "triệu đồng")]
    [InlineData("ha", "Ha")]
    [InlineData("Trường", "")]
    public void Spellings_of_one_unit_are_the_same(string a, string b) => Assert.True(UnitNames.Same(a, b));

    [Theory]
    [InlineData("ha", "m2")]
    [InlineData("%", "Người")]
    [InlineData("Triệu đồng", "Tỷ đồng")]
    [InlineData("Hộ", "Người")]
    public void Different_units_differ(string a, string b) => Assert.False(UnitNames.Same(a, b));

    [Fact]
    public void A_unit_cell_gives_each_part_its_unit_or_one_unit_to_all()
    {
        Assert.Equal(["Đảng viên", "%"], UnitNames.PerPart("Đảng viên, %", 2));
        Assert.Equal(["%", "%", "%"], UnitNames.PerPart("%", 3));
        Assert.Equal(["", ""], UnitNames.PerPart("ha, %, người", 2));
        Assert.True(UnitNames.IsPercent("%"));
        Assert.False(UnitNames.IsPercent("Đảng viên"));
    }
}
