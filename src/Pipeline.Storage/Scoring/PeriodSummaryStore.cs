using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Periods;
using Pipeline.Core.Reporting;
using Pipeline.Core.Review;
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
    /// <summary>
    /// Stores the period's summary unless a newer upload's is already there, then — when it was stored — notes when the commune
    /// first sent an annex of the period that became current (<paramref name="receivedAt"/>, the earliest noted wins). Returns
    /// whether the summary was stored. Noted after the summary: a crash in between leaves the note to the next delivery of the
    /// same upload, and until then the period is judged on its current annex's scoring time.
    /// </summary>
    public async Task<bool> StoreIfNewerAsync(CommuneId commune, ReportingPeriod period, CommuneSummary summary, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (period == ReportingPeriod.WholeTerm) throw new ArgumentException("The whole term's annex is the SummaryStore's.", nameof(period));
        var partition = TableKeys.PeriodSummaries(commune, summary.Term);
        if (!await SummaryStore.StoreIfNewerAsync(table, partition, TableKeys.PeriodRow(period), summary, cancellationToken).ConfigureAwait(false)) return false;
        await NoteFirstSentAsync(partition, TableKeys.PeriodFirstSentRow(period), receivedAt, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task NoteFirstSentAsync(string partition, string row, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        var note = new TableEntity(partition, row) { ["SentAt"] = receivedAt };
        while (true)
        {
            var existing = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
            try
            {
                if (!existing.HasValue) await table.AddEntityAsync(note, cancellationToken).ConfigureAwait(false);
                else if (existing.Value!.GetDateTimeOffset("SentAt") is not { } noted || noted > receivedAt)
                    await table.UpdateEntityAsync(note, existing.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another upload of the period noted first: look again.
            }
        }
    }

    /// <summary>
    /// Each commune's current report of <paramref name="period"/> of the term, by commune id ("son-la/pu-bau"): its upload and when
    /// the commune first sent one that became current (its note, else — stored before notes existed, or a crash between — the current
    /// annex's scoring time). One range scan over the province's period partitions, reading the period's two rows of each.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, PeriodSent>> ListProvinceSentAsync(string province, string term, ReportingPeriod period,
        CancellationToken cancellationToken)
    {
        var (from, to) = TableKeys.PeriodSummariesOfProvince(province);
        var (summaryRow, sentRow) = (TableKeys.PeriodRow(period), TableKeys.PeriodFirstSentRow(period));
        var current = new Dictionary<string, CommuneSummary>(StringComparer.Ordinal);
        var noted = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey gt {from} and PartitionKey lt {to} and (RowKey eq {summaryRow} or RowKey eq {sentRow})"),
            cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (TableKeys.CommuneOfPeriodSummaries(province, term, entity.PartitionKey) is not { } commune) continue;
            if (entity.RowKey == summaryRow) current[commune] = SummaryStore.Read(entity);
            else if (entity.GetDateTimeOffset("SentAt") is { } at) noted[commune] = at;
        }
        return current.ToDictionary(c => new CommuneId(province, c.Key).ToString(),
            c => new PeriodSent(c.Value.UploadId, noted.TryGetValue(c.Key, out var at) ? at : c.Value.ScoredAt), StringComparer.Ordinal);
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
