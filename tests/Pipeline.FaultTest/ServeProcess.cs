using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace Pipeline.FaultTest;

/// <summary>`pipeline serve` running as a child process on a data folder and a port, as an operator runs it.</summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly List<string> _output = [];

    private ServeProcess(Process process, Uri address, string dataDirectory)
    {
        _process = process;
        Address = address;
        DataDirectory = dataDirectory;
    }

    public Uri Address { get; }

    public string DataDirectory { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>The host's output so far (stdout and stderr), for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (_output) return string.Join(Environment.NewLine, _output.TakeLast(40));
        }
    }

    /// <summary>Starts the host and waits until /api/health answers 200.</summary>
    public static async Task<ServeProcess> StartAsync(string dataDirectory, int port, TimeSpan timeout)
    {
        var pipeline = Path.Combine(AppContext.BaseDirectory, "pipeline.dll");
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}/"));
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            WorkingDirectory = dataDirectory,
        };
        foreach (var argument in new[] { pipeline, "serve", "--data", dataDirectory, "--urls", address.ToString().TrimEnd('/') }) start.ArgumentList.Add(argument);
        start.Environment.Remove("PIPELINE_STORAGE");
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var serve = new ServeProcess(process, address, dataDirectory);
        process.OutputDataReceived += (_, e) => serve.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => serve.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (process.HasExited) throw new InvalidOperationException($"pipeline serve exited with code {process.ExitCode}:{Environment.NewLine}{serve.Output}");
            try
            {
                if ((await http.GetAsync(new Uri("api/health", UriKind.Relative)).ConfigureAwait(false)).IsSuccessStatusCode) return serve;
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }
            catch (TaskCanceledException)
            {
                // not answering yet
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"pipeline serve did not answer within {timeout.TotalSeconds:0} s:{Environment.NewLine}{serve.Output}");
            await Task.Delay(200).ConfigureAwait(false);
        }
    }

    /// <summary>The access key of a commune ("son-la/pu-bau") or a province ("son-la"), from the host's access-keys.json.</summary>
    public string KeyOf(string scope)
    {
        using var keys = JsonDocument.Parse(File.ReadAllText(Path.Combine(DataDirectory, "access-keys.json")));
        return keys.RootElement.EnumerateArray().First(k => k.GetProperty("scope").GetString() == scope).GetProperty("key").GetString()!;
    }

    /// <summary>The pid of the Azurite this host runs (it writes azurite.pid in its data folder).</summary>
    public int AzuritePid() => int.Parse(File.ReadAllText(Path.Combine(DataDirectory, "azurite", "azurite.pid")), CultureInfo.InvariantCulture);

    /// <summary>SIGKILL: the process ends at once, without running any of its code.</summary>
    public void Kill() => _process.Kill(entireProcessTree: false);

    /// <summary>SIGTERM, then waits for the exit.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (_process.HasExited) return;
        _ = Signal(_process.Id, "TERM");
        using var wait = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    public Task WaitForExitAsync() => _process.WaitForExitAsync();

    /// <summary>Sends a signal with kill(1): .NET has no portable SIGTERM for another process.</summary>
    public static bool Signal(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", [$"-{signal}", pid.ToString(CultureInfo.InvariantCulture)]) { RedirectStandardError = true });
        kill?.WaitForExit();
        return kill?.ExitCode == 0;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(TimeSpan.FromSeconds(30)).ConfigureAwait(false);
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is null) return;
        lock (_output) _output.Add(line);
    }
}
