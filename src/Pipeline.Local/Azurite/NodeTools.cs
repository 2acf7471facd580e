using System.ComponentModel;
using System.Diagnostics;

namespace Pipeline.Local.Azurite;

/// <summary>Starts Node.js tools (node, npm) with clear errors when they are missing.</summary>
internal static class NodeTools
{
    public const string MinimumNodeVersion = "20";

    public static string Node => "node";

    public static string Npm => OperatingSystem.IsWindows() ? "npm.cmd" : "npm";

    /// <summary>Starts the process and begins reading its redirected output, one line at a time, into <paramref name="onLine"/>.</summary>
    public static Process Start(ProcessStartInfo startInfo, Action<string, bool> onLine)
    {
        startInfo.UseShellExecute = false;
        startInfo.CreateNoWindow = true;
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.StandardOutputEncoding = System.Text.Encoding.UTF8;
        startInfo.StandardErrorEncoding = System.Text.Encoding.UTF8;

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) onLine(e.Data, false); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) onLine(e.Data, true); };
        try
        {
            process.Start();
        }
        catch (Win32Exception ex)
        {
            process.Dispose();
            var tool = Path.GetFileNameWithoutExtension(startInfo.FileName);
            throw new InvalidOperationException(
                $"{tool} is not installed or not on the PATH: install Node.js {MinimumNodeVersion} or later (it brings node and npm). ({ex.Message})", ex);
        }
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>
    /// The same start, the process made the leader of a session of its own (util-linux <c>setsid</c>, which execs it: the
    /// pid stays the tool's). Ctrl-C in a terminal signals the whole foreground process group; a tool the host stops itself
    /// (Azurite: the host closes its stdin once its triggers have stopped) must not die first under the host's feet. A host
    /// killed outright still takes it along: the stdin pipe breaks. Without <c>setsid</c> (Windows, macOS), the plain start.
    /// </summary>
    public static Process StartInOwnSession(ProcessStartInfo startInfo, Action<string, bool> onLine)
    {
        ArgumentNullException.ThrowIfNull(startInfo);
        if (!OperatingSystem.IsLinux() || Setsid is not { } setsid || OnPath(startInfo.FileName) is not { } tool) return Start(startInfo, onLine);
        startInfo.ArgumentList.Insert(0, tool);
        startInfo.FileName = setsid;
        return Start(startInfo, onLine);
    }

    private static readonly string[] SetsidPaths = ["/usr/bin/setsid", "/bin/setsid"];

    private static string? Setsid => SetsidPaths.FirstOrDefault(File.Exists);

    /// <summary>The full path of <paramref name="tool"/> on the PATH, or null (the plain start then says it is missing).</summary>
    private static string? OnPath(string tool) =>
        Path.IsPathRooted(tool) ? tool
        : (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, tool)).FirstOrDefault(File.Exists);

    /// <summary>Kills the process and its children if it is still running; never throws.</summary>
    public static void KillTree(Process process)
    {
        try
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited in the meantime.
        }
        catch (Win32Exception)
        {
            // It is exiting, or it is gone.
        }
    }

    /// <summary>Calls a caller's log callback; a throwing callback must not crash the output reader thread.</summary>
    public static void SafeLog(Action<string>? log, string line)
    {
        if (log is null) return;
#pragma warning disable CA1031 // A caller's logger is outside our control; losing a log line is better than crashing the process.
        try { log(line); }
        catch (Exception) { }
#pragma warning restore CA1031
    }
}
