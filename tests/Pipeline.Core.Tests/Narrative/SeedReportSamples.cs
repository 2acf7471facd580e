using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Narrative;

/// <summary>The seed report's three annexes, read from the committed sample workbooks and scored with the default catalogue.</summary>
internal static class SeedReportSamples
{
    private static readonly Lazy<IReadOnlyList<ScoredAnnex>> Scored = new(() =>
        new[] { "chieng-en-2020-2025.xlsx", "pu-bau-2020-2025.xlsx", "bo-sinh-2020-2025.xlsx" }.Select(Score).ToArray());

    /// <summary>Chiềng En (biểu số 01), Pú Bẩu (02), Bó Sinh (03), in that order.</summary>
    public static IReadOnlyList<ScoredAnnex> Annexes => Scored.Value;

    private static ScoredAnnex Score(string file)
    {
        using var stream = File.OpenRead(RepositoryLayout.Sample(file));
        var workbook = ScoredWorkbook.From(stream, AnnexReadOptions.Default, IndicatorCatalogue.Default);
        Assert.Null(workbook.Read.Error);
        return Assert.Single(workbook.Annexes);
    }
}
