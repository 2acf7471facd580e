using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Api;
using Pipeline.Core.Catalogue;
using Pipeline.Storage;
using Pipeline.Storage.Ingestion;
using Pipeline.Core.Units;

namespace Pipeline.Functions;

/// <summary>What the function classes need from dependency injection, registered by Program.cs (and by tests).</summary>
public static class PipelineServices
{
    /// <summary>The app setting the triggers' <c>Connection</c> names, and the storage the steps open.</summary>
    public const string ConnectionSetting = "PipelineStorage";

    /// <summary>The Functions host's own storage, used when <see cref="ConnectionSetting"/> is not set.</summary>
    public const string HostStorageSetting = "AzureWebJobsStorage";

    /// <summary>The commune registry, copied next to the app from samples/registry.json.</summary>
    public const string RegistryFileName = "registry.json";

    /// <summary>
    /// The app's services: the pipeline's one composition (<see cref="PipelineStorageServices.AddPipelineStorage(IServiceCollection, Func{IServiceProvider, StorageAccount})"/>)
    /// on the clients <see cref="StorageClients.FromConfiguration"/> builds, the registry file as
    /// its seed, and the endpoints the HTTP functions call. Nothing here touches storage: each
    /// function awaits <see cref="StoragePreparation.EnsureAsync"/> first, so the worker starts
    /// without storage I/O and the first invocation opens it (again after a failure).
    /// </summary>
    public static IServiceCollection AddPipeline(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ReportedFailures>();
        services.AddSingleton(IndicatorCatalogue.Default);
        services.AddSingleton(_ => CommuneRegistry.LoadFile(Path.Combine(AppContext.BaseDirectory, RegistryFileName)));
        services.AddPipelineStorage(provider => StorageClients.FromConfiguration(provider.GetRequiredService<IConfiguration>()));
        services.AddSingleton<PipelineEndpoints>();
        return services;
    }

    /// <summary>
    /// The storage connection string: the <c>PipelineStorage</c> setting (as an app setting or under
    /// ConnectionStrings), else <c>AzureWebJobsStorage</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">Neither is set.</exception>
    public static string ConnectionString(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var value = new[] { configuration[ConnectionSetting], configuration.GetConnectionString(ConnectionSetting), configuration[HostStorageSetting] }
            .FirstOrDefault(candidate => !string.IsNullOrWhiteSpace(candidate));
        return value ?? throw new InvalidOperationException(StorageClients.NotConfiguredMessage);
    }
}
