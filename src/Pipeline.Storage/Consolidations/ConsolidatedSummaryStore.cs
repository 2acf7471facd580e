using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Consolidation;

namespace Pipeline.Storage.Consolidations;

/// <summary>
/// Consolidated summaries in the Summaries table, beside the commune ones: a merged commune
/// at partition <see cref="TableKeys.MergedSummaries"/>, row key the commune; a province rollup
/// at partition <see cref="TableKeys.ProvinceSummaries"/>, row key the term. Each is written by
/// <see cref="StoreComputedAsync{T}"/>, which computes from the tables between reading the
/// entity's ETag and writing under it: two computations that overlap cannot leave the older
/// inputs' result behind, because the later writer's ETag is stale and it looks again.
/// </summary>
public sealed class ConsolidatedSummaryStore(TableClient table)
{
    private const int MaxAttempts = 10;

    public Task<MergedCommuneSummary?> GetMergedAsync(string province, string commune, string term, CancellationToken cancellationToken) =>
        GetAsync<MergedCommuneSummary>(TableKeys.MergedSummaries(province, term), commune, (s, stale) => s with { Stale = stale }, cancellationToken);

    public Task<ProvinceSummary?> GetProvinceAsync(string province, string term, CancellationToken cancellationToken) =>
        GetAsync<ProvinceSummary>(TableKeys.ProvinceSummaries(province), term, (s, stale) => s with { Stale = stale }, cancellationToken);

    /// <summary>
    /// Computes the document and stores it under optimistic concurrency. Before computing, a
    /// refresh (<paramref name="notBefore"/> given) keeps a stored document whose inputs were read
    /// after <paramref name="notBefore"/> (by <paramref name="asOf"/>). When another writer got in
    /// between, a stored document whose inputs were read after this call began says what ours
    /// would and is kept; otherwise it computes again. So overlapping runs and refreshes all end
    /// well, never with a 412.
    /// </summary>
    /// <exception cref="SummaryNotStoredException">The document is too large for a table entity; the stored one is marked stale.</exception>
    public async Task<T> StoreComputedAsync<T>(string partition, string row, Func<CancellationToken, Task<T>> compute,
        Func<T, DateTimeOffset> asOf, DateTimeOffset? notBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compute);
        ArgumentNullException.ThrowIfNull(asOf);
        DateTimeOffset? began = null;
        for (var attempt = 1; ; attempt++)
        {
            // Only a refresh or a retry needs the stored document (to see whether it is already fresh); a first run needs just the ETag.
            var freshAfter = notBefore ?? began;
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, freshAfter is null ? ["PartitionKey"] : null, cancellationToken)
                .ConfigureAwait(false);
            if (existing.HasValue && freshAfter is { } changed && existing.Value!.GetString(StaleColumn) is null &&
                JsonColumns.Read<T>(existing.Value!) is var stored && asOf(stored) > changed)
                return stored;
            var document = await compute(cancellationToken).ConfigureAwait(false);
            began ??= asOf(document);
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
                // Someone stored a result after we looked: theirs may be as fresh as ours (checked above), or older.
            }
            catch (RequestFailedException ex) when (IsTooLarge(ex))
            {
                await MarkStaleAsync(partition, row, cancellationToken).ConfigureAwait(false);
                throw new SummaryNotStoredException($"{partition}/{row}: the recomputed document is too large for a table entity ({ex.ErrorCode}); the stored one is marked stale.", ex);
            }
        }
    }

    private const string StaleColumn = "Stale";

    /// <summary>What a reader sees on a summary that could not be replaced by a newer one.</summary>
    public const string StaleReason = "Số liệu có thể chưa cập nhật: bản tổng hợp mới quá lớn, không lưu được. Hãy báo cán bộ quản trị.";

    private static bool IsTooLarge(RequestFailedException ex) =>
        ex.Status == 413 || ex.ErrorCode is "EntityTooLarge" or "PropertyValueTooLarge" or "RequestBodyTooLarge";

    private async Task MarkStaleAsync(string partition, string row, CancellationToken cancellationToken)
    {
        try
        {
            await table.UpdateEntityAsync(new TableEntity(partition, row) { [StaleColumn] = StaleReason }, ETag.All, TableUpdateMode.Merge, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Nothing stored yet: nothing to mark; readers get the error of computing it.
        }
    }

    private async Task<T?> GetAsync<T>(string partition, string row, Func<T, string, T> markStale, CancellationToken cancellationToken) where T : class
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!response.HasValue) return null;
        var document = JsonColumns.Read<T>(response.Value!);
        return response.Value!.GetString(StaleColumn) is { } stale ? markStale(document, stale) : document;
    }
}
