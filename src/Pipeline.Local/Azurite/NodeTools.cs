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
