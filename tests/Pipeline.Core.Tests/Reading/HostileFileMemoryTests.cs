using System.Diagnostics;
using System.Text.Json;
using Pipeline.Core.Text;
using Pipeline.MemoryProbe;
using Pipeline.Workbooks;
using Xunit.Abstractions;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// Each hostile file is read, scored and reported in a process of its own (Pipeline.MemoryProbe),
/// so its peak resident memory is its own: it must rise by less than 200 MB over a warmed-up
/// process, and the file must be refused (or read) as stated. Timings are printed, not asserted.
/// </summary>
public sealed class HostileFileMemoryTests(ITestOutputHelper output) : IDisposable
{
    private const long MaxPeakRiseBytes = 200L * 1024 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("hostile-").FullName;

    /// <summary>File name (from the workbook catalogues) and the wire code it must get; null when it must be read.</summary>
    public static TheoryData<string, string?> Files => new()
    {
        { "huge-shared-string.xlsx", "too-large" },
        { "many-shared-strings.xlsx", "too-large" },
        { "huge-inline-string.xlsx", "too-large" },
        { "many-cells.xlsx", "too-large" },
        { "shared-string-everywhere.xlsx", "too-large" },
        { "cell-past-last-column.xlsx", "too-large" },
        { "stray-cell-at-last-column.xlsx", null },
        { "long-indicator-in-annex.xlsx", null },
        { "huge-attribute.xlsx", "too-large" },
        { "many-number-formats.xlsx", "too-large" },
        { "many-tiny-annexes.xlsx", "too-large" },
        { "last-cell-on-many-sheets.xlsx", "too-large" },
        { "largest-readable-annexes.xlsx", null },
        { "xls-many-strings.xls", "no-annex-table" },
        { "zip-bomb.xlsx", "too-large" },
        { "strict-relocated-zip-bomb.xlsx", "too-large" },
        { "many-uncalculated-range-sums.xlsx", "no-annex-table" },
        { "long-sign-run-formula.xlsx", "no-annex-table" },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void A_hostile_file_raises_peak_memory_by_less_than_200_MB(string name, string? code)
    {
        var result = Probe(name);
        output.WriteLine($"{name}: {result.Bytes:N0} bytes, code {result.Code ?? "(read)"}, " +
            $"peak rise {result.PeakRiseBytes / (1024d * 1024d):0.0} MB ({result.Source}), {result.Seconds:0.000} s");

        Assert.Equal(code, result.Code);
        Assert.True(result.PeakRiseBytes < MaxPeakRiseBytes, $"{name} raised the peak by {result.PeakRiseBytes:N0} bytes");
        // Nothing in the answer echoes a cell whole: the longest text quotes at most three excerpts.
        Assert.True(result.LongestReportString <= 4 * Excerpt.MaxCharacters, $"{name}: a report string of {result.LongestReportString} characters");
        if (code is null) Assert.True(result.Targets > 0, $"{name} was read but gave no targets");
    }

    private ProbeResult Probe(string name)
    {
        var make = HostileWorkbooks.Catalogue.Concat(BadInputs.Catalogue).Single(f => f.FileName == name).Create;
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, make());

        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Pipeline.MemoryProbe.dll"));
        start.ArgumentList.Add(path);
        start.ArgumentList.Add("--seed");
        start.ArgumentList.Add(RepositoryLayout.Sample("pu-bau-2020-2025.xlsx"));

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"The probe did not finish {name} within two minutes.");
        }
        Assert.True(process.ExitCode == 0, $"probe exit {process.ExitCode}: {stderr.Result}");
        return JsonSerializer.Deserialize<ProbeResult>(stdout, ProbeResult.JsonOptions)
            ?? throw new InvalidOperationException($"The probe printed no result: {stdout}");
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
