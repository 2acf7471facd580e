using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Catalogue;

namespace Pipeline.Storage.Catalogue;

/// <summary>
/// The indicator catalogue each province scores with: the built-in one, extended by the
/// province's own document at catalogue/{province}.json (same shape as indicators.json: its
/// entries replace built-in ones with the same code, its direction rules are tried first).
/// A province officer replaces it through PUT /api/provinces/{province}/catalogue — no
/// rebuild, no restart; hosts look for a change at most every <see cref="Freshness"/>.
/// </summary>
public sealed class ProvinceCatalogues(BlobContainerClient container, IndicatorCatalogue builtIn, TimeProvider clock)
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);

    private readonly ConcurrentDictionary<string, Entry> _cache = new(StringComparer.Ordinal);

    public IndicatorCatalogue BuiltIn => builtIn;

    public async Task<IndicatorCatalogue> ForProvinceAsync(string province, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(province, out var cached) && now - cached.CheckedAt < Freshness) return cached.Catalogue;
        var blob = container.GetBlobClient(BlobName(province));
        try
        {
            var options = new BlobDownloadOptions();
            if (cached?.ETag is { } etag) options.Conditions = new BlobRequestConditions { IfNoneMatch = etag };
            var content = await blob.DownloadContentAsync(options, cancellationToken).ConfigureAwait(false);
            using var stream = content.Value.Content.ToStream();
            var catalogue = builtIn.Extend(stream);
            _cache[province] = new Entry(content.Value.Details.ETag, catalogue, now);
            return catalogue;
        }
        catch (RequestFailedException ex) when (ex.Status == 304 && cached is not null)
        {
            _cache[province] = cached with { CheckedAt = now };
            return cached.Catalogue;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            _cache[province] = new Entry(null, builtIn, now);
            return builtIn;
        }
    }

    /// <summary>The province's extension document as stored, or null when it has none.</summary>
    public async Task<BinaryData?> GetExtensionAsync(string province, CancellationToken cancellationToken)
    {
        try
        {
            return (await container.GetBlobClient(BlobName(province)).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>
    /// Checks and stores the province's extension; returns why not when it is not a valid catalogue
    /// document (the English reason, and <see cref="CatalogueException.OverLimits"/> in Vietnamese when it is too large).
    /// </summary>
    public async Task<(IndicatorCatalogue? Catalogue, CatalogueException? Error)> ReplaceAsync(string province, BinaryData document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        IndicatorCatalogue catalogue;
        try
        {
            using var stream = document.ToStream();
            catalogue = builtIn.Extend(stream);
        }
        catch (CatalogueException ex)
        {
            return (null, ex);
        }
        var stored = await container.GetBlobClient(BlobName(province)).UploadAsync(document, overwrite: true, cancellationToken).ConfigureAwait(false);
        _cache[province] = new Entry(stored.Value.ETag, catalogue, clock.GetUtcNow());
        return (catalogue, null);
    }

    private static string BlobName(string province) => $"{province}.json";

    private sealed record Entry(ETag? ETag, IndicatorCatalogue Catalogue, DateTimeOffset CheckedAt);
}
