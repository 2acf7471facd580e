using BenchmarkDotNet.Attributes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;

namespace Pipeline.Benchmarks;

/// <summary>
/// The headline: bytes of an annex workbook to scored targets (<see cref="ScoredWorkbook.From"/>),
/// against the floor of inflating and tokenising the worksheet XML. Ratio is to the floor.
/// </summary>
[MemoryDiagnoser]
[ShortBenchmarkJob]
[Orderer(BenchmarkDotNet.Order.SummaryOrderPolicy.Declared, BenchmarkDotNet.Order.MethodOrderPolicy.Declared)]
public class ReadAndScoreBenchmarks
{
    private byte[] _bytes = [];
    private IndicatorCatalogue _catalogue = null!;

    [Params(BenchmarkWorkbook.PuBauSeed, BenchmarkWorkbook.Rows2000)]
    public BenchmarkWorkbook Workbook { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _catalogue = IndicatorCatalogue.Default;
        _bytes = BenchmarkWorkbooks.Bytes(Workbook);
        BenchmarkSetup.ReadAndCheck(Workbook, _bytes, _catalogue);
    }

    [Benchmark(Baseline = true, Description = "Floor: zip + XmlReader over worksheet XML")]
    public long Floor() => PackageFloor.WalkWorksheets(_bytes);

    [Benchmark(Description = "Reference: zip + XmlReader over all XML parts")]
    public long FloorAllParts() => PackageFloor.WalkAllParts(_bytes);

    [Benchmark(Description = "ScoredWorkbook.From (read + score)")]
    public int ReadAndScore()
    {
        var scored = ScoredWorkbook.From(new MemoryStream(_bytes, writable: false), AnnexReadOptions.Default, _catalogue);
        var targets = 0;
        foreach (var annex in scored.Annexes) targets += annex.Targets.Count;
        return targets;
    }
}
