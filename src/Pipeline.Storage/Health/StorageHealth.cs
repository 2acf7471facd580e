using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace Pipeline.Storage.Health;

/// <summary>
/// Whether the pipeline's storage answers: one cheap call per service — the annexes
/// container's properties (blob), the score queue's properties (queue), a point read of an
/// entity that never exists in the Uploads table (table) — run in parallel, each given
/// <see cref="Timeout"/>. Only data-plane reads, so the app's storage roles suffice.
/// </summary>
public sealed class StorageHealth(BlobContainerClient container, QueueClient queue, TableClient table)
{
    /// <summary>How long each service has to answer (the SDK's retries included).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>Checks the three services; never throws for a service that fails (its check says why), only when <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task<StorageHealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var checks = await Task.WhenAll(
            CheckAsync(StorageService.Blob, token => container.GetPropertiesAsync(cancellationToken: token), cancellationToken),
            CheckAsync(StorageService.Queue, token => queue.GetPropertiesAsync(token), cancellationToken),
            CheckAsync(StorageService.Table, token => table.GetEntityIfExistsAsync<TableEntity>("health", "probe", ["PartitionKey"], token), cancellationToken)).ConfigureAwait(false);
        return new StorageHealthReport(checks);
    }

    private static async Task<StorageCheck> CheckAsync(StorageService service, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await call(timeout.Token).ConfigureAwait(false);
            return new StorageCheck(service, null);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new StorageCheck(service, $"no answer within {Timeout.TotalSeconds:0} s");
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new StorageCheck(service, StorageOutage.Describe(ex));
        }
    }
}
