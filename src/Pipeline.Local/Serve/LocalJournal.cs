using System.Text.Json;
using Pipeline.Storage;
using Pipeline.Storage.Durability;
using Pipeline.Storage.Uploads;

namespace Pipeline.Local.Serve;

/// <summary>
/// The local host's journal of accepted writes, in its data folder (journal/): Azurite saves its
/// data to disk only every 5 seconds, so an upload answered 202 (or a units or catalogue
/// document answered 200) is written here, flushed to disk, before the answer — and replayed
/// into storage when the host or Azurite starts again (<see cref="LocalRecovery"/>). An entry is
/// forgotten once storage has held its final state long enough to have saved it.
/// </summary>
/// <remarks>
/// Layout: uploads/{uploadId}.bin (the original) and uploads/{uploadId}.json (record and blob
/// metadata; written last, so an entry counts only when complete); documents/{container}~{blob}
/// (the latest accepted version, base64, or a deletion). Each file is written to a temporary
/// name, flushed and renamed, so a crash never leaves a half-written entry.
/// </remarks>
public sealed class LocalJournal : IWriteJournal, IDisposable
{
    private readonly string _uploads;
    private readonly string _documents;
    private readonly SemaphoreSlim _documentHold = new(1, 1);

    public LocalJournal(string dataDirectory)
    {
        var root = Path.Combine(dataDirectory, "journal");
        _uploads = Directory.CreateDirectory(Path.Combine(root, "uploads")).FullName;
        _documents = Directory.CreateDirectory(Path.Combine(root, "documents")).FullName;
        foreach (var partial in Directory.EnumerateFiles(root, "*.tmp", SearchOption.AllDirectories)) File.Delete(partial); // a crash mid-write
    }

    public async Task UploadAcceptedAsync(AcceptedUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var id = upload.Upload.UploadId;
        await WriteDurablyAsync(UploadPath(id, ".bin"), upload.Content, cancellationToken).ConfigureAwait(false);
        var entry = JsonSerializer.SerializeToUtf8Bytes(new UploadEntry(upload.Upload, upload.Metadata), StorageJson.Options);
        await WriteDurablyAsync(UploadPath(id, ".json"), entry, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _documentHold.Dispose();

    public async Task<IDisposable> HoldDocumentsAsync(CancellationToken cancellationToken)
    {
        await _documentHold.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(_documentHold);
    }

    /// <summary>The latest accepted version of <paramref name="listed"/>'s document, read now; null when its entry was forgotten since.</summary>
    public async Task<AcceptedDocument?> ReadDocumentAsync(AcceptedDocument listed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listed);
        try
        {
            return ToDocument(JsonSerializer.Deserialize<DocumentEntry>(await File.ReadAllBytesAsync(DocumentPath(listed), cancellationToken).ConfigureAwait(false), StorageJson.Options));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    public Task DocumentAcceptedAsync(AcceptedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entry = JsonSerializer.SerializeToUtf8Bytes(new DocumentEntry(document.Container, document.BlobName, document.Content?.ToArray()), StorageJson.Options);
        return WriteDurablyAsync(DocumentPath(document), entry, cancellationToken);
    }

    /// <summary>The ids of the uploads the journal holds that were journaled since <paramref name="since"/>, oldest first.</summary>
    public IReadOnlyList<string> JournaledUploads(DateTimeOffset since) =>
        Directory.EnumerateFiles(_uploads, "*.json")
            .Where(path => since == DateTimeOffset.MinValue || File.GetLastWriteTimeUtc(path) >= since.UtcDateTime)
            .Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    /// <summary>An upload as journaled, or null when its entry is gone or incomplete.</summary>
    public async Task<AcceptedUpload?> ReadUploadAsync(string uploadId, CancellationToken cancellationToken)
    {
        try
        {
            var entry = JsonSerializer.Deserialize<UploadEntry>(await File.ReadAllBytesAsync(UploadPath(uploadId, ".json"), cancellationToken).ConfigureAwait(false), StorageJson.Options);
            if (entry is null) return null;
            var content = await File.ReadAllBytesAsync(UploadPath(uploadId, ".bin"), cancellationToken).ConfigureAwait(false);
            return new AcceptedUpload(entry.Upload, entry.Metadata, content);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The latest accepted version of each document.</summary>
    public async Task<IReadOnlyList<AcceptedDocument>> ReadDocumentsAsync(CancellationToken cancellationToken)
    {
        var documents = new List<AcceptedDocument>();
        foreach (var path in Directory.EnumerateFiles(_documents).Where(p => !p.EndsWith(".tmp", StringComparison.Ordinal)))
        {
            if (ToDocument(JsonSerializer.Deserialize<DocumentEntry>(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), StorageJson.Options)) is { } document)
                documents.Add(document);
        }
        return documents;
    }

    /// <summary>Drops an upload's entry: storage has saved its final state.</summary>
    public void ForgetUpload(string uploadId)
    {
        File.Delete(UploadPath(uploadId, ".json")); // the entry stops counting first
        File.Delete(UploadPath(uploadId, ".bin"));
    }

    /// <summary>Drops a document's entry unless a newer version was accepted since <paramref name="document"/> was read.</summary>
    public void ForgetDocument(AcceptedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var path = DocumentPath(document);
        if (!File.Exists(path)) return;
        var entry = JsonSerializer.Deserialize<DocumentEntry>(File.ReadAllBytes(path), StorageJson.Options);
        var same = entry?.Content is null ? document.Content is null : document.Content is not null && entry.Content.AsSpan().SequenceEqual(document.Content.ToMemory().Span);
        if (same) File.Delete(path);
    }

    private static AcceptedDocument? ToDocument(DocumentEntry? entry) =>
        entry is null ? null : new AcceptedDocument(entry.Container, entry.BlobName, entry.Content is null ? null : new BinaryData(entry.Content));

    private sealed class Release(SemaphoreSlim hold) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) hold.Release();
        }
    }

    private string UploadPath(string uploadId, string extension)
    {
        if (!Core.Units.UploadId.IsValid(uploadId)) throw new ArgumentException($"'{uploadId}' is not an upload id.", nameof(uploadId));
        return Path.Combine(_uploads, uploadId + extension);
    }

    private string DocumentPath(AcceptedDocument document) => Path.Combine(_documents, $"{document.Container}~{Path.GetFileName(document.BlobName)}");

    private static async Task WriteDurablyAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(content, cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
        File.Move(temporary, path, overwrite: true);
    }

    private sealed record UploadEntry(UploadRecord Upload, IReadOnlyDictionary<string, string> Metadata);

    private sealed record DocumentEntry(string Container, string BlobName, byte[]? Content);
}
