using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace Pipeline.Local.Azurite;

/// <summary>
/// A running Azurite (the Azure Storage emulator) started from the repository's own package.json,
/// installed with npm on first use. Dispose it to stop it.
/// </summary>
public sealed partial class AzuriteProcess : IAsyncDisposable
{
    /// <summary>The emulator's well-known account name.</summary>
    public const string AccountName = "devstoreaccount1";

    /// <summary>The emulator's well-known, publicly documented account key.</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private const string PackageName = "azurite";

    private readonly Process _process;
    private readonly OutputTail _output;
    private readonly TimeSpan _shutdownTimeout;
    private int _disposed;
    private volatile bool _stopped;

    private AzuriteProcess(Process process, OutputTail output, TimeSpan shutdownTimeout, string host, int blobPort, int queuePort, int tablePort, string? dataDirectory)
    {
        _process = process;
        _output = output;
        _shutdownTimeout = shutdownTimeout;
        ProcessId = process.Id;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        DataDirectory = dataDirectory;
        BlobEndpoint = Endpoint(host, blobPort);
        QueueEndpoint = Endpoint(host, queuePort);
        TableEndpoint = Endpoint(host, tablePort);
        ConnectionString =
            $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
            $"BlobEndpoint={BlobEndpoint};QueueEndpoint={QueueEndpoint};TableEndpoint={TableEndpoint};";
    }

    /// <summary>A storage connection string for the Azure SDK clients, with explicit endpoints.</summary>
    public string ConnectionString { get; }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    /// <summary>http://host:port/devstoreaccount1 for the blob service.</summary>
    public Uri BlobEndpoint { get; }

    public Uri QueueEndpoint { get; }

    public Uri TableEndpoint { get; }

    /// <summary>The full path of the data folder, or null when the data is in memory.</summary>
    public string? DataDirectory { get; }

    /// <summary>The node process's id.</summary>
    public int ProcessId { get; }

    /// <summary>Whether Azurite has stopped (by itself, or because this was disposed).</summary>
    public bool HasExited => _stopped || _process.HasExited;

    /// <summary>Completes with Azurite's exit code when its process ends, for whatever reason.</summary>
    public Task<int> Exited { get; private set; } = Task.FromResult(0);

    /// <summary>The options it was started with, its ports filled in: starting again with these reuses the same endpoints and data.</summary>
    public AzuriteOptions Options { get; private set; } = new();

    /// <summary>
    /// Installs Azurite with npm if node_modules lacks it, starts it, and returns once the blob, queue and
    /// table services all accept connections.
    /// </summary>
    /// <exception cref="InvalidOperationException">Node.js or npm is missing, the install failed, or Azurite exited early.</exception>
    /// <exception cref="TimeoutException">Azurite was not ready within <see cref="AzuriteOptions.StartTimeout"/>.</exception>
    public static async Task<AzuriteProcess> StartAsync(AzuriteOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new AzuriteOptions();
        options.Validate();
        var log = options.Log;

        var root = RepositoryRoot.Find(options.RepositoryRoot);
        await NpmDependencies.EnsureInstalledAsync(root, PackageName, log, options.InstallTimeout, cancellationToken).ConfigureAwait(false);
        var entryPoint = Path.Combine(root, AzuriteArguments.EntryPoint);
        if (!File.Exists(entryPoint))
            throw new InvalidOperationException($"Azurite's entry point '{entryPoint}' is missing although the package is installed; delete node_modules and try again.");

        string? dataDirectory = null;
        if (options.DataDirectory is not null)
        {
            dataDirectory = Path.GetFullPath(options.DataDirectory);
            Directory.CreateDirectory(dataDirectory);
            // An Azurite left by a host that died may still be saving this folder: two must never share it.
            await WaitForPreviousAsync(dataDirectory, options.ShutdownTimeout, log).ConfigureAwait(false);
        }

        var startInfo = new ProcessStartInfo(NodeTools.Node)
        {
            // In memory, Azurite still treats its working directory as its workspace; keep it out of the repository.
            WorkingDirectory = dataDirectory ?? Path.GetTempPath(),
            RedirectStandardInput = true,
        };
        foreach (var argument in AzuriteArguments.Build(entryPoint, options, dataDirectory)) startInfo.ArgumentList.Add(argument);

        var output = new OutputTail();
        var listening = new ListeningPorts();
        var process = NodeTools.StartInOwnSession(startInfo, (line, _) =>
        {
            output.Add(line);
            listening.Observe(line);
            NodeTools.SafeLog(log, line);
        });
        NodeTools.SafeLog(log, $"Started Azurite (pid {process.Id}) from '{entryPoint}'.");

        try
        {
            var connectAddress = ConnectAddress(options.ParsedBindAddress());
            var (blobPort, queuePort, tablePort) = await WaitUntilReadyAsync(process, listening, output, connectAddress, options.StartTimeout, cancellationToken).ConfigureAwait(false);
            var host = connectAddress.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{connectAddress}]" : connectAddress.ToString();
            if (dataDirectory is not null) await File.WriteAllTextAsync(PidFile(dataDirectory), process.Id.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
            return new AzuriteProcess(process, output, options.ShutdownTimeout, host, blobPort, queuePort, tablePort, dataDirectory)
            {
                Exited = ExitCodeAsync(process),
                Options = options with { BlobPort = blobPort, QueuePort = queuePort, TablePort = tablePort },
            };
        }
        catch
        {
            NodeTools.KillTree(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Stops Azurite: closes its stdin so it shuts down cleanly (saving a --location database), then kills
    /// the process tree if it has not exited within <see cref="AzuriteOptions.ShutdownTimeout"/>; waits for exit.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0) return;
        try
        {
            if (!_process.HasExited)
            {
                try
                {
                    _process.StandardInput.Close();
                }
                catch (IOException)
                {
                    // The pipe is already broken: the process is exiting.
                }

                await ExitOrKillAsync(_process, _shutdownTimeout).ConfigureAwait(false);
            }
        }
        finally
        {
            _stopped = true;
            _process.Dispose();
        }
    }

    private static string PidFile(string dataDirectory) => Path.Combine(dataDirectory, "azurite.pid");

    private static async Task<int> ExitCodeAsync(Process process)
    {
        await process.WaitForExitAsync().ConfigureAwait(false);
        try
        {
            return process.ExitCode;
        }
        catch (InvalidOperationException)
        {
            return -1; // disposed meanwhile
        }
    }

    /// <summary>Waits for the Azurite a previous run started on <paramref name="dataDirectory"/> to finish saving and exit; kills it after <paramref name="timeout"/>.</summary>
    private static async Task WaitForPreviousAsync(string dataDirectory, TimeSpan timeout, Action<string>? log)
    {
        var pidFile = PidFile(dataDirectory);
        if (!File.Exists(pidFile) || !int.TryParse(await File.ReadAllTextAsync(pidFile).ConfigureAwait(false), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) return;
        Process previous;
        try
        {
            previous = Process.GetProcessById(pid);
        }
        catch (ArgumentException)
        {
            return; // gone
        }
        using (previous)
        {
            // Only an Azurite: the pid may have been reused by anything else since.
            var commandLine = OperatingSystem.IsLinux() && File.Exists($"/proc/{pid}/cmdline") ? await File.ReadAllTextAsync($"/proc/{pid}/cmdline").ConfigureAwait(false) : "";
            if (!commandLine.Contains(AzuriteArguments.EntryPoint, StringComparison.Ordinal)) return;
            NodeTools.SafeLog(log, $"Waiting for the previous Azurite (pid {pid}) to save '{dataDirectory}' and exit.");
            await ExitOrKillAsync(previous, timeout).ConfigureAwait(false);
        }
    }

    /// <summary>Waits up to <paramref name="timeout"/> for the process to exit by itself (saving its data), then kills its tree.</summary>
    private static async Task ExitOrKillAsync(Process process, TimeSpan timeout)
    {
        using var grace = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(grace.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            NodeTools.KillTree(process);
            await process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Azurite's latest output lines (stdout and stderr), for diagnostics.</summary>
    public string RecentOutput() => _output.ToString();

    private static async Task<(int Blob, int Queue, int Table)> WaitUntilReadyAsync(
        Process process, ListeningPorts listening, OutputTail output, IPAddress address, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var exited = process.WaitForExitAsync(CancellationToken.None);
        try
        {
            var finished = await Task.WhenAny(listening.All, exited).WaitAsync(deadline.Token).ConfigureAwait(false);
            if (finished == exited)
            {
                await exited.ConfigureAwait(false); // Output has been read to the end.
                throw new InvalidOperationException(
                    $"Azurite exited with code {process.ExitCode} before it was ready (it needs Node.js {NodeTools.MinimumNodeVersion} or later " +
                    $"and free ports). Its output ends with:{Environment.NewLine}{output}");
            }

            var (blob, queue, table) = await listening.All.ConfigureAwait(false);
            foreach (var port in new[] { blob, queue, table })
                await WaitForConnectionAsync(address, port, process, output, deadline.Token).ConfigureAwait(false);
            return (blob, queue, table);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"Azurite did not accept connections on all three ports within {timeout.TotalSeconds:0} s (AzuriteOptions.StartTimeout). " +
                $"Its output ends with:{Environment.NewLine}{output}");
        }
    }

    private static async Task WaitForConnectionAsync(IPAddress address, int port, Process process, OutputTail output, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode} while starting. Its output ends with:{Environment.NewLine}{output}");
            using var client = new TcpClient(address.AddressFamily);
            try
            {
                await client.ConnectAsync(address, port, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Where clients connect: the bind address, or loopback when Azurite listens on every address.</summary>
    private static IPAddress ConnectAddress(IPAddress bindAddress)
    {
        if (bindAddress.Equals(IPAddress.Any)) return IPAddress.Loopback;
        if (bindAddress.Equals(IPAddress.IPv6Any)) return IPAddress.IPv6Loopback;
        return bindAddress;
    }

    private static Uri Endpoint(string host, int port) =>
        new(string.Create(CultureInfo.InvariantCulture, $"http://{host}:{port}/{AccountName}"));

    /// <summary>Reads the ports from Azurite's "… service is successfully listening at http://host:port" lines.</summary>
    private sealed partial class ListeningPorts
    {
        private readonly TaskCompletionSource<int> _blob = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<int> _queue = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource<int> _table = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ListeningPorts() => All = Combine();

        public Task<(int Blob, int Queue, int Table)> All { get; }

        public void Observe(string line)
        {
            var match = ListeningLine().Match(line);
            if (!match.Success) return;
            var port = int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture);
            var source = match.Groups["service"].Value switch
            {
                "Blob" => _blob,
                "Queue" => _queue,
                _ => _table,
            };
            source.TrySetResult(port);
        }

        private async Task<(int, int, int)> Combine() =>
            (await _blob.Task.ConfigureAwait(false), await _queue.Task.ConfigureAwait(false), await _table.Task.ConfigureAwait(false));

        [GeneratedRegex(@"^Azurite (?<service>Blob|Queue|Table) service is successfully listening at https?://.+:(?<port>\d+)/?$")]
        private static partial Regex ListeningLine();
    }
}
