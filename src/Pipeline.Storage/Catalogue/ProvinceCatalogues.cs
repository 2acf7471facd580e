using Azure;
using Azure.Storage.Blobs;
using Pipeline.Core.Catalogue;
using Pipeline.Storage.Durability;

namespace Pipeline.Storage.Catalogue;

/// <summary>
/// The indicator catalogue each province scores with: the built-in one, extended by the
/// province's own document at catalogue/{province}.json (same shape as indicators.json: its
/// entries replace built-in ones with the same code, its direction rules are tried first).
/// A province officer replaces it through PUT /api/provinces/{province}/catalogue and removes it
/// with DELETE — no rebuild, no restart; hosts look for a change at most every <see cref="Freshness"/>.
/// </summary>
public sealed class ProvinceCatalogues : ICatalogueSource
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);

    private readonly BlobContainerClient _container;
    private readonly IndicatorCatalogue _builtIn;
    private readonly BlobDocumentCache<IndicatorCatalogue> _extended;
    private readonly IWriteJournal _journal;

    public ProvinceCatalogues(BlobContainerClient container, IndicatorCatalogue builtIn, TimeProvider clock, IWriteJournal? journal = null)
    {
        _container = container;
        _builtIn = builtIn;
        _journal = journal ?? WriteJournal.None;
        _extended = new BlobDocumentCache<IndicatorCatalogue>(container, Extend, clock, Freshness);
    }

    public IndicatorCatalogue BuiltIn => _builtIn;

    /// <summary>The catalogue the province's annexes are scored with: the built-in one when the province has no extension.</summary>
    /// <exception cref="CatalogueException">The stored extension is not a valid catalogue document (it was checked when stored).</exception>
    public async Task<IndicatorCatalogue> ForProvinceAsync(string province, CancellationToken cancellationToken) =>
        await _extended.GetAsync(BlobName(province), cancellationToken).ConfigureAwait(false) ?? _builtIn;

    /// <summary>
    /// Which catalogue the province's figures are read with, as a short stamp: the extension document's ETag, or "built-in".
    /// What was computed with one catalogue (progress counts) is stale under another.
    /// </summary>
    public async Task<string> VersionAsync(string province, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await _container.GetBlobClient(BlobName(province)).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return properties.Value.ETag.ToString();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return "built-in";
        }
    }

    /// <summary>The province's extension document as stored, or null when it has none.</summary>
    public async Task<BinaryData?> GetExtensionAsync(string province, CancellationToken cancellationToken)
    {
        try
        {
            return (await _container.GetBlobClient(BlobName(province)).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
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
            catalogue = Extend(document);
        }
        catch (CatalogueException ex)
        {
            return (null, ex);
        }
        using (await _journal.HoldReplayAsync(cancellationToken).ConfigureAwait(false))
        {
            var stored = await _container.GetBlobClient(BlobName(province)).UploadAsync(document, overwrite: true, cancellationToken).ConfigureAwait(false);
            _extended.Remember(BlobName(province), stored.Value.ETag, catalogue);
            await _journal.DocumentAcceptedAsync(new AcceptedDocument(StorageNames.CatalogueContainer, BlobName(province), document), cancellationToken).ConfigureAwait(false);
        }
        return (catalogue, null);
    }

    /// <summary>Removes the province's extension: its annexes are scored with the built-in catalogue again. Returns whether there was one.</summary>
    public async Task<bool> DeleteAsync(string province, CancellationToken cancellationToken)
    {
        using (await _journal.HoldReplayAsync(cancellationToken).ConfigureAwait(false))
        {
            var deleted = await _container.GetBlobClient(BlobName(province)).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            _extended.Remember(BlobName(province), null, null);
            await _journal.DocumentAcceptedAsync(new AcceptedDocument(StorageNames.CatalogueContainer, BlobName(province), null), cancellationToken).ConfigureAwait(false);
            return deleted.Value;
        }
    }

    private IndicatorCatalogue Extend(BinaryData document)
    {
        using var stream = document.ToStream();
        return _builtIn.Extend(stream);
    }

    private static string BlobName(string province) => $"{province}.json";
}
