using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;

namespace Pipeline.Benchmarks;

/// <summary>Checks, before anything is timed, that the reader really reads the workbook (a refusal would be a fast path).</summary>
public static class BenchmarkSetup
{
    public static ScoredWorkbook ReadAndCheck(BenchmarkWorkbook workbook, byte[] bytes, IndicatorCatalogue catalogue)
    {
        var scored = ScoredWorkbook.From(new MemoryStream(bytes, writable: false), AnnexReadOptions.Default, catalogue);
        if (scored.Read.Error is { } error)
            throw new InvalidOperationException($"{workbook}: the reader refused the benchmark workbook: {error}");

        var targets = scored.Annexes.Sum(a => a.Targets.Count);
        var expected = BenchmarkWorkbooks.ExpectedTargets(workbook);
        if (targets != expected)
            throw new InvalidOperationException($"{workbook}: read {targets} targets, expected {expected}.");
        return scored;
    }
}
