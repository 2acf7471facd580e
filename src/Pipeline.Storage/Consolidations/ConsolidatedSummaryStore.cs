using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Consolidation;

namespace Pipeline.Storage.Consolidations;

/// <summary>
/// Consolidated summaries in the Summaries table, beside the commune ones: a merged commune
/// at partition "merged|{province}|{term}", row key the commune; a province rollup at
/// partition "province|{province}", row key the term. Each is written by
/// <see cref="StoreComputedAsync{T}"/>, which computes from the tables between reading the
/// entity's ETag and writing under it: two computations that overlap cannot leave the older
/// inputs' result behind, because the later writer's ETag is stale and it looks again.
/// </summary>
public sealed class ConsolidatedSummaryStore(TableClient table)
{
    private const int MaxAttempts = 10;

    public static string MergedPartition(string province, string term) => $"merged|{province}|{term}";

    public static string ProvincePartition(string province) => $"province|{province}";

    public Task<MergedCommuneSummary?> GetMergedAsync(string province, string commune, string term, CancellationToken cancellationToken) =>
        GetAsync<MergedCommuneSummary>(MergedPartition(province, term), commune, cancellationToken);

    public Task<ProvinceSummary?> GetProvinceAsync(string province, string term, CancellationToken cancellationToken) =>
        GetAsync<ProvinceSummary>(ProvincePartition(province), term, cancellationToken);

    /// <summary>
    /// Computes the document and stores it under optimistic concurrency. When another writer
    /// got in between, looks again: if the stored document's inputs were read after
    /// <paramref name="notBefore"/> (by <paramref name="asOf"/>) it already says what ours
    /// would, and is kept; otherwise computes again.
    /// </summary>
    public async Task<T> StoreComputedAsync<T>(string partition, string row, Func<CancellationToken, Task<T>> compute,
        Func<T, DateTimeOffset> asOf, DateTimeOffset? notBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compute);
        ArgumentNullException.ThrowIfNull(asOf);
        for (var attempt = 1; ; attempt++)
        {
            // Only a refresh needs the stored document (to see whether it is already fresh); a run needs just the ETag.
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, notBefore is null ? ["PartitionKey"] : null, cancellationToken)
                .ConfigureAwait(false);
            if (existing.HasValue && notBefore is { } changed && JsonColumns.Read<T>(existing.Value!) is var stored && asOf(stored) > changed)
                return stored;
            var document = await compute(cancellationToken).ConfigureAwait(false);
            var entity = JsonColumns.Write(new TableEntity(partition, row), document);
            try
            {
                if (existing.HasValue)
                    await table.UpdateEntityAsync(entity, existing.Value!.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                else
                    await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                return document;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Someone stored a result after we looked: our inputs may be older than theirs, so compute again.
            }
        }
    }

    private async Task<T?> GetAsync<T>(string partition, string row, CancellationToken cancellationToken) where T : class
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? JsonColumns.Read<T>(response.Value!) : null;
    }
}
