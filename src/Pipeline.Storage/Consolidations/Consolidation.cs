using Pipeline.Storage.Uploads;

namespace Pipeline.Storage.Consolidations;

/// <summary>
/// The consolidation step (timer, nightly, and on request): records each run from start to
/// end. What a run recomputes — merged communes and province rollups — arrives with the
/// consolidation issue; until then a run recomputes nothing and says so in its record.
/// </summary>
public sealed class Consolidation(ConsolidationRunStore runs, TimeProvider clock)
{
    /// <summary>Records a run as started and returns it; <see cref="RunAsync"/> carries it out.</summary>
    public async Task<ConsolidationRun> StartAsync(string trigger, string requestedBy, CancellationToken cancellationToken)
    {
        var startedAt = clock.GetUtcNow();
        var run = new ConsolidationRun(UploadIds.New(startedAt), trigger, requestedBy, startedAt, null, "running", [], []);
        await runs.SaveAsync(run, cancellationToken).ConfigureAwait(false);
        return run;
    }

    public async Task<ConsolidationRun> RunAsync(ConsolidationRun run, CancellationToken cancellationToken)
    {
        var finished = run with { FinishedAt = clock.GetUtcNow(), Status = "succeeded" };
        await runs.SaveAsync(finished, cancellationToken).ConfigureAwait(false);
        return finished;
    }

    public Task<ConsolidationRun?> GetAsync(string runId, CancellationToken cancellationToken) =>
        UploadIds.IsValid(runId) ? runs.GetAsync(runId, cancellationToken) : Task.FromResult<ConsolidationRun?>(null);

    public Task<IReadOnlyList<ConsolidationRun>> RecentAsync(int max, CancellationToken cancellationToken) => runs.RecentAsync(max, cancellationToken);
}
