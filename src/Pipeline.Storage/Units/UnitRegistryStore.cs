using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Pipeline.Core.Units;
using Pipeline.Storage.Durability;

namespace Pipeline.Storage.Units;

/// <summary>
/// The administrative units every step reads: one JSON document per province in the "units"
/// container, seeded from samples/registry.json and replaced by province officers through
/// PUT /api/provinces/{province}/units. Hosts keep the registry in memory and look for changes
/// at most every <see cref="Freshness"/>, so another instance's change shows within seconds
/// without a storage read per request.
/// </summary>
public sealed class UnitRegistryStore(BlobContainerClient container, TimeProvider clock, IWriteJournal journal) : IUnitRegistry
{
    public static readonly TimeSpan Freshness = TimeSpan.FromSeconds(10);

    // One immutable snapshot, swapped whole: concurrent refreshes only repeat the same reads.
    private volatile Snapshot _snapshot = new(new Dictionary<string, (ETag, RegisteredProvince)>(StringComparer.Ordinal), CommuneRegistry.Empty, DateTimeOffset.MinValue);

    /// <summary>Writes each province of <paramref name="seed"/> that storage does not have yet; an officer's version is never overwritten.</summary>
    public async Task SeedAsync(CommuneRegistry seed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(seed);
        foreach (var province in seed.Provinces)
        {
            try
            {
                await container.GetBlobClient(BlobName(province.Id)).UploadAsync(Serialize(province),
                    new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Already there: storage wins over the seed file.
            }
        }
        await RefreshAsync(force: true, cancellationToken).ConfigureAwait(false);
    }

    public Task<CommuneRegistry> CurrentAsync(CancellationToken cancellationToken) => RefreshAsync(force: false, cancellationToken);

    /// <summary>Reads the units from storage now, whatever the cache holds (after storage was restored from a journal).</summary>
    public Task<CommuneRegistry> ReloadAsync(CancellationToken cancellationToken) => RefreshAsync(force: true, cancellationToken);

    /// <summary>Validates and stores a province's units; returns the errors (Vietnamese) when the document is refused.</summary>
    public async Task<(RegisteredProvince? Province, IReadOnlyList<string> Errors)> ReplaceAsync(string province, ProvinceUnits? document, CancellationToken cancellationToken)
    {
        if (document is not null && document.Id is null) document = document with { Id = province };
        if (document is not null && document.Id != province)
            return (null, [$"Mã tỉnh trong tài liệu ('{document.Id}') khác mã tỉnh trên đường dẫn ('{province}')."]);
        var (validated, errors) = ProvinceUnitsValidator.Validate(document);
        if (validated is null) return (null, errors);
        var content = Serialize(validated);
        using (await journal.HoldReplayAsync(cancellationToken).ConfigureAwait(false))
        {
            await container.GetBlobClient(BlobName(province)).UploadAsync(content, overwrite: true, cancellationToken).ConfigureAwait(false);
            await journal.DocumentAcceptedAsync(new AcceptedDocument(StorageNames.UnitsContainer, BlobName(province), content), cancellationToken).ConfigureAwait(false);
        }
        await RefreshAsync(force: true, cancellationToken).ConfigureAwait(false);
        return (validated, []);
    }

    private async Task<CommuneRegistry> RefreshAsync(bool force, CancellationToken cancellationToken)
    {
        var snapshot = _snapshot;
        if (!force && clock.GetUtcNow() - snapshot.CheckedAt < Freshness) return snapshot.Registry;
        var loaded = new Dictionary<string, (ETag, RegisteredProvince)>(StringComparer.Ordinal);
        await foreach (var blob in container.GetBlobsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (!blob.Name.EndsWith(".json", StringComparison.Ordinal)) continue;
            var id = blob.Name[..^".json".Length];
            if (snapshot.Loaded.TryGetValue(id, out var known) && known.ETag == blob.Properties.ETag)
            {
                loaded[id] = known;
                continue;
            }
            Response<BlobDownloadResult> content;
            try
            {
                content = await container.GetBlobClient(blob.Name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                continue; // deleted since the listing
            }
            var (province, _) = Validate(content.Value.Content);
            // Stored documents were checked when stored; one the current rules refuse (stricter
            // limits, a hand edit) must not stop every province: keep what was loaded before.
            if (province is not null) loaded[id] = (content.Value.Details.ETag, province);
            else if (known.Province is not null) loaded[id] = known;
        }
        var registry = loaded.Values.Aggregate(CommuneRegistry.Empty, (current, entry) => current.With(entry.Item2));
        _snapshot = new Snapshot(loaded, registry, clock.GetUtcNow());
        return registry;
    }

    private static (RegisteredProvince? Province, IReadOnlyList<string> Errors) Validate(BinaryData content)
    {
        try
        {
            return ProvinceUnitsValidator.Validate(content.ToObjectFromJson<ProvinceUnits>(CommuneRegistry.JsonOptions));
        }
        catch (JsonException ex)
        {
            return (null, [ex.Message]);
        }
    }

    private sealed record Snapshot(Dictionary<string, (ETag ETag, RegisteredProvince Province)> Loaded, CommuneRegistry Registry, DateTimeOffset CheckedAt);

    private static string BlobName(string province) => $"{province}.json";

    private static BinaryData Serialize(RegisteredProvince province) =>
        BinaryData.FromString(JsonSerializer.Serialize(CommuneRegistry.ToDocument(province), CommuneRegistry.JsonOptions));
}
