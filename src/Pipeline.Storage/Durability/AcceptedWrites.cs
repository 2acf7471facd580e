using Azure;
using Azure.Storage.Blobs;
using Pipeline.Storage.Review;
using Pipeline.Storage.Uploads;

namespace Pipeline.Storage.Durability;

/// <summary>
/// Brings storage back in line with what a host accepted (its <see cref="IWriteJournal"/>): an
/// emulator killed within its save interval forgets its last writes, and the local host replays
/// them from its journal on start and after the emulator restarts. Every method is idempotent and
/// changes nothing storage already holds, so replaying a journal twice is harmless.
/// </summary>
public sealed class AcceptedWrites(UploadService uploads, UploadStore records, BlobServiceClient blobs, ReviewStore reviews)
{
    /// <summary>Restores an accepted review decision where storage holds an older version or lacks its history line; returns whether anything was.</summary>
    public Task<bool> RestoreReviewAsync(AcceptedReview accepted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        return reviews.RestoreAsync(accepted.Commune, accepted.Review, cancellationToken);
    }

    /// <summary>Whether storage holds the accepted review decision (its version or a later one, and its history line).</summary>
    public Task<bool> HoldsReviewAsync(AcceptedReview accepted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        return reviews.HoldsAsync(accepted.Commune, accepted.Review, cancellationToken);
    }

    /// <summary>Restores an accepted deadline where storage holds another; returns whether it had to.</summary>
    public Task<bool> RestoreDeadlineAsync(AcceptedDeadline accepted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        return reviews.RestoreDeadlineAsync(accepted.Province, accepted.Deadline, cancellationToken);
    }

    /// <summary>Whether storage holds exactly the accepted deadline.</summary>
    public Task<bool> HoldsDeadlineAsync(AcceptedDeadline accepted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        return reviews.HoldsDeadlineAsync(accepted.Province, accepted.Deadline, cancellationToken);
    }

    /// <summary>Restores an accepted upload's record and original where missing; returns whether anything was.</summary>
    public Task<bool> RestoreUploadAsync(AcceptedUpload upload, CancellationToken cancellationToken) => uploads.RestoreAsync(upload, cancellationToken);

    /// <summary>Whether the upload has reached a final status in storage (scored, rejected, failed).</summary>
    public async Task<bool> IsFinalAsync(string uploadId, CancellationToken cancellationToken) =>
        await records.GetAsync(uploadId, cancellationToken).ConfigureAwait(false) is { } upload && UploadStore.IsFinal(upload.Status);

    /// <summary>Stores (or deletes) the document as accepted when storage holds something else; returns whether it had to.</summary>
    public async Task<bool> RestoreDocumentAsync(AcceptedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (await HoldsDocumentAsync(document, cancellationToken).ConfigureAwait(false)) return false;
        var blob = blobs.GetBlobContainerClient(document.Container).GetBlobClient(document.BlobName);
        if (document.Content is null) await blob.DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        else await blob.UploadAsync(document.Content, overwrite: true, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Whether storage holds the document exactly as accepted (or, for a deletion, holds none).</summary>
    public async Task<bool> HoldsDocumentAsync(AcceptedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        try
        {
            var stored = (await blobs.GetBlobContainerClient(document.Container).GetBlobClient(document.BlobName)
                .DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
            return document.Content is not null && stored.ToMemory().Span.SequenceEqual(document.Content.ToMemory().Span);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return document.Content is null;
        }
    }
}
