using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Pipeline.Local.Azurite;

/// <summary>
/// Installs the repository's npm packages (Azurite) on first use, once even when several processes
/// (test assemblies running in parallel) ask at the same time.
/// </summary>
internal static class NpmDependencies
{
    private const string PackageLock = "package-lock.json";
    private static readonly TimeSpan LockRetryDelay = TimeSpan.FromMilliseconds(250);

    public static async Task EnsureInstalledAsync(string root, string package, Action<string>? log, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (IsInstalled(root, package)) return;

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            // The lock lives outside the repository: npm ci deletes node_modules, and a file next to
            // package.json would show up as an untracked file.
            using var installLock = await AcquireLockAsync(LockPath(root), log, deadline.Token).ConfigureAwait(false);
            if (IsInstalled(root, package)) return; // Another process installed while we waited.
            await InstallAsync(root, log, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Installing the npm packages in '{root}' took longer than {timeout.TotalSeconds:0} s (AzuriteOptions.InstallTimeout).");
        }

        if (!IsInstalled(root, package))
            throw new InvalidOperationException($"npm finished in '{root}' but node_modules/{package} is still missing or not the version package-lock.json asks for.");
    }

    /// <summary>
    /// Installed means npm finished (it writes node_modules/.package-lock.json last) and the package is
    /// there in the version the lockfile names.
    /// </summary>
    internal static bool IsInstalled(string root, string package)
    {
        var modules = Path.Combine(root, "node_modules");
        var installedManifest = Path.Combine(modules, package, "package.json");
        if (!File.Exists(installedManifest) || !File.Exists(Path.Combine(modules, ".package-lock.json"))) return false;

        var lockFile = Path.Combine(root, PackageLock);
        if (!File.Exists(lockFile)) return true;
        try
        {
            var installed = ReadString(installedManifest, "version");
            var locked = ReadString(lockFile, "packages", $"node_modules/{package}", "version");
            return locked is null || string.Equals(installed, locked, StringComparison.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or JsonException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private const string Installing = "Installing the npm packages";
    private const string Installed = "Installed the npm packages";
    private const string Waiting = "Waiting for another process to finish installing the npm packages";

    /// <summary>True for this class's own lines about the install (started, waiting, done), not npm's output.</summary>
    public static bool IsMilestone(string line) =>
        line.StartsWith(Installing, StringComparison.Ordinal) || line.StartsWith(Installed, StringComparison.Ordinal) || line.StartsWith(Waiting, StringComparison.Ordinal);

    private static async Task InstallAsync(string root, Action<string>? log, CancellationToken cancellationToken)
    {
        var hasLockfile = File.Exists(Path.Combine(root, PackageLock));
        // ci installs exactly the lockfile; install only when there is none. No package here needs its
        // install scripts, so none run.
        string[] arguments = hasLockfile
            ? ["ci", "--no-audit", "--no-fund", "--ignore-scripts"]
            : ["install", "--no-audit", "--no-fund", "--ignore-scripts"];
        var command = $"npm {string.Join(' ', arguments)}";
        NodeTools.SafeLog(log, $"{Installing} with '{command}' in '{root}' (first use only)...");

        var startInfo = new ProcessStartInfo(NodeTools.Npm) { WorkingDirectory = root };
        foreach (var argument in arguments) startInfo.ArgumentList.Add(argument);
        startInfo.Environment["npm_config_update_notifier"] = "false";
        // Errors only: Azurite 3.37 declares Node.js 22 but runs on 20 (every test here runs on 20), and a
        // screen of EBADENGINE warnings at first start reads like a failure.
        startInfo.Environment["npm_config_loglevel"] = "error";

        var output = new OutputTail();
        var stopwatch = Stopwatch.StartNew();
        using var npm = NodeTools.Start(startInfo, (line, _) =>
        {
            output.Add(line);
            NodeTools.SafeLog(log, "npm: " + line);
        });
        try
        {
            await npm.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            NodeTools.KillTree(npm);
            throw;
        }

        if (npm.ExitCode != 0)
            throw new InvalidOperationException(
                $"'{command}' failed in '{root}' with exit code {npm.ExitCode}. Its output ends with:{Environment.NewLine}{output}");
        NodeTools.SafeLog(log, $"{Installed} in {stopwatch.Elapsed.TotalSeconds:0.0} s.");
    }

    private static async Task<FileStream> AcquireLockAsync(string path, Action<string>? log, CancellationToken cancellationToken)
    {
        var announced = false;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive lock across processes (flock on Unix, a share mode on Windows).
                // The file is never deleted: deleting it would let two processes lock two different files.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                if (!announced)
                {
                    NodeTools.SafeLog(log, $"{Waiting} (lock '{path}')...");
                    announced = true;
                }
                await Task.Delay(LockRetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static string LockPath(string root)
    {
        var normalized = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var key = OperatingSystem.IsWindows() ? normalized.ToUpperInvariant() : normalized;
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        return Path.Combine(Path.GetTempPath(), $"pipeline-npm-install-{hash}.lock");
    }

    private static string? ReadString(string jsonFile, params string[] path)
    {
        using var stream = File.OpenRead(jsonFile);
        using var document = JsonDocument.Parse(stream);
        var element = document.RootElement;
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element)) return null;
        }
        return element.ValueKind == JsonValueKind.String ? element.GetString() : null;
    }
}
