using Azure.Data.Tables;
using Pipeline.Core.Periods;
using Pipeline.Core.Reporting;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Scoring;

/// <summary>
/// The Summaries table's current annexes of periods other than the whole term (issue 16): a year of the term, the mid-term
/// review. Partition <see cref="TableKeys.PeriodSummaries"/> per commune and term, row the period — so a year's annex
/// never replaces the whole term's (<see cref="SummaryStore"/>, which summaries, consolidation and the province's review
/// follow) nor another year's, and one partition query gives a commune's years. Replaced, like the whole term's, only by
/// a newer upload's summary under optimistic concurrency (<see cref="SummaryStore.StoreIfNewerAsync(TableClient, string, string, CommuneSummary, CancellationToken)"/>).
/// </summary>
public sealed class PeriodSummaryStore(TableClient table)
{
    /// <summary>Stores the period's summary unless a newer upload's is already there. Returns whether it was stored.</summary>
    public Task<bool> StoreIfNewerAsync(CommuneId commune, ReportingPeriod period, CommuneSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (period == ReportingPeriod.WholeTerm) throw new ArgumentException("The whole term's annex is the SummaryStore's.", nameof(period));
        return SummaryStore.StoreIfNewerAsync(table, TableKeys.PeriodSummaries(commune, summary.Term), TableKeys.PeriodRow(period), summary, cancellationToken);
    }

    /// <summary>The commune's current annex of each period of the term it has one for, in period order (years first, by year).</summary>
    public async Task<IReadOnlyList<PeriodSummary>> ListAsync(CommuneId commune, string term, CancellationToken cancellationToken)
    {
        var list = new List<PeriodSummary>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.PeriodSummaries(commune, term), cancellationToken: cancellationToken)
            .ConfigureAwait(false))
        {
            if (ReportingPeriod.TryParse(entity.RowKey, out var period)) list.Add(new PeriodSummary(period, SummaryStore.Read(entity)));
        }
        return list.OrderBy(p => p.Period.Year ?? int.MaxValue).ThenBy(p => p.Period.Kind).ToArray();
    }

    /// <summary>
    /// The upload each commune's current annex of each period stands on, by commune slug then period: one range scan reading
    /// three columns (the province summary's check that each commune's progress counts are still current).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyDictionary<ReportingPeriod, string>>> ListProvinceUploadsAsync(string province, string term,
        CancellationToken cancellationToken)
    {
        var uploads = new Dictionary<string, Dictionary<ReportingPeriod, string>>(StringComparer.Ordinal);
        var (from, to) = TableKeys.PeriodSummariesOfProvince(province);
        await foreach (var entity in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey gt {from} and PartitionKey lt {to}"),
            select: ["PartitionKey", "RowKey", "UploadId"], cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (TableKeys.CommuneOfPeriodSummaries(province, term, entity.PartitionKey) is not { } commune || !ReportingPeriod.TryParse(entity.RowKey, out var period)) continue;
            if (!uploads.TryGetValue(commune, out var periods)) uploads[commune] = periods = [];
            periods[period] = entity.GetString("UploadId");
        }
        return uploads.ToDictionary(u => u.Key, u => (IReadOnlyDictionary<ReportingPeriod, string>)u.Value, StringComparer.Ordinal);
    }
}
