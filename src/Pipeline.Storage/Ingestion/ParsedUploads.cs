using Azure;
using Azure.Storage.Blobs;

namespace Pipeline.Storage.Ingestion;

/// <summary>The parsed container: one <see cref="ParsedUpload"/> per parsed upload, parsed/{uploadId}.json, kept for good.</summary>
public sealed class ParsedUploads(BlobContainerClient parsed)
{
    /// <summary>The upload's parsed document; null when there is none (not parsed yet, or lost with an emulator's last seconds — the re-drive parses it again).</summary>
    public async Task<ParsedUpload?> GetAsync(string uploadId, CancellationToken cancellationToken)
    {
        try
        {
            var document = await parsed.GetBlobClient($"{uploadId}.json").DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return document.Value.Content.ToObjectFromJson<ParsedUpload>(StorageJson.Options);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
