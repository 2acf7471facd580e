using Azure;
using Azure.Storage.Blobs;

namespace Pipeline.Storage.Ingestion;

/// <summary>
/// The parsed container: one <see cref="ParsedUpload"/> per parsed upload, parsed/{uploadId}.json, written by the parse
/// step and kept for good. The one place that names and reads these documents.
/// </summary>
public sealed class ParsedUploads(BlobContainerClient parsed)
{
    /// <summary>The upload's parsed document; null when there is none (not parsed yet, or lost with an emulator's last seconds — the re-drive parses it again).</summary>
    /// <exception cref="InvalidDataException">The document holds nothing.</exception>
    public async Task<ParsedUpload?> GetAsync(string uploadId, CancellationToken cancellationToken)
    {
        try
        {
            var document = await parsed.GetBlobClient(BlobName(uploadId)).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            return document.Value.Content.ToObjectFromJson<ParsedUpload>(StorageJson.Options)
                ?? throw new InvalidDataException($"parsed/{BlobName(uploadId)} is empty.");
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Writes (or writes again: parsing is a pure function of the bytes) the upload's parsed document.</summary>
    public Task PutAsync(ParsedUpload document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        return parsed.GetBlobClient(BlobName(document.UploadId)).UploadAsync(BinaryData.FromObjectAsJson(document, StorageJson.Options), overwrite: true, cancellationToken);
    }

    private static string BlobName(string uploadId) => $"{uploadId}.json";
}
