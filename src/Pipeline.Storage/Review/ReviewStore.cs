using Azure;
using Azure.Data.Tables;
using Pipeline.Core.Periods;
using Pipeline.Core.Review;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Review;

/// <summary>
/// The Reviews table: one entity per commune and term holding its <see cref="CommuneReview"/>
/// (partition <see cref="TableKeys.ReviewStates"/>, so the province summary reads a term's reviews in
/// one query), written under optimistic concurrency (ETag); one append-only entity per decision
/// (<see cref="TableKeys.ReviewHistory"/>, row <see cref="TableKeys.ReviewEventRow"/>), never deleted;
/// and one entity per term's deadline and per period's deadline (<see cref="TableKeys.Deadlines"/>, row <see cref="TableKeys.DeadlineRow"/>).
/// </summary>
public sealed class ReviewStore(TableClient table)
{
    /// <summary>The commune's review for the term and its ETag, or (null, default) when none is stored.</summary>
    public async Task<(CommuneReview? Review, ETag ETag)> GetAsync(CommuneId commune, string term, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.ReviewStates(commune.Province, term), commune.Commune, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return response.HasValue ? (JsonColumns.Read<CommuneReview>(response.Value!), response.Value!.ETag) : (null, default);
    }

    /// <summary>Every stored review of the province for the term, by commune id ("son-la/pu-bau").</summary>
    public async Task<IReadOnlyDictionary<string, CommuneReview>> ListProvinceAsync(string province, string term, CancellationToken cancellationToken)
    {
        var reviews = new Dictionary<string, CommuneReview>(StringComparer.Ordinal);
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.ReviewStates(province, term), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var review = JsonColumns.Read<CommuneReview>(entity);
            reviews[review.Commune] = review;
        }
        return reviews;
    }

    /// <summary>
    /// Writes <paramref name="review"/> if the stored one is still the one read with <paramref name="etag"/>
    /// (default: none was stored). False when another writer changed it in between: nothing was written.
    /// </summary>
    public async Task<bool> TryWriteAsync(CommuneId commune, CommuneReview review, ETag etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var entity = StateEntity(commune, review);
        try
        {
            if (etag == default) await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false);
            else await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>
    /// Puts back an accepted review (the host's journal) where storage holds an older version or none,
    /// and its decision's history line where it is missing. Returns whether anything was missing.
    /// </summary>
    public async Task<bool> RestoreAsync(CommuneId commune, CommuneReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var restored = false;
        var (stored, _) = await GetAsync(commune, review.Term, cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.Version < review.Version)
        {
            await table.UpsertEntityAsync(StateEntity(commune, review), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            restored = true;
        }
        if (!await HasLastDecisionAsync(commune, review, cancellationToken).ConfigureAwait(false))
        {
            await WriteLastDecisionAsync(commune, review, cancellationToken).ConfigureAwait(false);
            restored = true;
        }
        return restored;
    }

    /// <summary>Whether storage holds the review at least at its version, and its decision's history line.</summary>
    public async Task<bool> HoldsAsync(CommuneId commune, CommuneReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        var (stored, _) = await GetAsync(commune, review.Term, cancellationToken).ConfigureAwait(false);
        return stored is not null && stored.Version >= review.Version && await HasLastDecisionAsync(commune, review, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> HasLastDecisionAsync(CommuneId commune, CommuneReview review, CancellationToken cancellationToken) =>
        review.LastDecision is null || (await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.ReviewHistory(commune, review.Term),
            TableKeys.ReviewEventRow(review.LastDecisionVersion), ["PartitionKey"], cancellationToken).ConfigureAwait(false)).HasValue;

    private static TableEntity StateEntity(CommuneId commune, CommuneReview review) =>
        JsonColumns.Write(new TableEntity(TableKeys.ReviewStates(commune.Province, review.Term), commune.Commune)
        {
            ["State"] = review.State.ToString(),
            ["Version"] = review.Version,
        }, review);

    /// <summary>
    /// Writes the review's last decision to the history, at the row its version names: idempotent,
    /// so writing it again (after a crash, or before the next change) never adds a second line.
    /// </summary>
    public async Task WriteLastDecisionAsync(CommuneId commune, CommuneReview review, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(review);
        if (review.LastDecision is not { } decision) return;
        var entity = JsonColumns.Write(new TableEntity(TableKeys.ReviewHistory(commune, review.Term), TableKeys.ReviewEventRow(review.LastDecisionVersion))
        {
            ["Action"] = decision.Action.ToString(),
        }, decision);
        await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The commune's decisions for the term, newest first, each with the review version it made.</summary>
    public async Task<IReadOnlyList<(int Version, ReviewEvent Event)>> ListDecisionsAsync(CommuneId commune, string term, CancellationToken cancellationToken)
    {
        var events = new List<(int, ReviewEvent)>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.ReviewHistory(commune, term), cancellationToken: cancellationToken).ConfigureAwait(false))
            events.Add((int.MaxValue - int.Parse(entity.RowKey, System.Globalization.CultureInfo.InvariantCulture), JsonColumns.Read<ReviewEvent>(entity)));
        return events;
    }

    /// <summary>Sets (or replaces) the province's deadline for the term's period (<see cref="TermDeadline.Period"/>).</summary>
    public Task SetDeadlineAsync(string province, TermDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return table.UpsertEntityAsync(JsonColumns.Write(new TableEntity(TableKeys.Deadlines(province), TableKeys.DeadlineRow(deadline.Term, deadline.Period)), deadline), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The province's deadline for the whole term, or null.</summary>
    public Task<TermDeadline?> GetDeadlineAsync(string province, string term, CancellationToken cancellationToken) =>
        GetDeadlineAsync(province, term, ReportingPeriod.WholeTerm, cancellationToken);

    /// <summary>The province's deadline for the term's period, or null.</summary>
    public async Task<TermDeadline?> GetDeadlineAsync(string province, string term, ReportingPeriod period, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Deadlines(province), TableKeys.DeadlineRow(term, period), cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return response.HasValue ? JsonColumns.Read<TermDeadline>(response.Value!) : null;
    }

    /// <summary>Puts back an accepted deadline (the host's journal) where storage holds another; returns whether it had to.</summary>
    public async Task<bool> RestoreDeadlineAsync(string province, TermDeadline deadline, CancellationToken cancellationToken)
    {
        if (await HoldsDeadlineAsync(province, deadline, cancellationToken).ConfigureAwait(false)) return false;
        await SetDeadlineAsync(province, deadline, cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>Whether storage holds exactly this deadline.</summary>
    public async Task<bool> HoldsDeadlineAsync(string province, TermDeadline deadline, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return await GetDeadlineAsync(province, deadline.Term, deadline.Period, cancellationToken).ConfigureAwait(false) == deadline;
    }

    /// <summary>Every deadline of the province: each term's, and each period's that was set.</summary>
    public async Task<IReadOnlyList<TermDeadline>> ListDeadlinesAsync(string province, CancellationToken cancellationToken)
    {
        var deadlines = new List<TermDeadline>();
        await foreach (var entity in table.QueryAsync<TableEntity>(e => e.PartitionKey == TableKeys.Deadlines(province), cancellationToken: cancellationToken).ConfigureAwait(false))
            deadlines.Add(JsonColumns.Read<TermDeadline>(entity));
        return deadlines;
    }
}
