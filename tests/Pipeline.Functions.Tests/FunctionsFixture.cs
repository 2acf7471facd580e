using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Local.Azurite;
using Pipeline.Storage;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace Pipeline.Functions.Tests;

/// <summary>
/// One in-memory Azurite (installed with npm on first use), and the function app's own service
/// registrations (<see cref="PipelineServices.AddPipeline"/>) configured to use it, as Program.cs does.
/// </summary>
public sealed class FunctionsFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private AzuriteProcess? _azurite;
    private ServiceProvider? _services;

    public string ConnectionString => Azurite.ConnectionString;

    public AzuriteProcess Azurite => _azurite ?? throw new InvalidOperationException("Azurite has not started yet.");

    /// <summary>The app's container: PipelineStorageProvider, CommuneRegistry, catalogue, clock, logging.</summary>
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The fixture has not started yet.");

    public PipelineStorageProvider Provider => Services.GetRequiredService<PipelineStorageProvider>();

    /// <summary>The storage the functions work on, opened through the app's provider.</summary>
    public Task<PipelineStorage> StorageAsync() => Provider.GetAsync(CancellationToken.None);

    public async Task InitializeAsync()
    {
        _azurite = await AzuriteProcess.StartAsync(AzuriteOptions.InMemory() with
        {
            Log = line => diagnostics.OnMessage(new DiagnosticMessage("azurite: {0}", line)),
        });
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [PipelineServices.ConnectionSetting] = _azurite.ConnectionString })
            .Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddPipeline()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        if (_azurite is not null) await _azurite.DisposeAsync();
    }
}
