using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Catalogue;

/// <summary>
/// Growing the catalogue must not move a seed row to another indicator or direction: every
/// target row of the sample workbooks keeps the entry (ordinal:code:direction) it had when the
/// catalogue held only the 42 entries taken from them.
/// </summary>
public class SeedIndicatorMatchTests
{
    public static TheoryData<string, string[]> Expected => new()
    {
        {
            "chieng-en-2020-2025.xlsx",
            [
                "1:income-per-capita:higher",
                "2:orchard-area:higher",
                "3:budget-revenue:higher",
                "4:agricultural-labour-share:lower",
                "5:new-cooperatives:higher",
                "6:cooperatives-maintained:higher",
                "7:national-standard-schools:higher",
                "8:child-vaccination:higher",
                "9:health-station-standard:higher",
                "10:cultured-families:higher",
                "11:health-insurance:higher",
                "12:internet-users:higher",
                "13:poverty-reduction:higher",
                "14:household-electricity:higher",
                "15:security-standard-villages:higher",
                "16:new-rural-criteria:higher",
                "17:hygienic-water:higher",
                "18:solid-waste-collection:higher",
                "19:forest-cover:higher",
                "20:new-party-members:higher",
                "21:grassroots-leaders-trained:higher",
            ]
        },
        {
            "pu-bau-2020-2025.xlsx",
            [
                "1:budget-revenue:higher",
                "2:trained-labour:higher",
                "3:income-per-capita:higher",
                "4:orchard-new-planting:higher",
                "5:new-cooperatives:higher",
                "6:child-vaccination:higher",
                "7:health-station-standard:higher",
                "8:poverty-reduction:higher",
                "9:cultured-families:higher",
                "10:cultured-villages:higher",
                "11:internet-users:higher",
                "12:security-standard-offices:higher",
                "13:security-standard-villages:higher",
                "14:household-electricity:higher",
                "15:health-insurance:higher",
                "16:new-rural-criteria:higher",
                "17:forest-cover:higher",
                "18:hygienic-water:higher",
                "19:new-party-members:higher",
                "20:party-cells-good:higher",
                "21:party-cells-excellent:higher",
                "22:party-members-good:higher",
                "23:party-members-excellent:higher",
                "24:party-committee-good:higher",
                "25:grassroots-leaders-trained:higher",
                "26:civil-servants-standard:higher",
            ]
        },
        {
            "bo-sinh-2020-2025.xlsx",
            [
                "1:budget-revenue:higher",
                "2:trained-labour:higher",
                "3:income-per-capita:higher",
                "4:orchard-area:higher",
                "5:new-rural-criteria:higher",
                "6:national-standard-schools:higher",
                "7:child-malnutrition:lower",
                "8:health-station-standard:higher",
                "9:poverty-reduction:higher",
                "10:cultured-families:higher",
                "11:security-standard-offices:higher",
                "12:household-electricity:higher",
                "13:health-insurance:higher",
                "14:forest-cover:higher",
                "15:hygienic-water:higher",
                "16:solid-waste-collection:higher",
                "17:new-party-members:higher",
                "18:party-cells-good:higher",
            ]
        },
        {
            "bo-sinh-2025-2030-targets.xlsx",
            [
                "1:budget-revenue:higher",
                "2:income-per-capita:higher",
                "3:new-cooperatives:higher",
                "4:orchard-new-planting:higher",
                "5:orchard-area:higher",
                "6:orchard-certified-area:higher",
                "7:ocop-products:higher",
                "8:large-livestock:higher",
                "9:agricultural-labour-share:lower",
                "10:trained-labour:higher",
                "11:trained-labour-certified:higher",
                "12:new-rural-criteria:higher",
                "13:national-standard-schools:higher",
                "14:child-vaccination:higher",
                "15:poverty-reduction:higher",
                "16:cultured-families:higher",
                "17:health-insurance:higher",
                "18:social-insurance:higher",
                "19:unemployment-insurance:higher",
                "20:security-standard-offices:higher",
                "21:security-standard-villages:higher",
                "22:hygienic-water:higher",
                "23:clean-water:higher",
                "24:solid-waste-collection:higher",
                "25:new-forest-planting:higher",
                "26:forest-cover:higher",
                "27:party-organisations-rated-good:higher",
                "28:new-party-members:higher",
                "29:grassroots-leaders-trained:higher",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Seed_rows_keep_their_indicator_and_direction(string file, string[] expected)
    {
        using var stream = File.OpenRead(RepositoryLayout.Sample(file));
        var workbook = ScoredWorkbook.From(stream, AnnexReadOptions.Default, IndicatorCatalogue.Default);
        var actual = workbook.Annexes
            .SelectMany(a => a.Targets)
            .Select(t => $"{t.Row.Ordinal}:{t.IndicatorCode ?? "-"}:{t.Direction.ToString().ToLowerInvariant()}")
            .ToArray();
        Assert.Equal(expected, actual);
    }
}
