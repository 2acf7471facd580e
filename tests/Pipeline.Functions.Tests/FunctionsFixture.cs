using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Local.Azurite;
using Pipeline.Testing;
using Xunit.Abstractions;

namespace Pipeline.Functions.Tests;

/// <summary>
/// One in-memory Azurite (the shared <see cref="AzuriteFixture"/>), and the function app's own service
/// registrations (<see cref="PipelineServices.AddPipeline"/>) configured to use it, as Program.cs does.
/// </summary>
public sealed class FunctionsFixture(IMessageSink diagnostics) : IAsyncLifetime
{
    private readonly AzuriteFixture _azurite = new(diagnostics);
    private ServiceProvider? _services;

    public string ConnectionString => _azurite.ConnectionString;

    public AzuriteProcess Azurite => _azurite.Azurite;

    /// <summary>The app's container: the pipeline's stores and steps, StoragePreparation, CommuneRegistry, catalogue, clock, logging.</summary>
    public IServiceProvider Services => _services ?? throw new InvalidOperationException("The fixture has not started yet.");

    /// <summary>A function class as the worker builds it, from the app's registrations.</summary>
    public T Create<T>() where T : class => ActivatorUtilities.CreateInstance<T>(Services);

    /// <summary>The steps the functions work on, from the app's registrations, storage prepared.</summary>
    public Task<OpenedPipeline> StorageAsync() => OpenedPipeline.OverAsync(Services, ConnectionString);

    /// <summary>
    /// The app's registrations (<see cref="PipelineServices.AddPipeline"/>) on <paramref name="connectionString"/>,
    /// with <paramref name="replace"/> registering what a test substitutes (the last registration wins).
    /// </summary>
    public static ServiceProvider App(string connectionString, Action<IServiceCollection>? replace = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [PipelineServices.ConnectionSetting] = connectionString })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddPipeline();
        replace?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public async Task InitializeAsync()
    {
        await _azurite.InitializeAsync();
        _services = App(_azurite.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null) await _services.DisposeAsync();
        await _azurite.DisposeAsync();
    }
}
