using System.Text.Json;
using Azure.Data.Tables;
using Pipeline.Core.Reporting;

namespace Pipeline.Storage.Scoring;

/// <summary>
/// The Targets table. Each upload owns a partition (<see cref="TableKeys.UploadTargets"/>),
/// so writing it again is an idempotent upsert and a newer upload never disturbs an older
/// one's rows. Row keys: <see cref="TableKeys.AnnexHeaderRow"/> for an annex's header (sheet,
/// kind, counts) and <see cref="TableKeys.TargetRow"/> for its targets, each row holding the target as the report shape.
/// </summary>
public sealed class TargetRowStore(TableClient table)
{
    private const int BatchSize = 100; // a Table Storage transaction holds at most 100 operations

    public async Task WriteAnnexAsync(string partition, int annexIndex, AnnexReport annex, CancellationToken cancellationToken)
    {
        var entities = new List<TableEntity>(annex.Targets.Count + 1);
        for (var n = 0; n < annex.Targets.Count; n++)
        {
            var target = annex.Targets[n];
            entities.Add(new TableEntity(partition, TableKeys.TargetRow(annexIndex, n))
            {
                ["Ordinal"] = target.Ordinal,
                ["Status"] = target.Status is { } status ? WireName.Of(status) : null, // the wire string ("notMet"), as rows already stored hold it
                ["IndicatorCode"] = target.IndicatorCode,
                ["Ratio"] = target.Ratio is { } ratio ? (double)ratio : null,
                ["Json"] = JsonSerializer.Serialize(target, StorageJson.Options),
            });
        }
        // The annex header last: its presence says every target row of the annex is written.
        var header = annex with { Targets = [] };
        entities.Add(new TableEntity(partition, TableKeys.AnnexHeaderRow(annexIndex)) { ["Json"] = JsonSerializer.Serialize(header, StorageJson.Options) });

        foreach (var chunk in entities.Chunk(BatchSize))
        {
            var actions = chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e));
            await table.SubmitTransactionAsync(actions, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The annexes written in a partition so far, complete ones only, in order.</summary>
    public async Task<IReadOnlyList<AnnexReport>> ReadAnnexesAsync(string partition, CancellationToken cancellationToken)
    {
        var headers = new SortedDictionary<string, AnnexReport>(StringComparer.Ordinal);
        var targets = new Dictionary<string, List<(string Key, TargetReport Target)>>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var json = entity.GetString("Json");
            if (entity.RowKey.Length == 2)
            {
                headers[entity.RowKey] = JsonSerializer.Deserialize<AnnexReport>(json, StorageJson.Options)!;
            }
            else
            {
                var annexKey = entity.RowKey[..2];
                if (!targets.TryGetValue(annexKey, out var list)) targets[annexKey] = list = [];
                list.Add((entity.RowKey, JsonSerializer.Deserialize<TargetReport>(json, StorageJson.Options)!));
            }
        }
        return headers
            .Select(h => h.Value with
            {
                Targets = targets.TryGetValue(h.Key, out var list)
                    ? list.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Target).ToArray()
                    : [],
            })
            .ToArray();
    }
}
