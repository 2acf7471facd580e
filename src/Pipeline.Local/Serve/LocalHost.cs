using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.ResponseCompression;
using Azure.Storage.Blobs;
using Microsoft.Azure.WebJobs;
using Microsoft.Azure.WebJobs.Host.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Api;
using Pipeline.Core.Catalogue;
using Pipeline.Local.Azurite;
using Pipeline.Portal;
using Pipeline.Storage;
using Pipeline.Storage.Durability;
using Pipeline.Storage.Scoring;
using Pipeline.Storage.Units;
using Pipeline.Core.Units;

namespace Pipeline.Local.Serve;

/// <summary>
/// The whole system on one machine: storage (Azurite started here unless a connection string
/// is given), the pipeline steps on real blob and queue triggers (WebJobs SDK), and the HTTP API.
/// </summary>
public sealed class LocalHost : IAsyncDisposable
{
    /// <summary>Restarts of Azurite allowed within <see cref="RestartWindow"/> before the host gives up and stops.</summary>
    private const int MaxRestarts = 3;

    private static readonly TimeSpan RestartWindow = TimeSpan.FromMinutes(1);

    /// <summary>Where the WebJobs SDK keeps its blob receipts and locks (its own name).</summary>
    private const string WebJobsHostsContainer = "azure-webjobs-hosts";

    private readonly WebApplication _app;
    private readonly StorageEpoch _epoch;
    private readonly CancellationTokenSource _stopping = new();
    private AzuriteProcess? _azurite;
    private Task _supervision = Task.CompletedTask;
    private DataFolderLock? _folderLock;

    private LocalHost(WebApplication app, AzuriteProcess? azurite, LocalKeyring keyring, string connectionString, StorageEpoch epoch)
    {
        _app = app;
        _azurite = azurite;
        _epoch = epoch;
        _keyring = keyring;
        ConnectionString = connectionString;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public Uri BaseAddress { get; }

    /// <summary>The host's services: the pipeline's stores and steps as both hosts register them (<see cref="PipelineStorageServices"/>).</summary>
    public IServiceProvider Services => _app.Services;

    private readonly LocalKeyring _keyring;

    /// <summary>The access keys of the units as they stand (communes added through the units API get theirs within seconds, removed ones drop out).</summary>
    public IReadOnlyList<LocalAccessKey> Keys => _keyring.Keys;

    public string ConnectionString { get; }

    public bool StartedAzurite => _azurite is not null;

    /// <summary>Why the host stopped by itself (Azurite could not be kept running, the triggers failed), or null.</summary>
    public string? Failure => _app.Services.GetRequiredService<HostFailure>().Reason;

    /// <exception cref="InvalidOperationException">Another host uses the data folder, or Azurite could not start.</exception>
    public static async Task<LocalHost> StartAsync(ServeOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var folderLock = DataFolderLock.Take(options.DataDirectory);
        AzuriteProcess? azurite = null;
        var connection = options.StorageConnection;
        var progress = options.Progress ?? (_ => { });
        if (connection is null)
        {
            // A first start's npm install says so itself (its milestones below): not every start.
            progress("Starting the storage emulator (Azurite)...");
            var azuriteOptions = options.InMemoryStorage ? AzuriteOptions.InMemory() : AzuriteOptions.Persistent(Path.Combine(options.DataDirectory, "azurite"));
            // Only the install's milestones: npm's and Azurite's own output stay out of the console.
            azurite = await AzuriteProcess.StartAsync(azuriteOptions with { Log = line => { if (NpmDependencies.IsMilestone(line)) progress(line); } }, cancellationToken).ConfigureAwait(false);
            connection = azurite.ConnectionString;
        }
        progress("Opening storage and starting the pipeline...");

        WebApplication? app = null;
        try
        {
            var registry = CommuneRegistry.LoadFile(Path.Combine(AppContext.BaseDirectory, "registry.json"));
            // Azurite saves to disk every 5 s: what the host acknowledges is journaled in its own folder first.
            var journal = new LocalJournal(options.DataDirectory);
            var epoch = new StorageEpoch(TimeProvider.System.GetUtcNow());

            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls(options.Urls);
            builder.Configuration["AzureWebJobsStorage"] = connection;
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddFilter("Azure.Core", LogLevel.Error); // the SDKs log every expected 404 as a warning
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None); // a failed start is said in one line by serve
            builder.Services.AddSingleton(registry).AddSingleton(IndicatorCatalogue.Default).AddSingleton(TimeProvider.System)
                .AddSingleton<IWriteJournal>(journal).AddPipelineStorage(connection).AddPipelineApi();
            builder.Services.AddHostedService<NightlyConsolidation>();
            builder.Services.AddSingleton(journal).AddSingleton(epoch).AddHostedService<LocalRecovery>();
            builder.Services.AddSingleton<HostFailure>();
            // The portal's page, script and stylesheet compressed (brotli, else gzip); the API's JSON is left as it is.
            builder.Services.AddResponseCompression(compression =>
            {
                compression.MimeTypes = PortalSite.CompressedContentTypes;
                compression.Providers.Add<BrotliCompressionProvider>();
                compression.Providers.Add<GzipCompressionProvider>();
            });
            // Keys for the units in storage, which a province officer may have changed since the seed file:
            // built once storage is prepared, below, before anything resolves the keyring.
            CommuneRegistry? units = null;
            builder.Services.AddSingleton(_ => new LocalKeyring(options.DataDirectory, LocalAccessKeys.LoadOrCreate(options.DataDirectory, units!), units!))
                .AddHostedService<UnitKeysWatcher>();
            builder.Host.ConfigureWebJobs(webJobs =>
            {
                // A pinned host id: blob receipts are kept per host id, and a new id would parse every blob again.
                webJobs.UseHostId("pipeline-local");
                webJobs.AddAzureStorageBlobs();
                webJobs.AddAzureStorageQueues(queues =>
                {
                    queues.MaxPollingInterval = ScoreQueueSettings.LocalMaxPollingInterval;
                    queues.MaxDequeueCount = ScoreQueueSettings.MaxDequeueCount;
                    queues.VisibilityTimeout = ScoreQueueSettings.VisibilityTimeout;
                    queues.BatchSize = ScoreQueueSettings.BatchSize;
                    queues.NewBatchThreshold = ScoreQueueSettings.NewBatchThreshold;
                    queues.MessageEncoding = ScoreQueueSettings.MessageEncoding;
                });
                // A listener's failure stops the host with one line, not a crash with a stack trace.
                webJobs.Services.AddSingleton<IWebJobsExceptionHandlerFactory, TriggerFailureHandler.Factory>();
            });
            app = builder.Build();
            await app.Services.GetRequiredService<StoragePreparation>().EnsureAsync(cancellationToken).ConfigureAwait(false);
            units = await app.Services.GetRequiredService<UnitRegistryStore>().CurrentAsync(cancellationToken).ConfigureAwait(false);
            var keyring = app.Services.GetRequiredService<LocalKeyring>();
            // Every error under /api as problem details, as in the Function App.
            app.UsePipelineProblems();
            // The portal at / (index.html) and its files; API paths never match a file there.
            if (Directory.Exists(PortalSite.Directory))
            {
                var portal = new PhysicalFileProvider(PortalSite.Directory);
                app.UseResponseCompression();
                app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = portal });
                app.UseStaticFiles(new StaticFileOptions { FileProvider = portal, OnPrepareResponse = file => PortalSite.AddHeaders(file.Context.Response.Headers, file.File.Name) });
            }
            app.MapPipelineApi(PipelineRoutes.ByAccessKey(keyring.Find));
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var host = new LocalHost(app, azurite, keyring, connection, epoch) { _folderLock = folderLock };
            if (azurite is not null) host._supervision = host.SuperviseAzuriteAsync();
            return host;
        }
        catch
        {
            if (app is not null) await app.DisposeAsync().ConfigureAwait(false);
            if (azurite is not null) await azurite.DisposeAsync().ConfigureAwait(false);
            folderLock.Dispose();
            throw;
        }
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>
    /// Keeps Azurite running: when it stops (killed, crashed), starts it again on the same data
    /// and ports — the clients reconnect by themselves — and has the journal replayed into it.
    /// After <see cref="MaxRestarts"/> restarts within a minute, or a restart that fails, the host
    /// stops with one clear line rather than failing request after request.
    /// </summary>
    private async Task SuperviseAzuriteAsync()
    {
        var log = _app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Pipeline.Local.Azurite");
        var restarts = new Queue<DateTimeOffset>();
        while (_azurite is { } azurite)
        {
            var exited = await Task.WhenAny(azurite.Exited, Task.Delay(Timeout.Infinite, _stopping.Token)).ConfigureAwait(false);
            if (exited != azurite.Exited || _stopping.IsCancellationRequested) return;
            var code = await azurite.Exited.ConfigureAwait(false);
            var now = TimeProvider.System.GetUtcNow();
            while (restarts.Count > 0 && now - restarts.Peek() > RestartWindow) restarts.Dequeue();
            if (restarts.Count >= MaxRestarts)
            {
                Stop($"Azurite stopped (exit code {code}) {MaxRestarts + 1} times within a minute; see {azurite.DataDirectory ?? "its output"}. Pipeline stops.");
                return;
            }
            restarts.Enqueue(now);
            log.LogError("Azurite stopped (exit code {Code}); restarting it on the same data and ports", code);
            try
            {
                await azurite.DisposeAsync().ConfigureAwait(false);
                _azurite = await AzuriteProcess.StartAsync(azurite.Options, _stopping.Token).ConfigureAwait(false);
                // At once, not at the next recovery pass: an Azurite killed within its first seconds
                // lost even its containers, and the triggers' blob receipts and the uploads need them.
                await new BlobContainerClient(ConnectionString, WebJobsHostsContainer).CreateIfNotExistsAsync(cancellationToken: _stopping.Token).ConfigureAwait(false);
                await Services.GetRequiredService<StoragePreparation>().RepeatAsync(_stopping.Token).ConfigureAwait(false);
                _epoch.Resume(TimeProvider.System.GetUtcNow());
                log.LogWarning("Azurite restarted (pid {Pid}); replaying what it had not saved", _azurite.ProcessId);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException or Azure.RequestFailedException)
            {
                Stop($"Azurite stopped (exit code {code}) and could not be started again: {Summary(ex.Message)} Pipeline stops.");
                return;
            }
        }
    }

    /// <summary>A multi-line message in one line: its first line and, where Azurite's output follows, that output's last lines.</summary>
    private static string Summary(string message)
    {
        var lines = message.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return string.Join(" | ", lines.Length <= 4 ? lines : [lines[0], "…", .. lines[^3..]]);
    }

    private void Stop(string reason) => _app.Services.GetRequiredService<HostFailure>().Stop(reason);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await _supervision.ConfigureAwait(false);
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        if (_azurite is not null) await _azurite.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
        _folderLock?.Dispose();
    }
}
