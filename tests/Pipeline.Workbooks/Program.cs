using System.Diagnostics;
using System.Globalization;
using Pipeline.Workbooks;

// Regenerates the sample workbooks and the sample Word report: `dotnet run --project tests/Pipeline.Workbooks -- samples`.
// `--bad-inputs DIR` also writes the malformed inputs there (not meant for the repository:
// the huge sheet and the zip bomb are generated, never committed). `--hostile DIR` writes the
// hostile workbooks (HostileWorkbooks) there, for the memory probe.
var output = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "samples";
var badIndex = Array.IndexOf(args, "--bad-inputs");
var hostileIndex = Array.IndexOf(args, "--hostile");

foreach (var sample in SampleWorkbooks.All)
{
    var path = sample.WriteTo(output);
    Console.WriteLine($"{path}  {new FileInfo(path).Length.ToString("N0", CultureInfo.InvariantCulture)} bytes");
}

foreach (var report in SampleReports.All)
{
    var path = report.WriteTo(output);
    Console.WriteLine($"{path}  {new FileInfo(path).Length.ToString("N0", CultureInfo.InvariantCulture)} bytes");
}

if (badIndex >= 0) WriteAll(badIndex + 1 < args.Length ? args[badIndex + 1] : "bad-inputs", [.. BadInputs.Catalogue, .. BadReports.Catalogue]);
if (hostileIndex >= 0) WriteAll(hostileIndex + 1 < args.Length ? args[hostileIndex + 1] : "hostile", HostileWorkbooks.Catalogue);

static void WriteAll(string folder, IReadOnlyList<(string FileName, Func<byte[]> Create)> files)
{
    Directory.CreateDirectory(folder);
    foreach (var (name, make) in files)
    {
        var clock = Stopwatch.StartNew();
        var bytes = make();
        clock.Stop();
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{path}  {bytes.Length:N0} bytes  generated in {clock.Elapsed.TotalSeconds:0.00} s"));
    }
}
