using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Pipeline.Benchmarks;

/// <summary>
/// One process per case, 20 warm-up and 10 measured iterations of about 250 ms each: the whole
/// suite runs in about three minutes on a 2-core machine (eight with --launchCount 3, as used
/// for docs/benchmarks.md). The warm-up is deliberately longer than
/// the 3 iterations one might pick: the slow cases (read + score of 2,000 rows) run only two
/// operations per iteration, and methods called once per operation (AnnexReader.ReadWorkbook,
/// SheetScanner.Scan, …) stay in tier-0 JIT code until they have been called 30 times and the
/// background JIT has caught up. With 3 warm-ups the measured iterations were still falling
/// steadily (102 ms → 34 ms over ten iterations), so the mean measured the JIT, not the code.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Assembly)]
public sealed class ShortBenchmarkJobAttribute : Attribute, IConfigSource
{
    public ShortBenchmarkJobAttribute()
    {
        var job = Job.Default
            .WithLaunchCount(1)
            .WithWarmupCount(20)
            .WithIterationCount(10)
            .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250))
            .WithId("Short");
        Config = ManualConfig.CreateEmpty().AddJob(job);
    }

    public IConfig Config { get; }
}
