using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Pipeline.Storage.Scoring;

namespace Pipeline.Storage;

/// <summary>
/// The storage account the pipeline runs on, as the three service clients a host builds: from a
/// connection string (Azurite, local development) or, in Azure, from service URIs and a managed
/// identity. Building one makes no network call. <see cref="PipelineStorageServices.AddPipelineStorage(Microsoft.Extensions.DependencyInjection.IServiceCollection, Func{IServiceProvider, StorageAccount})"/>
/// takes the containers, queues and tables of every store and step from it.
/// </summary>
/// <param name="Blobs">The blob service.</param>
/// <param name="Queues">The queue service; its messages must be Base64 (<see cref="QueueOptions"/>).</param>
/// <param name="Tables">The table service.</param>
public sealed record StorageAccount(BlobServiceClient Blobs, QueueServiceClient Queues, TableServiceClient Tables)
{
    /// <summary>Queue messages are Base64, as the WebJobs and Functions queue triggers expect.</summary>
    public static QueueClientOptions QueueOptions => new() { MessageEncoding = ScoreQueueSettings.MessageEncoding };

    /// <summary>Clients on the account of <paramref name="connectionString"/>, patient as <see cref="Patient{T}"/> says.</summary>
    public static StorageAccount FromConnectionString(string connectionString) =>
        new(new BlobServiceClient(connectionString, Patient(new BlobClientOptions())),
            new QueueServiceClient(connectionString, Patient(QueueOptions)),
            new TableServiceClient(connectionString, Patient(new TableClientOptions())));

    /// <summary>
    /// How long a host waits for storage that does not answer (a frozen emulator): 10 s a try,
    /// three tries, so a request is answered 503 within about half a minute rather than after the
    /// SDK's default of four tries of 100 s.
    /// </summary>
    private static T Patient<T>(T options) where T : Azure.Core.ClientOptions
    {
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(10);
        options.Retry.MaxRetries = 2;
        return options;
    }
}
