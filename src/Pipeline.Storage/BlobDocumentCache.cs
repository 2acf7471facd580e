using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace Pipeline.Storage;

/// <summary>
/// JSON documents kept in blobs (a province's catalogue extension, …), held in memory and
/// revalidated with a conditional download (If-None-Match) at most every freshness period, so a
/// change made through another host instance shows within seconds without a storage read per
/// request. Every answer of the conditional read is handled: 200 (changed: parsed again), 304 (not
/// modified: the Azure SDK returns it as a response without a body, or as a
/// <see cref="RequestFailedException"/> — both mean "keep what we have"), 404 (no document).
/// </summary>
/// <typeparam name="T">The parsed document.</typeparam>
/// <param name="parse">Turns the stored bytes into the document; its exceptions reach the caller.</param>
public sealed class BlobDocumentCache<T>(BlobContainerClient container, Func<BinaryData, T> parse, TimeProvider clock, TimeSpan freshness)
    where T : class
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The document stored at <paramref name="blobName"/>, or null when there is none.</summary>
    public async Task<T?> GetAsync(string blobName, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var cached = _entries.TryGetValue(blobName, out var entry) ? entry : null;
        if (cached is not null && now - cached.CheckedAt < freshness) return cached.Value;

        var options = new BlobDownloadOptions();
        if (cached?.ETag is { } etag) options.Conditions = new BlobRequestConditions { IfNoneMatch = etag };
        Response<BlobDownloadResult> response;
        try
        {
            response = await container.GetBlobClient(blobName).DownloadContentAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 304 && cached is not null)
        {
            return Revalidated(blobName, cached, now);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            _entries[blobName] = new Entry(null, null, now);
            return null;
        }
        if (response.GetRawResponse().Status == 304 && cached is not null) return Revalidated(blobName, cached, now);

        var value = parse(response.Value.Content);
        _entries[blobName] = new Entry(response.Value.Details.ETag, value, now);
        return value;
    }

    /// <summary>Remembers what this instance just stored (or deleted: <paramref name="value"/> null), so it is served at once.</summary>
    public void Remember(string blobName, ETag? etag, T? value) => _entries[blobName] = new Entry(etag, value, clock.GetUtcNow());

    private T? Revalidated(string blobName, Entry cached, DateTimeOffset now)
    {
        _entries[blobName] = cached with { CheckedAt = now };
        return cached.Value;
    }

    private sealed record Entry(ETag? ETag, T? Value, DateTimeOffset CheckedAt);
}
