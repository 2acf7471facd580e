using Pipeline.Core.Tests.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Narrative;

/// <summary>
/// The seed report's three annexes, read from the committed sample workbooks and scored with the default
/// catalogue, and the paragraphs of its results section (<see cref="SeedReportText"/>).
/// </summary>
internal static class SeedReportSamples
{
    private static readonly Lazy<IReadOnlyList<ScoredAnnex>> Scored = new(() =>
        new[] { "chieng-en-2020-2025.xlsx", "pu-bau-2020-2025.xlsx", "bo-sinh-2020-2025.xlsx" }.Select(SeedReading.Sample).ToArray());

    /// <summary>Chiềng En (biểu số 01), Pú Bẩu (02), Bó Sinh (03), in that order.</summary>
    public static IReadOnlyList<ScoredAnnex> Annexes => Scored.Value;

    /// <summary>The paragraphs of the section "2. Kết quả thực hiện các chỉ tiêu …" up to "II- ĐÁNH GIÁ TỔNG QUÁT …", both excluded.</summary>
    public static IReadOnlyList<string> ResultsSection()
    {
        var all = SeedReportText.Lines.ToList();
        var start = all.FindIndex(p => p.StartsWith("2. Kết quả thực hiện các chỉ tiêu", StringComparison.Ordinal));
        var end = all.FindIndex(start, p => p.StartsWith("II- ĐÁNH GIÁ TỔNG QUÁT", StringComparison.Ordinal));
        return all.Skip(start + 1).Take(end - start - 1).ToArray();
    }
}
