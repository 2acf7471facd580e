using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Units;
using Pipeline.Storage.Durability;
using Pipeline.Storage.Units;

namespace Pipeline.Storage.Uploads;

/// <summary>
/// Accepts an annex file for a commune and term: checks it, records it as received, and
/// stores the original in the annexes container under its <see cref="OriginalBlobName"/> — which fires
/// the parse step. A file whose bytes are no workbook is still kept, recorded at once as
/// rejected with the clerk-facing reason, so nothing a clerk sends is lost.
/// </summary>
public sealed class UploadService(BlobContainerClient annexes, UploadStore uploads, UnitRegistryStore units, TimeProvider clock, IWriteJournal journal)
{
    /// <summary>Largest upload accepted: an annex weighs kilobytes.</summary>
    public const long MaxUploadBytes = 5 * 1024 * 1024;

    public async Task<(UploadRecord? Upload, UploadRefusal? Refusal)> ReceiveAsync(UploadRequest request, CancellationToken cancellationToken)
    {
        var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        if (registry.Find(request.Commune) is null)
            return (null, new UploadRefusal(404, "unknown-commune", $"Không có xã '{request.Commune}' trong danh mục đơn vị hành chính."));
        if (!Term.TryParse(request.Term, out var term))
            return (null, new UploadRefusal(400, "invalid-term", "Nhiệm kỳ phải có dạng 2020-2025."));
        if (string.IsNullOrWhiteSpace(request.FileName))
            return (null, new UploadRefusal(400, "missing-file", "Hãy chọn tệp Excel biểu chỉ tiêu để tải lên."));

        var (content, size) = await BufferAsync(request.Content, cancellationToken).ConfigureAwait(false);
        if (content is null)
            return (null, new UploadRefusal(413, "too-large", Refusals.FileTooLarge(size, MaxUploadBytes).Message));

        var receivedAt = clock.GetUtcNow();
        var uploadId = UploadId.New(receivedAt);
        var kind = FileSignature.Detect(content.AsSpan(0, Math.Min(content.Length, 4096)));

        // Not a workbook by its bytes: keep it, and say why at once; the parse step will leave it alone.
        ReadError? refusal = kind is FileKind.Zip or FileKind.CompoundFile or FileKind.RawBiff ? null : AnnexReader.Read(new MemoryStream(content)).Error;
        var upload = new UploadRecord(
            uploadId.Value, request.Commune, request.Term, StoredFileName(request.FileName), request.Uploader,
            new OriginalBlobName(request.Commune, term, uploadId, OriginalBlobName.ExtensionFor(kind)).ToString(),
            receivedAt,
            refusal is null ? UploadStatus.Received : UploadStatus.Rejected,
            refusal is null ? null : AnnexReports.CodeOf(refusal),
            refusal?.Message);

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
        await StoreOriginalAsync(upload.BlobName, content, metadata, cancellationToken).ConfigureAwait(false);
        // Last, before the caller is answered: what the host's journal holds survives a crash of the emulator.
        await journal.UploadAcceptedAsync(new AcceptedUpload(upload, metadata, content), cancellationToken).ConfigureAwait(false);
        return (upload, null);
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

    /// <summary>The file's bytes, or null and its real size when it is over <see cref="MaxUploadBytes"/>.</summary>
    private static async Task<(byte[]? Content, long Size)> BufferAsync(Stream content, CancellationToken cancellationToken)
    {
        if (content.CanSeek && content.Length - content.Position > MaxUploadBytes) return (null, content.Length - content.Position);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long size = 0;
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            size += read;
            // Over the limit: stop keeping bytes, only count them, so the clerk reads the file's real size.
            if (size <= MaxUploadBytes) buffer.Write(chunk, 0, read);
        }
        return size > MaxUploadBytes ? (null, size) : (buffer.ToArray(), size);
    }
}
