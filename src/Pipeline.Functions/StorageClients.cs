using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Pipeline.Storage;

namespace Pipeline.Functions;

/// <summary>
/// The blob, queue and table clients the pipeline opens on, built from the same settings the
/// triggers' <c>Connection = "PipelineStorage"</c> reads: a connection string (Azurite, local
/// development), or the Functions convention for identity-based connections (in Azure, with the
/// app's managed identity and no storage keys).
/// </summary>
/// <remarks>
/// Identity settings, as app settings (the worker sees <c>__</c> as the section separator):
/// <c>PipelineStorage__blobServiceUri</c>, <c>PipelineStorage__queueServiceUri</c>,
/// <c>PipelineStorage__tableServiceUri</c>, optionally <c>PipelineStorage__credential</c> =
/// <c>managedidentity</c> and <c>PipelineStorage__clientId</c> (a user-assigned identity).
/// The triggers need the blob and queue URIs too (the blob trigger keeps its poison queue there),
/// so one set of settings serves triggers and steps alike.
/// </remarks>
public static class StorageClients
{
    public const string BlobServiceUriKey = "blobServiceUri";

    public const string QueueServiceUriKey = "queueServiceUri";

    public const string TableServiceUriKey = "tableServiceUri";

    public const string CredentialKey = "credential";

    public const string ClientIdKey = "clientId";

    /// <summary>The <c>credential</c> value that asks for the managed identity only.</summary>
    public const string ManagedIdentity = "managedidentity";

    private static readonly string[] ServiceUriKeys = [BlobServiceUriKey, QueueServiceUriKey, TableServiceUriKey];

    /// <summary>What to set when nothing is: shared by every host entry point that reads these settings.</summary>
    public static readonly string NotConfiguredMessage =
        $"No storage is configured: set the app setting '{PipelineServices.ConnectionSetting}' (or '{PipelineServices.HostStorageSetting}') " +
        $"to a storage connection string, or, to connect with a managed identity, set '{PipelineServices.ConnectionSetting}__{BlobServiceUriKey}', " +
        $"'{PipelineServices.ConnectionSetting}__{QueueServiceUriKey}' and '{PipelineServices.ConnectionSetting}__{TableServiceUriKey}' " +
        $"(with '{PipelineServices.ConnectionSetting}__{CredentialKey}' = '{ManagedIdentity}' and, for a user-assigned identity, '{PipelineServices.ConnectionSetting}__{ClientIdKey}').";

    /// <summary>
    /// <c>PipelineStorage</c> first (its connection string, then its service URIs), then the host's
    /// own <c>AzureWebJobsStorage</c> the same way: an explicit pipeline setting always wins.
    /// </summary>
    /// <exception cref="InvalidOperationException">Nothing is configured, or the identity settings are incomplete or not https.</exception>
    public static StorageAccount FromConfiguration(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        foreach (var name in new[] { PipelineServices.ConnectionSetting, PipelineServices.HostStorageSetting })
        {
            var connectionString = new[] { configuration[name], configuration.GetConnectionString(name) }
                .FirstOrDefault(candidate => !string.IsNullOrWhiteSpace(candidate));
            if (connectionString is not null) return FromConnectionString(connectionString);
            var section = configuration.GetSection(name);
            if (ServiceUriKeys.Any(key => !string.IsNullOrWhiteSpace(section[key]))) return FromServiceUris(section);
        }
        throw new InvalidOperationException(NotConfiguredMessage);
    }

    /// <summary>Clients on the account of <paramref name="connectionString"/>, with the SDK's default retries.</summary>
    public static StorageAccount FromConnectionString(string connectionString) =>
        new(new BlobServiceClient(connectionString),
            new QueueServiceClient(connectionString, StorageAccount.QueueOptions),
            new TableServiceClient(connectionString));

    /// <summary>Clients on the service URIs of <paramref name="section"/>, authenticated by <see cref="Credential"/>. No network call is made here.</summary>
    public static StorageAccount FromServiceUris(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var credential = Credential(section);
        return new(new BlobServiceClient(ServiceUri(section, BlobServiceUriKey), credential),
            new QueueServiceClient(ServiceUri(section, QueueServiceUriKey), credential, StorageAccount.QueueOptions),
            new TableServiceClient(ServiceUri(section, TableServiceUriKey), credential));
    }

    /// <summary>
    /// <c>credential = managedidentity</c>: the managed identity only (system-assigned, or the
    /// user-assigned one <c>clientId</c> names), so a production app never falls back to another
    /// identity it happens to find. Otherwise DefaultAzureCredential, which also reaches a
    /// developer's own sign-in (Azure CLI, Visual Studio) when the app runs outside Azure — what the
    /// Functions host does for identity-based connections without a <c>credential</c> setting.
    /// </summary>
    public static TokenCredential Credential(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var clientId = section[ClientIdKey];
        var hasClientId = !string.IsNullOrWhiteSpace(clientId);
        if (string.Equals(section[CredentialKey], ManagedIdentity, StringComparison.OrdinalIgnoreCase))
            return new ManagedIdentityCredential(hasClientId ? ManagedIdentityId.FromUserAssignedClientId(clientId!) : ManagedIdentityId.SystemAssigned);
        return new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = hasClientId ? clientId : null });
    }

    private static Uri ServiceUri(IConfigurationSection section, string key)
    {
        var value = section[key];
        if (string.IsNullOrWhiteSpace(value))
            throw new InvalidOperationException($"The storage setting '{section.Path.Replace(":", "__", StringComparison.Ordinal)}__{key}' is missing: {NotConfiguredMessage}");
        // Bearer tokens are only ever sent over TLS, and Azure Storage endpoints are https.
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
            throw new InvalidOperationException($"The storage setting '{section.Path.Replace(":", "__", StringComparison.Ordinal)}__{key}' must be an https URI, such as https://ACCOUNT.blob.core.windows.net; it is '{value}'.");
        return uri;
    }
}
