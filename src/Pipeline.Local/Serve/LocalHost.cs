using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Api;
using Pipeline.Core.Catalogue;
using Pipeline.Local.Azurite;
using Pipeline.Portal;
using Pipeline.Storage;
using Pipeline.Core.Units;

namespace Pipeline.Local.Serve;

/// <summary>
/// The whole system on one machine: storage (Azurite started here unless a connection string
/// is given), the pipeline steps on real blob and queue triggers (WebJobs SDK), and the HTTP API.
/// </summary>
public sealed class LocalHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly AzuriteProcess? _azurite;

    private LocalHost(WebApplication app, AzuriteProcess? azurite, PipelineStorage storage, LocalKeyring keyring, string connectionString)
    {
        _app = app;
        _azurite = azurite;
        Storage = storage;
        _keyring = keyring;
        ConnectionString = connectionString;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public Uri BaseAddress { get; }

    public PipelineStorage Storage { get; }

    private readonly LocalKeyring _keyring;

    /// <summary>The access keys of the units as they stand (communes added through the units API get theirs within seconds, removed ones drop out).</summary>
    public IReadOnlyList<LocalAccessKey> Keys => _keyring.Keys;

    public string ConnectionString { get; }

    public bool StartedAzurite => _azurite is not null;

    public static async Task<LocalHost> StartAsync(ServeOptions options, CancellationToken cancellationToken)
    {
        AzuriteProcess? azurite = null;
        var connection = options.StorageConnection;
        if (connection is null)
        {
            azurite = await AzuriteProcess.StartAsync(options.InMemoryStorage
                ? AzuriteOptions.InMemory()
                : AzuriteOptions.Persistent(Path.Combine(options.DataDirectory, "azurite")), cancellationToken).ConfigureAwait(false);
            connection = azurite.ConnectionString;
        }

        try
        {
            var registry = CommuneRegistry.LoadFile(Path.Combine(AppContext.BaseDirectory, "registry.json"));
            var storage = await PipelineStorage.OpenAsync(connection, registry, IndicatorCatalogue.Default, cancellationToken: cancellationToken).ConfigureAwait(false);
            // Keys for the units in storage, which a province officer may have changed since the seed file.
            var units = await storage.Units.CurrentAsync(cancellationToken).ConfigureAwait(false);
            var keyring = new LocalKeyring(options.DataDirectory, LocalAccessKeys.LoadOrCreate(options.DataDirectory, units), units);

            var builder = WebApplication.CreateSlimBuilder();
            builder.WebHost.UseUrls(options.Urls);
            builder.Configuration["AzureWebJobsStorage"] = connection;
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Logging.AddFilter("Azure.Core", LogLevel.Error); // the SDKs log every expected 404 as a warning
            builder.Services.AddSingleton(storage).AddSingleton(TimeProvider.System).AddPipelineApi();
            builder.Services.AddHostedService<NightlyConsolidation>();
            builder.Services.AddHostedService<PendingUploadSweeper>();
            builder.Services.AddSingleton(keyring).AddHostedService<UnitKeysWatcher>();
            builder.Host.ConfigureWebJobs(webJobs =>
            {
                // A pinned host id: blob receipts are kept per host id, and a new id would parse every blob again.
                webJobs.UseHostId("pipeline-local");
                webJobs.AddAzureStorageBlobs();
                webJobs.AddAzureStorageQueues(queues =>
                {
                    queues.MaxPollingInterval = TimeSpan.FromSeconds(1);
                    queues.MaxDequeueCount = 5;
                    queues.VisibilityTimeout = TimeSpan.FromSeconds(2);
                });
            });
            var app = builder.Build();
            // Every error under /api as problem details, as in the Function App.
            app.UsePipelineProblems();
            // The portal at / (index.html) and its files; API paths never match a file there.
            if (Directory.Exists(PortalSite.Directory))
            {
                var portal = new PhysicalFileProvider(PortalSite.Directory);
                app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = portal });
                app.UseStaticFiles(new StaticFileOptions { FileProvider = portal, OnPrepareResponse = file => PortalSite.AddHeaders(file.Context.Response.Headers) });
            }
            app.MapPipelineApi(PipelineRoutes.ByAccessKey(keyring.Find));
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            return new LocalHost(app, azurite, storage, keyring, connection);
        }
        catch
        {
            if (azurite is not null) await azurite.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        if (_azurite is not null) await _azurite.DisposeAsync().ConfigureAwait(false);
    }
}
