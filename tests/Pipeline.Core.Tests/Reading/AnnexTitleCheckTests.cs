using Pipeline.Core.Annexes;
using Pipeline.Core.Reading;

namespace Pipeline.Core.Tests.Reading;

public class AnnexTitleCheckTests
{
    private static Annex Titled(string? commune, string? term, string sheet = "Biểu 01") => new(sheet, commune, term, AnnexKind.Results, 5, []);

    [Theory]
    [InlineData("Chiềng En", "Chiềng En")]
    [InlineData("CHIỀNG EN", "Chiềng En")]
    [InlineData("Bó Sinh", "Bó Sinh (cũ)")] // the old commune's own title has no qualifier
    [InlineData(null, "Chiềng En")] // a title without a commune says nothing
    public void Matching_or_silent_titles_give_no_warning(string? titled, string registered) =>
        Assert.Empty(AnnexTitleCheck.Warnings([Titled(titled, "2020-2025")], registered, "2020-2025"));

    [Fact]
    public void Another_communes_annex_is_named_in_the_warning()
    {
        var warning = Assert.Single(AnnexTitleCheck.Warnings([Titled("Pú Bẩu", "2020-2025")], "Chiềng En", "2020-2025"));
        Assert.Contains("“Pú Bẩu”", warning, StringComparison.Ordinal);
        Assert.Contains("xã Chiềng En", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Another_term_is_named_and_each_sheet_of_a_workbook_is_checked()
    {
        var warnings = AnnexTitleCheck.Warnings([Titled("Bó Sinh", "2025-2030", "Biểu 01"), Titled("Bó Sinh", "2020-2025", "Biểu 02")], "Bó Sinh", "2020-2025");
        var warning = Assert.Single(warnings);
        Assert.StartsWith("Biểu ở trang “Biểu 01” ghi nhiệm kỳ 2025-2030", warning, StringComparison.Ordinal);
    }
}
