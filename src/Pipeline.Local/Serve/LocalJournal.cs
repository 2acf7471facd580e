using System.Text.Json;
using Pipeline.Core.Periods;
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
    private readonly string _reviews;
    private readonly string _deadlines;
    private readonly SemaphoreSlim _documentHold = new(1, 1);

    public LocalJournal(string dataDirectory)
    {
        var root = Path.Combine(dataDirectory, "journal");
        _uploads = Directory.CreateDirectory(Path.Combine(root, "uploads")).FullName;
        _documents = Directory.CreateDirectory(Path.Combine(root, "documents")).FullName;
        _reviews = Directory.CreateDirectory(Path.Combine(root, "reviews")).FullName;
        _deadlines = Directory.CreateDirectory(Path.Combine(root, "deadlines")).FullName;
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

    public async Task<IDisposable> HoldReplayAsync(CancellationToken cancellationToken)
    {
        await _documentHold.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(_documentHold);
    }

    /// <summary>The latest accepted version of <paramref name="listed"/>'s document, read now; null when its entry was forgotten since.</summary>
    public async Task<AcceptedDocument?> ReadDocumentAsync(AcceptedDocument listed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listed);
        return ToDocument(await ReadEntryAsync<DocumentEntry>(DocumentPath(listed), cancellationToken).ConfigureAwait(false));
    }

    public Task DocumentAcceptedAsync(AcceptedDocument document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        var entry = JsonSerializer.SerializeToUtf8Bytes(new DocumentEntry(document.Container, document.BlobName, document.Content?.ToArray()), StorageJson.Options);
        return WriteDurablyAsync(DocumentPath(document), entry, cancellationToken);
    }

    public Task ReviewAcceptedAsync(AcceptedReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        return WriteDurablyAsync(ReviewPath(review), JsonSerializer.SerializeToUtf8Bytes(review, StorageJson.Options), cancellationToken);
    }

    public Task DeadlineAcceptedAsync(AcceptedDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return WriteDurablyAsync(DeadlinePath(deadline), JsonSerializer.SerializeToUtf8Bytes(deadline, StorageJson.Options), cancellationToken);
    }

    /// <summary>Every accepted review decision the journal holds, each commune's in the order they were made.</summary>
    public Task<IReadOnlyList<AcceptedReview>> ReadReviewsAsync(CancellationToken cancellationToken) => ReadAllAsync<AcceptedReview>(_reviews, cancellationToken);

    /// <summary>The latest accepted deadline of each province and term, and of each period of a term.</summary>
    public Task<IReadOnlyList<AcceptedDeadline>> ReadDeadlinesAsync(CancellationToken cancellationToken) => ReadAllAsync<AcceptedDeadline>(_deadlines, cancellationToken);

    /// <summary>The latest accepted deadline for <paramref name="listed"/>'s province, term and period, read now; null when forgotten since.</summary>
    public async Task<AcceptedDeadline?> ReadDeadlineAsync(AcceptedDeadline listed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(listed);
        return await ReadEntryAsync<AcceptedDeadline>(DeadlinePath(listed), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Drops a review decision's entry: storage has saved it (or a later version).</summary>
    public void ForgetReview(AcceptedReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        File.Delete(ReviewPath(review));
    }

    /// <summary>Drops a deadline's entry unless another was accepted for its term and period since <paramref name="deadline"/> was read.</summary>
    public void ForgetDeadline(AcceptedDeadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var path = DeadlinePath(deadline);
        if (!File.Exists(path)) return;
        if (JsonSerializer.Deserialize<AcceptedDeadline>(File.ReadAllBytes(path), StorageJson.Options) == deadline) File.Delete(path);
    }

    /// <summary>One journal entry, or null when its file is gone (forgotten: storage had saved it).</summary>
    private static async Task<T?> ReadEntryAsync<T>(string path, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false), StorageJson.Options);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    private static async Task<IReadOnlyList<T>> ReadAllAsync<T>(string folder, CancellationToken cancellationToken) where T : class
    {
        var entries = new List<T>();
        foreach (var path in Directory.EnumerateFiles(folder).Where(p => !p.EndsWith(".tmp", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            // Null when forgotten while listed: storage had saved it.
            if (await ReadEntryAsync<T>(path, cancellationToken).ConfigureAwait(false) is { } entry) entries.Add(entry);
        }
        return entries;
    }

    // One file per decision (its version in the name, zero-padded so names sort in order), so each decision's history line can come back.
    private string ReviewPath(AcceptedReview review) => Path.Combine(_reviews,
        $"{review.Commune.Province}~{review.Commune.Commune}~{review.Review.Term}~{review.Review.Version.ToString("D10", System.Globalization.CultureInfo.InvariantCulture)}.json");

    // One file per province and term, and per period of it ("son-la~2025-2030~2026.json"); the whole term's keeps its name from before periods.
    private string DeadlinePath(AcceptedDeadline deadline) => Path.Combine(_deadlines, deadline.Deadline.Period == ReportingPeriod.WholeTerm
        ? $"{deadline.Province}~{deadline.Deadline.Term}.json"
        : $"{deadline.Province}~{deadline.Deadline.Term}~{deadline.Deadline.Period}.json");

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
        return (await ReadAllAsync<DocumentEntry>(_documents, cancellationToken).ConfigureAwait(false)).Select(ToDocument).OfType<AcceptedDocument>().ToArray();
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
