using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Units;
using Pipeline.Storage.Durability;

namespace Pipeline.Storage.Uploads;

/// <summary>
/// Stores an annex file <see cref="AnnexSubmission"/> accepted for a commune and term: records it
/// as received, and stores the original in the annexes container under its
/// <see cref="OriginalBlobName"/> — which fires the parse step. A file whose bytes are no workbook
/// is still kept, recorded at once as rejected with the clerk-facing reason, so nothing a clerk
/// sends is lost.
/// </summary>
public sealed class UploadService(BlobContainerClient annexes, UploadStore uploads, TimeProvider clock, IWriteJournal journal) : IUploadReceiver
{
    private readonly ArrivalSequence _arrivals = new();

    /// <inheritdoc/>
    public async Task<UploadRecord> ReceiveAsync(UploadRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // Uploads received in one millisecond sort by arrival: the last is the newest (and so are a report's parts, UploadId.PartOf).
        var (receivedAt, sequence) = _arrivals.Next(clock);
        var uploadId = UploadId.New(receivedAt, sequence);
        var refusal = request.Refusal;
        var upload = new UploadRecord(
            uploadId.Value, request.Commune, request.Term, StoredFileName(request.FileName), request.Uploader,
            new OriginalBlobName(request.Commune, Term.Parse(request.Term), uploadId, OriginalBlobName.ExtensionFor(request.Kind)).ToString(),
            receivedAt,
            refusal is null ? UploadStatus.Received : UploadStatus.Rejected,
            refusal is null ? null : AnnexReports.CodeOf(refusal),
            refusal?.Message,
            Period: request.Period,
            PeriodChosen: request.Period is not null,
            UploaderCommune: request.UploaderCommune);

        // The record first: the blob's arrival triggers parsing, which reads it.
        await uploads.AddAsync(upload, cancellationToken).ConfigureAwait(false);
        var metadata = new Dictionary<string, string>
        {
            ["uploadid"] = uploadId.Value,
            ["originalname"] = Uri.EscapeDataString(upload.FileName), // metadata is ASCII-only
            ["uploader"] = Uri.EscapeDataString(request.Uploader),
            ["commune"] = request.Commune.ToString(),
            ["term"] = request.Term,
        };
        if (request.Period is { } period) metadata["period"] = period.ToString();
        await StoreOriginalAsync(upload.BlobName, request.Content, metadata, cancellationToken).ConfigureAwait(false);
        // Last, before the caller is answered: what the host's journal holds survives a crash of the emulator.
        await journal.UploadAcceptedAsync(new AcceptedUpload(upload, metadata, request.Content), cancellationToken).ConfigureAwait(false);
        return upload;
    }

    /// <summary>
    /// Makes storage hold an upload that was accepted (after the local emulator lost its last
    /// seconds): its record (as first written, so it is parsed again) and its original. Changes
    /// nothing that is there. Returns whether anything had to be restored.
    /// </summary>
    public async Task<bool> RestoreAsync(AcceptedUpload accepted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        var restored = await uploads.EnsureAsync(accepted.Upload, cancellationToken).ConfigureAwait(false);
        var blob = annexes.GetBlobClient(accepted.Upload.BlobName);
        if (!(await blob.ExistsAsync(cancellationToken).ConfigureAwait(false)).Value)
        {
            await StoreOriginalAsync(accepted.Upload.BlobName, accepted.Content, accepted.Metadata, cancellationToken).ConfigureAwait(false);
            restored = true;
        }
        return restored;
    }

    private async Task StoreOriginalAsync(string blobName, ReadOnlyMemory<byte> content, IReadOnlyDictionary<string, string> metadata, CancellationToken cancellationToken)
    {
        try
        {
            await annexes.GetBlobClient(blobName).UploadAsync(new BinaryData(content), new BlobUploadOptions
            {
                Metadata = new Dictionary<string, string>(metadata),
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All }, // never overwrite an original
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // Already there (a restore racing another): originals are never overwritten.
        }
    }

    /// <summary>Longest file name kept, in characters: file systems allow 255; the name travels URL-encoded in the original's metadata (at most 8 KB).</summary>
    public const int MaxFileNameLength = 200;

    /// <summary>The name as the clerk's file had it, without a path, shortened in the middle to <see cref="MaxFileNameLength"/> keeping its extension.</summary>
    public static string StoredFileName(string fileName)
    {
        var name = Path.GetFileName(fileName);
        if (name.Length <= MaxFileNameLength) return name;
        var extension = Path.GetExtension(name);
        if (extension.Length > 16) extension = "";
        return string.Concat(name.AsSpan(0, MaxFileNameLength - extension.Length - 1), "…", extension);
    }
}
