using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Reporting;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Scoring;

/// <summary>
/// The PDF reports' checks of each commune's annex (<see cref="ReportCheck"/>), in the Summaries table: partition
/// <see cref="TableKeys.ReportChecks"/>, row key the commune slug — a point read for a commune's summary, a single-partition
/// query for the province's rollup. The newest report's check stays (upload ids sort by receive time), under optimistic
/// concurrency, so parsing a PDF again, or an older one late, never replaces a newer report's.
/// </summary>
public sealed class ReportCheckStore(TableClient table)
{
    private const string ReportUploadIdColumn = "ReportUploadId";

    /// <summary>The newest PDF report's check of the commune's annex for the term; null when no PDF report checked one.</summary>
    public async Task<ReportCheck?> GetAsync(CommuneId commune, string term, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.ReportChecks(commune.Province, term), commune.Commune, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return response.HasValue ? JsonColumns.Read<ReportCheck>(response.Value!) : null;
    }

    /// <summary>Every commune's check for the term, by commune id ("son-la/pu-bau").</summary>
    public async Task<IReadOnlyDictionary<string, ReportCheck>> ListProvinceAsync(string province, string term, CancellationToken cancellationToken)
    {
        var checks = new Dictionary<string, ReportCheck>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.ReportChecks(province, term), cancellationToken: cancellationToken)
            .ConfigureAwait(false))
            checks[new CommuneId(province, entity.RowKey).ToString()] = JsonColumns.Read<ReportCheck>(entity);
        return checks;
    }

    /// <summary>Stores the check unless a newer report's is already there. Returns whether it was stored; storing the same report's again replaces it with the same.</summary>
    public async Task<bool> StoreIfNewerAsync(CommuneId commune, string term, ReportCheck check, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(check);
        var partition = TableKeys.ReportChecks(commune.Province, term);
        var entity = JsonColumns.Write(new TableEntity(partition, commune.Commune) { [ReportUploadIdColumn] = check.ReportUploadId }, check);
        while (true)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, commune.Commune, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (!existing.HasValue)
                {
                    await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
                    return true;
                }
                if (string.CompareOrdinal(existing.Value!.GetString(ReportUploadIdColumn), check.ReportUploadId) > 0) return false;
                await table.UpdateEntityAsync(entity, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return true;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another writer got there first: look again.
            }
        }
    }
}
