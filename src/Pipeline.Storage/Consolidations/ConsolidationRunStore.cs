using System.Text.Json;
using Azure.Data.Tables;

namespace Pipeline.Storage.Consolidations;

/// <summary>The ConsolidationRuns table: partition <see cref="TableKeys.ConsolidationRuns"/>, row key the run id (ids sort by start time).</summary>
public sealed class ConsolidationRunStore(TableClient table)
{
    public Task SaveAsync(ConsolidationRun run, CancellationToken cancellationToken) =>
        table.UpsertEntityAsync(new TableEntity(TableKeys.ConsolidationRuns, run.RunId) { ["Json"] = JsonSerializer.Serialize(run, StorageJson.Options) },
            TableUpdateMode.Replace, cancellationToken);

    public async Task<ConsolidationRun?> GetAsync(string runId, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.ConsolidationRuns, runId, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? JsonSerializer.Deserialize<ConsolidationRun>(response.Value!.GetString("Json"), StorageJson.Options) : null;
    }

    /// <summary>The most recent runs, newest first.</summary>
    public async Task<IReadOnlyList<ConsolidationRun>> RecentAsync(int max, CancellationToken cancellationToken)
    {
        var runs = new List<ConsolidationRun>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.ConsolidationRuns, cancellationToken: cancellationToken).ConfigureAwait(false))
            runs.Add(JsonSerializer.Deserialize<ConsolidationRun>(entity.GetString("Json"), StorageJson.Options)!);
        return runs.OrderByDescending(r => r.RunId, StringComparer.Ordinal).Take(max).ToArray();
    }
}
