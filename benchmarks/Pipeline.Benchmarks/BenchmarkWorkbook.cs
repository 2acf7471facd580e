using System.Collections.Concurrent;
using Pipeline.Workbooks;

namespace Pipeline.Benchmarks;

/// <summary>The workbooks every benchmark is run against (a BenchmarkDotNet [Params] value).</summary>
public enum BenchmarkWorkbook
{
    /// <summary>BIỂU SỐ 02 of the seed report (Pú Bẩu, 26 targets): the parts of samples/pu-bau-2020-2025.xlsx.</summary>
    PuBauSeed,

    /// <summary>A synthetic 2,000-target annex (<see cref="LargeAnnex.Create"/>), one sheet.</summary>
    Rows2000,
}

/// <summary>Builds the .xlsx bytes of each <see cref="BenchmarkWorkbook"/> in memory, once per process.</summary>
public static class BenchmarkWorkbooks
{
    private static readonly ConcurrentDictionary<BenchmarkWorkbook, byte[]> Cache = new();

    public static byte[] Bytes(BenchmarkWorkbook workbook) => Cache.GetOrAdd(workbook, Create);

    /// <summary>Targets the workbook holds; the setup checks the reader finds exactly these.</summary>
    public static int ExpectedTargets(BenchmarkWorkbook workbook) => workbook switch
    {
        BenchmarkWorkbook.PuBauSeed => SeedAnnexes.PuBau.TargetRows.Count(),
        BenchmarkWorkbook.Rows2000 => 2000,
        _ => throw new ArgumentOutOfRangeException(nameof(workbook), workbook, null),
    };

    private static byte[] Create(BenchmarkWorkbook workbook) => workbook switch
    {
        // The sheet spec Pipeline.Workbooks writes to samples/: every part is byte for byte that of
        // samples/pu-bau-2020-2025.xlsx; only the zip entries' timestamps differ.
        BenchmarkWorkbook.PuBauSeed => SampleWorkbooks.PuBau.ToBytes(),
        BenchmarkWorkbook.Rows2000 => AnnexWorkbook.ToBytes(LargeAnnex.Create(2000)),
        _ => throw new ArgumentOutOfRangeException(nameof(workbook), workbook, null),
    };
}
