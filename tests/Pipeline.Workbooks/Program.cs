using System.Diagnostics;
using System.Globalization;
using Pipeline.Workbooks;

// Regenerates the sample workbooks: `dotnet run --project tests/Pipeline.Workbooks -- samples`.
// `--bad-inputs DIR` also writes the malformed inputs there (not meant for the repository:
// the huge sheet and the zip bomb are generated, never committed).
var output = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "samples";
var badIndex = Array.IndexOf(args, "--bad-inputs");

foreach (var sample in SampleWorkbooks.All)
{
    var path = sample.WriteTo(output);
    Console.WriteLine($"{path}  {new FileInfo(path).Length.ToString("N0", CultureInfo.InvariantCulture)} bytes");
}

if (badIndex >= 0)
{
    var folder = badIndex + 1 < args.Length ? args[badIndex + 1] : "bad-inputs";
    Directory.CreateDirectory(folder);
    foreach (var (name, make) in BadInputs.Catalogue)
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
