using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// Asserts that a file in some quirky form reads exactly as the committed sample of the same
/// annex: commune, term, kind, and every target's ordinal, figures, computed status and
/// findings. The samples themselves are checked against the hand calculation in
/// <c>SeedAnnexScoringTests</c>.
/// </summary>
internal static class SeedReading
{
    public static ScoredAnnex AssertReadsAs(string sample, byte[] file)
    {
        var expected = Single(File.ReadAllBytes(RepositoryLayout.Sample(sample)));
        var actual = Single(file);
        Assert.Equal(expected.Annex.Commune, actual.Annex.Commune);
        Assert.Equal(expected.Annex.Term, actual.Annex.Term);
        Assert.Equal(expected.Annex.Kind, actual.Annex.Kind);
        Assert.Equal(Describe(expected), Describe(actual));
        Assert.Equal(expected.Computed, actual.Computed);
        Assert.Equal(expected.Reported, actual.Reported);
        return actual;
    }

    /// <summary>The same assertions for an annex read from a file of several (a Word report's tables).</summary>
    public static void AssertSameAs(ScoredAnnex expected, ScoredAnnex actual)
    {
        Assert.Equal(expected.Annex.Commune, actual.Annex.Commune);
        Assert.Equal(expected.Annex.Term, actual.Annex.Term);
        Assert.Equal(expected.Annex.Kind, actual.Annex.Kind);
        Assert.Equal(expected.Annex.Period, actual.Annex.Period);
        var rows = Describe(expected).Zip(Describe(actual)).Where(p => p.First != p.Second).Select(p => $"{p.First}\n  ≠ {p.Second}");
        Assert.True(!rows.Any(), string.Join('\n', rows));
        Assert.Equal(Describe(expected), Describe(actual));
        Assert.Equal(expected.Computed, actual.Computed);
        Assert.Equal(expected.Reported, actual.Reported);
    }

    /// <summary>The one annex of a committed sample workbook, scored.</summary>
    public static ScoredAnnex Sample(string sample) => Single(File.ReadAllBytes(RepositoryLayout.Sample(sample)));

    private static ScoredAnnex Single(byte[] file)
    {
        var workbook = ScoredWorkbook.From(new MemoryStream(file, writable: false), AnnexReadOptions.Default, IndicatorCatalogue.Default);
        Assert.Null(workbook.Read.Error);
        return Assert.Single(workbook.Annexes);
    }

    private static string[] Describe(ScoredAnnex annex) => annex.Targets.Select(t =>
        $"{t.Row.Ordinal} | {t.Row.Indicator} | {string.Join(';', t.Row.Target.Parts)} | {string.Join(';', t.Row.Actual.Parts)} | " +
        $"{string.Join(';', t.Row.ReportedPercent.Parts)} | {t.Row.ReportedVerdict} | {t.Status} | " +
        string.Join(',', t.Findings.Select(f => f.Code))).ToArray();
}
