using System.Text.Json;
using Azure.Data.Tables;
using Pipeline.Core.Progress;

namespace Pipeline.Storage.Queries;

/// <summary>
/// The Summaries table's cache of each commune's progress counts for a term (<see cref="TableKeys.ProgressCounts"/>,
/// row the commune slug), each with the basis it was computed from — the uploads (and, for a merged commune, its
/// predecessors' uploads) it stands on. A count whose basis is no longer the current one is computed again when read
/// (<see cref="ProgressQueries"/>): nothing has to remember to refresh it, and a write lost in a crash only costs a
/// recomputation. Small: a few counts per commune, one partition per province and term.
/// </summary>
public sealed class ProgressCountsStore(TableClient table)
{
    /// <summary>Every commune's stored counts for the term, by commune slug: the basis and the counts (null: no year to count).</summary>
    public async Task<IReadOnlyDictionary<string, (string Basis, ProgressCounts? Counts)>> ListAsync(string province, string term, CancellationToken cancellationToken)
    {
        var list = new Dictionary<string, (string, ProgressCounts?)>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.ProgressCounts(province, term), cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            var counts = entity.GetString("Counts") is { } json ? JsonSerializer.Deserialize<ProgressCounts>(json, StorageJson.Options) : null;
            list[entity.RowKey] = (entity.GetString("Basis") ?? "", counts);
        }
        return list;
    }

    /// <summary>Stores a commune's counts with their basis (last writer wins: a stale basis is recomputed at the next read).</summary>
    public Task StoreAsync(string province, string term, string commune, string basis, ProgressCounts? counts, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(new TableEntity(TableKeys.ProgressCounts(province, term), commune)
        {
            ["Basis"] = basis,
            ["Counts"] = counts is null ? null : JsonSerializer.Serialize(counts, StorageJson.Options),
        }, TableUpdateMode.Replace, cancellationToken);
}
