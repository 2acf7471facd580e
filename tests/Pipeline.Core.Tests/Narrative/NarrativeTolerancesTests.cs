using Pipeline.Core.Narrative;

namespace Pipeline.Core.Tests.Narrative;

public class NarrativeTolerancesTests
{
    [Theory]
    [InlineData("16.2", "16.24", true)]   // the text rounds to one decimal
    [InlineData("16.2", "16.15", true)]
    [InlineData("16.2", "16.5", false)]   // Bó Sinh's malnutrition: a different figure
    [InlineData("80", "80.4", true)]
    [InlineData("80", "80.6", false)]
    [InlineData("27.5", "27.56", false)]  // one decimal each way: 27,5 is not 27,56
    [InlineData("87.33", "87.33", true)]
    [InlineData("53", "54", false)]
    public void Figures_agree_within_half_a_unit_of_the_less_precise(string stated, string table, bool same) =>
        Assert.Equal(same, NarrativeTolerances.SameFigure(decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(table, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("152.7", "152.7777", true)]
    [InlineData("443.3", "266", false)]
    [InlineData("101", "101.077", true)]
    [InlineData("99", "100", false)] // a full point apart
    public void Percents_agree_within_one_point(string stated, string computed, bool same) =>
        Assert.Equal(same, NarrativeTolerances.SamePercent(decimal.Parse(stated, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(computed, System.Globalization.CultureInfo.InvariantCulture)));
}
