using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Storage;
using Pipeline.Storage.Ingestion;

namespace Pipeline.Functions;

/// <summary>A new original in annexes/ → the parse step (Event Grid source: what Flex Consumption needs).</summary>
public sealed class ParseAnnexFunction(StoragePreparation storage, AnnexIngestion ingestion)
{
    /// <param name="blob">
    /// Bound as a client so the worker does not download the content; the step reads the original
    /// itself, by <paramref name="name"/>.
    /// </param>
    /// <param name="name">The blob's name inside the container, an <see cref="Storage.Uploads.OriginalBlobName"/>: {province}/{commune}/{term}/{uploadId}.{ext}.</param>
    [Function(TriggerNames.ParseAnnex)]
    public async Task RunAsync(
        [BlobTrigger(StorageNames.AnnexesContainer + "/{name}", Source = BlobTriggerSource.EventGrid, Connection = PipelineServices.ConnectionSetting)] BlobClient blob,
        string name,
        CancellationToken cancellationToken)
    {
        await storage.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await ingestion.ParseAsync(name, cancellationToken).ConfigureAwait(false);
    }
}
