using Pipeline.Core.Units;
using Pipeline.Storage.Queries;
using Pipeline.Storage.Scoring;
using Pipeline.Storage.Units;
using Pipeline.Storage.Uploads;

namespace Pipeline.Storage.Consolidations;

/// <summary>
/// The consolidation step (timer, nightly, and on request): recomputes every merged commune's
/// summary and every province rollup, for every term the province has summaries for, from the
/// scored tables. Idempotent — the same tables give the same summaries — and safe to overlap
/// with another run or with scoring, since each summary is stored under optimistic
/// concurrency (<see cref="ConsolidatedSummaryStore"/>). One summary that fails is recorded in
/// the run's errors and does not stop the others. Each province's progress counts for each term are brought up to the
/// communes' current uploads too (<see cref="ProgressQueries.RefreshAsync"/>: after new years arrived), listed only when
/// some had to be computed again.
/// </summary>
public sealed class Consolidation(ConsolidationRunStore runs, ConsolidatedSummaries consolidated, SummaryStore summaries,
    UnitRegistryStore units, ProgressQueries progress, TimeProvider clock)
{
    /// <summary>Records a run as started and returns it; <see cref="RunAsync"/> carries it out.</summary>
    /// <param name="province">The province to recompute, or null for all.</param>
    public async Task<ConsolidationRun> StartAsync(ConsolidationTrigger trigger, string requestedBy, string? province, CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow();
        var run = new ConsolidationRun(ConsolidationRunId.New(startedAt).Value, trigger, requestedBy, province, startedAt, null, ConsolidationRunStatus.Running, [], []);
        await runs.SaveAsync(run, cancellationToken).ConfigureAwait(false);
        return run;
    }

    /// <summary>
    /// The nightly run both hosts' timers start (<see cref="ConsolidationSchedule"/>): every
    /// province, recorded as triggered by the schedule, started and carried out.
    /// </summary>
    /// <param name="requestedBy">Which host's timer, as the run's record shows it.</param>
    public async Task<ConsolidationRun> RunScheduledAsync(string requestedBy, CancellationToken cancellationToken)
    {
        var run = await StartAsync(ConsolidationTrigger.Schedule, requestedBy, null, cancellationToken).ConfigureAwait(false);
        return await RunAsync(run, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConsolidationRun> RunAsync(ConsolidationRun run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var recomputed = new List<string>();
        var errors = new List<string>();
        var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        foreach (var province in registry.Provinces.Where(p => run.Province is null || p.Id == run.Province))
        {
            foreach (var merger in province.Mergers)
                await Attempt(async () => await consolidated.RebuildMergedAsync(registry, merger, null, cancellationToken).ConfigureAwait(false), $"{merger.Into} {merger.BaselineTerm}").ConfigureAwait(false);
            var terms = province.Mergers.SelectMany(m => new[] { m.BaselineTerm, m.NewTerm }).ToHashSet(StringComparer.Ordinal);
            await Attempt(async () =>
            {
                terms.UnionWith(await summaries.TermsOfProvinceAsync(province.Id, cancellationToken).ConfigureAwait(false));
                return null; // reading the terms recomputes nothing
            }, $"{province.Id}: terms").ConfigureAwait(false);
            foreach (var term in terms.Order(StringComparer.Ordinal))
            {
                await Attempt(async () => await consolidated.RebuildProvinceAsync(registry, province, term, null, cancellationToken).ConfigureAwait(false), $"{province.Id} {term}").ConfigureAwait(false);
                await Attempt(async () => await progress.RefreshAsync(registry, province, term, cancellationToken).ConfigureAwait(false) is > 0 and var n
                    ? $"{province.Id} {term}: tiến độ {n} xã" : null, $"{province.Id} {term}: progress").ConfigureAwait(false);
            }
        }
        if (run.Province is not null && registry.Province(run.Province) is null)
            errors.Add($"Không có tỉnh '{run.Province}' trong danh mục đơn vị hành chính.");

        var finished = run with
        {
            FinishedAt = clock.GetUtcNow(),
            Status = errors.Count == 0 ? ConsolidationRunStatus.Succeeded : ConsolidationRunStatus.Failed,
            Recomputed = recomputed,
            Errors = errors,
        };
        await runs.SaveAsync(finished, cancellationToken).ConfigureAwait(false);
        return finished;

        async Task Attempt(Func<Task<string?>> step, string what)
        {
            try
            {
                if (await step().ConfigureAwait(false) is { } done) recomputed.Add(done);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                errors.Add($"{what}: {ex.GetType().Name}: {ex.Message}");
            }
        }
    }

    public Task<ConsolidationRun?> GetAsync(string runId, CancellationToken cancellationToken) =>
        ConsolidationRunId.IsValid(runId) ? runs.GetAsync(runId, cancellationToken) : Task.FromResult<ConsolidationRun?>(null);

    public Task<IReadOnlyList<ConsolidationRun>> RecentAsync(int max, CancellationToken cancellationToken) => runs.RecentAsync(max, cancellationToken);
}
