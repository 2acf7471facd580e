using System.Diagnostics;

namespace Pipeline.Portal.Tests;

/// <summary>
/// Finds the Chromium the browser tests drive: Debian's package (/usr/bin/chromium), installed with
/// apt-get when it is missing and the tests run as root (CI on a clean machine), never a browser
/// downloaded by a test tool. PIPELINE_CHROMIUM names another Chromium or Chrome (macOS, Windows).
/// </summary>
internal static class ChromiumInstall
{
    public const string DebianPath = "/usr/bin/chromium";
    public const string InstallCommand = "apt-get update && apt-get install -y --no-install-recommends chromium fonts-dejavu-core";
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(10);

    public static async Task<string> EnsureAsync()
    {
        var configured = Environment.GetEnvironmentVariable("PIPELINE_CHROMIUM");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured) ? configured
                : throw new InvalidOperationException($"PIPELINE_CHROMIUM names '{configured}', which does not exist.");
        }
        if (File.Exists(DebianPath)) return DebianPath;

        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get") || Environment.UserName != "root")
        {
            throw new InvalidOperationException(
                $"The portal's browser tests need Chromium at {DebianPath}. Install it as root with: {InstallCommand} " +
                "(or set PIPELINE_CHROMIUM to a Chromium or Chrome executable).");
        }

        await RunAsync("apt-get update").ConfigureAwait(false);
        await RunAsync("DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core").ConfigureAwait(false);
        return File.Exists(DebianPath) ? DebianPath
            : throw new InvalidOperationException($"apt-get installed chromium but {DebianPath} is still missing. Install it with: {InstallCommand}");
    }

    private static async Task RunAsync(string command)
    {
        var startInfo = new ProcessStartInfo("/bin/sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        startInfo.ArgumentList.Add("-c");
        startInfo.ArgumentList.Add(command);
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start '{command}'.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(InstallTimeout);
        await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            var tail = string.Join(Environment.NewLine, ((await output.ConfigureAwait(false)) + (await error.ConfigureAwait(false))).Split('\n').TakeLast(20));
            throw new InvalidOperationException($"'{command}' failed with exit code {process.ExitCode}. Install Chromium with: {InstallCommand}{Environment.NewLine}{tail}");
        }
    }
}
