using System.Diagnostics;
using System.Text.Json;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.MemoryProbe;

// Measures what reading and scoring one file costs in memory, in a process of its own so
// nothing else shares the peak: `dotnet Pipeline.MemoryProbe.dll FILE [--seed SEED.xlsx]`.
// Warms up on the seed annex (JIT, catalogue, code pages), then reads, scores and reports FILE
// as the hosts do, and prints one JSON object (ProbeResult) on stdout. Exit code 2: bad usage.
if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
{
    Console.Error.WriteLine("usage: Pipeline.MemoryProbe FILE [--seed SEED.xlsx]");
    return 2;
}

var file = args[0];
var seedIndex = Array.IndexOf(args, "--seed");
var seed = seedIndex >= 0 && seedIndex + 1 < args.Length ? args[seedIndex + 1] : SeedSample.Find();

var warmUp = ReadAndReport(seed);
if (warmUp.Read.IsRefused) throw new InvalidOperationException($"The seed {seed} was refused: {warmUp.Read.Error}");

GC.Collect();
GC.WaitForPendingFinalizers();
GC.Collect();
var before = PeakMemory.ResetAndRead();

var clock = Stopwatch.StartNew();
var workbook = ReadAndReport(file);
clock.Stop();
var peak = PeakMemory.Read();

var report = AnnexReports.ForFile(Path.GetFileName(file), workbook);
var json = JsonSerializer.Serialize(report, ReportJson.Options);
var result = new ProbeResult(
    File: Path.GetFileName(file),
    Bytes: new FileInfo(file).Length,
    Code: report.Error?.Code,
    Annexes: workbook.Annexes.Count,
    Targets: workbook.Annexes.Sum(a => a.Targets.Count),
    ReportChars: json.Length,
    LongestReportString: LongestString(json),
    BaselineBytes: before.Bytes,
    PeakBytes: peak.Bytes,
    PeakRiseBytes: Math.Max(0, peak.Bytes - before.Bytes),
    Source: peak.Source,
    Seconds: Math.Round(clock.Elapsed.TotalSeconds, 3));
Console.WriteLine(JsonSerializer.Serialize(result, ProbeResult.JsonOptions));
GC.KeepAlive(workbook);
return 0;

// The same path as the hosts: ScoredWorkbook.From (AnnexReader.Read, then TargetScorer), then the report JSON.
static ScoredWorkbook ReadAndReport(string path)
{
    using var stream = File.OpenRead(path);
    var workbook = ScoredWorkbook.From(stream, AnnexReadOptions.Default, IndicatorCatalogue.Default);
    _ = JsonSerializer.Serialize(AnnexReports.ForFile(Path.GetFileName(path), workbook), ReportJson.Options);
    return workbook;
}

// The longest string value in the report JSON: what a huge cell would look like if echoed.
static int LongestString(string json)
{
    using var document = JsonDocument.Parse(json);
    return Longest(document.RootElement);

    static int Longest(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!.Length,
        JsonValueKind.Object => element.EnumerateObject().Select(p => Longest(p.Value)).DefaultIfEmpty(0).Max(),
        JsonValueKind.Array => element.EnumerateArray().Select(Longest).DefaultIfEmpty(0).Max(),
        _ => 0,
    };
}
