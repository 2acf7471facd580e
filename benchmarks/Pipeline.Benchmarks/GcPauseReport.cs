using System.Diagnostics;
using System.Globalization;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;

namespace Pipeline.Benchmarks;

/// <summary>
/// What BenchmarkDotNet does not show: how much of each operation's wall time the process
/// spent paused for garbage collection (GC.GetTotalPauseDuration), next to GC counts and
/// bytes allocated. A plain warm loop in one process, so a companion to the benchmarks, not
/// a replacement: run with <c>-- --gc-report</c>.
/// </summary>
public static class GcPauseReport
{
    public static void Run(TextWriter output)
    {
        var catalogue = IndicatorCatalogue.Default;
        foreach (var workbook in Enum.GetValues<BenchmarkWorkbook>())
        {
            var bytes = BenchmarkWorkbooks.Bytes(workbook);
            var annexes = BenchmarkSetup.ReadAndCheck(workbook, bytes, catalogue).Read.Annexes;
            var (sheets, all, parts) = PackageFloor.Sizes(bytes);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{workbook}: .xlsx {bytes.Length:N0} B; worksheet XML {sheets:N0} B; all XML {all:N0} B in {parts} parts"));

            var operations = workbook == BenchmarkWorkbook.Rows2000 ? 60 : 3000;
            Measure(output, "ScoredWorkbook.From", operations,
                () => ScoredWorkbook.From(new MemoryStream(bytes, writable: false), AnnexReadOptions.Default, catalogue));
            Measure(output, "AnnexReader.Read", operations,
                () => AnnexReader.Read(new MemoryStream(bytes, writable: false), AnnexReadOptions.Default));
            Measure(output, "TargetScorer.Score", operations,
                () => annexes.Select(a => TargetScorer.Score(a, catalogue)).ToArray());
            Measure(output, "Floor", operations, () => PackageFloor.WalkWorksheets(bytes));
        }
    }

    private static void Measure(TextWriter output, string name, int operations, Func<object> operation)
    {
        // Twice as many warm-up operations as measured ones: tiered JIT must be done.
        for (var i = 0; i < operations * 2; i++) GC.KeepAlive(operation());
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        var pause = GC.GetTotalPauseDuration();
        int gen0 = GC.CollectionCount(0), gen1 = GC.CollectionCount(1), gen2 = GC.CollectionCount(2);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < operations; i++) GC.KeepAlive(operation());
        clock.Stop();

        var wall = clock.Elapsed.TotalMilliseconds / operations;
        var paused = (GC.GetTotalPauseDuration() - pause).TotalMilliseconds / operations;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-20} {wall,9:F3} ms/op   GC pause {paused,7:F3} ms/op ({100 * paused / wall,4:F1} %)   " +
            $"gen0/1/2 per op {(GC.CollectionCount(0) - gen0) / (double)operations:F2}/{(GC.CollectionCount(1) - gen1) / (double)operations:F2}/{(GC.CollectionCount(2) - gen2) / (double)operations:F2}   " +
            $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1024.0 / operations,8:N0} KB/op"));
    }
}
