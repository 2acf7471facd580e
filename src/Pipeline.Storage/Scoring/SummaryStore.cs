using Pipeline.Core.Reporting;
using Pipeline.Core.Units;
using Azure;
using Azure.Data.Tables;

namespace Pipeline.Storage.Scoring;

/// <summary>
/// The Summaries table: partition "{province}|{term}", row key the commune slug — a point read
/// for one commune, a single-partition query for the whole province. A summary is replaced
/// only by one from a newer upload, under optimistic concurrency, so a late message about an
/// older upload never overwrites a newer result.
/// </summary>
public sealed class SummaryStore(TableClient table)
{
    public async Task<CommuneSummary?> GetAsync(string province, string commune, string term, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.CommuneSummaries(province, term), commune, cancellationToken: cancellationToken).ConfigureAwait(false);
        return response.HasValue ? Read(response.Value!) : null;
    }

    public async Task<IReadOnlyList<CommuneSummary>> ListProvinceAsync(string province, string term, CancellationToken cancellationToken)
    {
        var summaries = new List<CommuneSummary>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.CommuneSummaries(province, term), cancellationToken: cancellationToken).ConfigureAwait(false))
            summaries.Add(Read(entity));
        return summaries;
    }

    /// <summary>
    /// The upload each commune's summary for the term stands on, by commune id ("son-la/pu-bau"): one
    /// query reading two columns, not every summary's document (the province rollup's freshness check on every GET).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> ListProvinceUploadsAsync(string province, string term, CancellationToken cancellationToken)
    {
        var uploads = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.CommuneSummaries(province, term),
            select: ["RowKey", "UploadId"], cancellationToken: cancellationToken).ConfigureAwait(false))
            uploads[new CommuneId(province, entity.RowKey).ToString()] = entity.GetString("UploadId");
        return uploads;
    }

    /// <summary>The terms the province has commune summaries for (one range scan of partition keys).</summary>
    public async Task<IReadOnlyList<string>> TermsOfProvinceAsync(string province, CancellationToken cancellationToken)
    {
        var terms = new SortedSet<string>(StringComparer.Ordinal);
        var (from, to) = TableKeys.CommuneSummariesOfProvince(province);
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey gt {from} and PartitionKey lt {to}"),
            select: ["PartitionKey"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (TableKeys.TermOfCommuneSummaries(province, entity.PartitionKey) is { } term) terms.Add(term);
        }
        return terms.ToArray();
    }

    /// <summary>Stores the summary unless a newer upload's summary is already there. Returns whether it was stored.</summary>
    public Task<bool> StoreIfNewerAsync(string province, string commune, CommuneSummary summary, CancellationToken cancellationToken) =>
        StoreIfNewerAsync(table, TableKeys.CommuneSummaries(province, summary.Term), commune, summary, cancellationToken);

    /// <summary>
    /// Stores <paramref name="summary"/> at (<paramref name="partition"/>, <paramref name="row"/>) unless a newer upload's summary
    /// is already there (upload ids sort by receive time), under optimistic concurrency: the one rule for every "current annex"
    /// entity (<see cref="PeriodSummaryStore"/> too). Storing the same upload's summary again replaces it with the same: idempotent.
    /// </summary>
    internal static async Task<bool> StoreIfNewerAsync(TableClient table, string partition, string row, CommuneSummary summary, CancellationToken cancellationToken)
    {
        var entity = new TableEntity(partition, row)
        {
            ["UploadId"] = summary.UploadId,
        };
        JsonColumns.Write(entity, summary);
        while (true)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (!existing.HasValue)
                {
                    await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                    return true;
                }
                var current = existing.Value!;
                if (string.CompareOrdinal(current.GetString("UploadId"), summary.UploadId) > 0) return false;
                await table.UpdateEntityAsync(entity, current.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another writer got there first: look again.
            }
        }
    }

    internal static CommuneSummary Read(TableEntity entity) => JsonColumns.Read<CommuneSummary>(entity);
}
