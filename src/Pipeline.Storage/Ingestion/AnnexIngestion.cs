using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Storage.Uploads;
using Pipeline.Storage.Units;
using System.Text.Json;

namespace Pipeline.Storage.Ingestion;

/// <summary>
/// The parse step (blob trigger): reads an uploaded original, writes its normalised annexes to
/// parsed/{uploadId}.json, enqueues one score request per annex, and records the upload as
/// parsed — or as rejected with the clerk-facing reason. Running it again for the same blob
/// changes nothing: an upload that is past "received" is left alone.
/// </summary>
public sealed class AnnexIngestion(BlobContainerClient annexes, BlobContainerClient parsed, QueueClient scoreQueue, UploadStore uploads, UnitRegistryStore units)
{
    /// <summary>
    /// Parses uploads the blob trigger has not reached after <paramref name="grace"/>: the
    /// local trigger scans the container by last-modified second and can miss blobs written in
    /// the same second. Parsing is idempotent, so a sweep racing the trigger is harmless.
    /// </summary>
    public async Task<int> SweepAsync(DateTimeOffset now, TimeSpan grace, CancellationToken cancellationToken)
    {
        var swept = 0;
        foreach (var uploadId in await uploads.ListPendingAsync(now - grace, cancellationToken).ConfigureAwait(false))
        {
            if (await uploads.GetAsync(uploadId, cancellationToken).ConfigureAwait(false) is not { } upload) continue;
            await ParseAsync(upload.BlobName, cancellationToken).ConfigureAwait(false);
            swept++;
        }
        return swept;
    }

    public async Task ParseAsync(string blobName, CancellationToken cancellationToken)
    {
        var uploadId = Path.GetFileNameWithoutExtension(blobName);
        var upload = await uploads.GetAsync(uploadId, cancellationToken).ConfigureAwait(false);
        if (upload is null || upload.Status != UploadStatus.Received) return;

        var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var commune = registry.Find(upload.Commune);
        WorkbookReadResult read;
        var blob = await annexes.GetBlobClient(upload.BlobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
        using (var content = blob.Value.Content.ToStream())
        {
            read = AnnexReader.Read(content); // the titles as written, to compare with what the clerk chose
        }

        if (read.Error is { } error)
        {
            await uploads.UpdateAsync(upload with { Status = UploadStatus.Rejected, ErrorCode = AnnexReports.CodeOf(error), ErrorMessage = error.Message }, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Parsed JSON and messages before the status: a crash in between re-runs this step, and a
        // repeated message is harmless to the idempotent score step.
        // The figures count for the commune and term the clerk chose; a title that says otherwise is pointed out.
        var warnings = AnnexTitleCheck.Warnings(read.Annexes, commune?.Name, upload.Term);
        var document = new ParsedUpload(uploadId, read.Annexes.Select(a => a with { Commune = commune?.Name ?? a.Commune, Term = upload.Term }).ToArray());
        await parsed.GetBlobClient($"{uploadId}.json").UploadAsync(BinaryData.FromObjectAsJson(document, StorageJson.Options), overwrite: true, cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < read.Annexes.Count; i++)
        {
            var message = JsonSerializer.Serialize(new ScoreRequest(uploadId, i), StorageJson.Options);
            await scoreQueue.SendMessageAsync(message, cancellationToken).ConfigureAwait(false);
        }
        await uploads.UpdateAsync(upload with { Status = UploadStatus.Parsed, AnnexCount = read.Annexes.Count, Warnings = warnings }, cancellationToken).ConfigureAwait(false);
    }
}
