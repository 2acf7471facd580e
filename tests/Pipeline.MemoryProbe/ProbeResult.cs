using System.Text.Json;

namespace Pipeline.MemoryProbe;

/// <summary>
/// What the probe prints for one file, as one JSON object (camelCase).
/// </summary>
/// <param name="Code">The refusal's wire code ("too-large", …), or null when the file was read.</param>
/// <param name="ReportChars">Length of the file's report JSON, in characters.</param>
/// <param name="LongestReportString">Longest string value in that report, in characters.</param>
/// <param name="BaselineBytes">Resident memory (or its peak, see <paramref name="Source"/>) after the warm-up.</param>
/// <param name="PeakBytes">Peak resident memory after reading, scoring and reporting the file.</param>
/// <param name="PeakRiseBytes">How far the file raised the peak above the baseline.</param>
/// <param name="Source">Where the numbers come from: "VmHWM reset" (Linux, peak cleared after the warm-up), "VmHWM" or "PeakWorkingSet64".</param>
/// <param name="Seconds">Wall time of reading, scoring and reporting the file.</param>
public sealed record ProbeResult(
    string File,
    long Bytes,
    string? Code,
    int Annexes,
    int Targets,
    int ReportChars,
    int LongestReportString,
    long BaselineBytes,
    long PeakBytes,
    long PeakRiseBytes,
    string Source,
    double Seconds)
{
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);
}
