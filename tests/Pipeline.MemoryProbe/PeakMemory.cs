using System.Diagnostics;
using System.Globalization;

namespace Pipeline.MemoryProbe;

/// <summary>A reading of the process's peak resident memory, in bytes, and where it came from.</summary>
public readonly record struct PeakReading(long Bytes, string Source);

/// <summary>
/// The process's peak resident memory: VmHWM from /proc/self/status on Linux, which writing "5"
/// to /proc/self/clear_refs resets to the current resident size; elsewhere
/// <see cref="Process.PeakWorkingSet64"/>, which cannot be reset.
/// </summary>
public static class PeakMemory
{
    private static string _source = "PeakWorkingSet64";

    /// <summary>Resets the peak to the current resident size where the OS allows it, then reads it.</summary>
    public static PeakReading ResetAndRead()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            _source = "VmHWM reset";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            _source = File.Exists("/proc/self/status") ? "VmHWM" : "PeakWorkingSet64";
        }
        return Read();
    }

    public static PeakReading Read()
    {
        if (_source != "PeakWorkingSet64" && HighWaterMark() is { } bytes) return new PeakReading(bytes, _source);
        using var process = Process.GetCurrentProcess();
        return new PeakReading(process.PeakWorkingSet64, "PeakWorkingSet64");
    }

    private static long? HighWaterMark()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
            var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
            return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
        }
        return null;
    }
}
