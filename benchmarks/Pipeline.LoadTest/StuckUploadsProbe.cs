using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Azure.Storage.Queues;
using Pipeline.Local.Serve;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Storage;
using Pipeline.Storage.Queries;
using Pipeline.Storage.Scoring;

namespace Pipeline.LoadTest;

/// <summary>
/// When uploads never reach a final status, looks into the in-process host's storage for why:
/// whether the WebJobs blob trigger ever saw the original (its blob receipt), the original's
/// Last-Modified second, target rows written for uploads stuck in "parsed", and what is left
/// in the queues. Only possible when the load test started the host itself.
/// </summary>
internal static class StuckUploadsProbe
{
    /// <summary>The WebJobs host's container and the host id <see cref="LocalHost"/> pins.</summary>
    private const string HostsContainer = "azure-webjobs-hosts";

    private const string ReceiptPrefix = "blobreceipts/pipeline-local/";

    private const int MaxListed = 100_000;

    public static async Task WriteAsync(TextWriter output, LocalHost host, IReadOnlyList<ThroughputUpload> notFinal, CancellationToken cancellationToken)
    {
        if (notFinal.Count == 0) return;
        var queries = host.Services.GetRequiredService<SummaryQueries>();

        // Blob receipts are named {hostId}/{functionId}/{etag}/{container}/{blob}.
        var receipts = new HashSet<string>(StringComparer.Ordinal);
        var hosts = new BlobServiceClient(host.ConnectionString).GetBlobContainerClient(HostsContainer);
        await foreach (var receipt in hosts.GetBlobsAsync(BlobTraits.None, BlobStates.None, ReceiptPrefix, cancellationToken).ConfigureAwait(false))
        {
            var at = receipt.Name.IndexOf("/" + StorageNames.AnnexesContainer + "/", StringComparison.Ordinal);
            if (at >= 0) receipts.Add(receipt.Name[(at + StorageNames.AnnexesContainer.Length + 2)..]);
            if (receipts.Count >= MaxListed) break;
        }

        var lastModified = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var blob in new BlobServiceClient(host.ConnectionString).GetBlobContainerClient(StorageNames.AnnexesContainer).GetBlobsAsync(BlobTraits.None, BlobStates.None, null, cancellationToken).ConfigureAwait(false))
        {
            lastModified[blob.Name] = blob.Properties.LastModified ?? DateTimeOffset.MinValue;
            if (lastModified.Count >= MaxListed) break;
        }
        var triggeredSeconds = lastModified.Where(b => receipts.Contains(b.Key)).Select(b => b.Value).ToHashSet();

        output.WriteLine("### Uploads that never reached a final status");
        output.WriteLine();

        var received = new List<(string Blob, DateTimeOffset Modified, bool Receipt)>();
        var parsed = new List<(string UploadId, int TargetRows)>();
        var targets = new Azure.Data.Tables.TableClient(host.ConnectionString, StorageNames.TargetsTable);
        foreach (var upload in notFinal)
        {
            var record = await queries.GetUploadAsync(upload.Post!.UploadId!, cancellationToken).ConfigureAwait(false);
            if (record is null) continue;
            if (record.Status == Pipeline.Storage.Uploads.UploadStatus.Received)
            {
                received.Add((record.BlobName, lastModified.GetValueOrDefault(record.BlobName), receipts.Contains(record.BlobName)));
            }
            else if (record.Status == Pipeline.Storage.Uploads.UploadStatus.Parsed)
            {
                var partition = TableKeys.UploadTargets(record.Commune.ToString(), record.Term, record.UploadId);
                var rows = 0;
                await foreach (var _ in targets.QueryAsync<TableEntity>(e => e.PartitionKey == partition, select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
                    rows++;
                parsed.Add((record.UploadId, rows));
            }
        }

        if (received.Count > 0)
        {
            var withReceipt = received.Count(r => r.Receipt);
            var sharedSecond = received.Count(r => !r.Receipt && triggeredSeconds.Contains(r.Modified));
            output.WriteLine(
                $"- {received.Count} still `received`: {received.Count - withReceipt} have **no blob receipt** (the blob trigger never picked the original up), " +
                $"{withReceipt} have one. Of those without a receipt, {sharedSecond} have the same Last-Modified second as an original that was picked up.");
        }
        if (parsed.Count > 0)
        {
            output.WriteLine(
                $"- {parsed.Count} still `parsed`: target rows written for them: {string.Join(", ", parsed.Select(p => p.TargetRows).Order())}. " +
                "With no rows and no message left in the score queues, the score step ran and ended without scoring: " +
                "it returns early for an upload it reads while still `received`.");
        }

        var queues = new QueueServiceClient(host.ConnectionString);
        var lengths = new List<string>();
        foreach (var name in new[] { StorageNames.ScoreQueue, StorageNames.ScorePoisonQueue, "azure-webjobs-blobtrigger-pipeline-local", "webjobs-blobtrigger-poison" })
            lengths.Add($"`{name}` {await LengthAsync(queues.GetQueueClient(name), cancellationToken).ConfigureAwait(false)}");
        output.WriteLine($"- Messages left in queues: {string.Join(", ", lengths)}.");
        output.WriteLine();
    }

    private static async Task<string> LengthAsync(QueueClient queue, CancellationToken cancellationToken)
    {
        if (!(await queue.ExistsAsync(cancellationToken).ConfigureAwait(false)).Value) return "(none)";
        return (await queue.GetPropertiesAsync(cancellationToken).ConfigureAwait(false)).Value.ApproximateMessagesCount.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
