using Microsoft.AspNetCore.Http;
using Pipeline.Storage.Access;
using Pipeline.Storage.Consolidations;

namespace Pipeline.Api;

// Starting consolidation and reading its runs (province officers).
public sealed partial class PipelineEndpoints
{
    /// <summary>POST /api/consolidations — recomputes the caller's province; 202 with the finished run.</summary>
    public async Task<IResult> StartConsolidationAsync(Caller? caller, CancellationToken cancellationToken)
    {
        var decision = AccessPolicy.CanStartConsolidation(caller, caller?.Province ?? "");
        if (!decision.Allowed) return Problems.Denied(decision);
        var run = await consolidation.StartAsync(ConsolidationTrigger.Request, caller!.Name, caller.Province, cancellationToken).ConfigureAwait(false);
        run = await consolidation.RunAsync(run, cancellationToken).ConfigureAwait(false);
        return Results.Json(new { runId = run.RunId, statusUrl = $"/api/consolidations/{run.RunId}", run }, ApiJson.Options, statusCode: 202);
    }

    /// <summary>GET /api/consolidations?max= — the runs that covered the caller's province, newest first.</summary>
    public async Task<IResult> ListConsolidationsAsync(int? max, Caller? caller, CancellationToken cancellationToken)
    {
        var decision = AccessPolicy.CanReadProvince(caller, caller?.Province ?? "");
        if (!decision.Allowed) return Problems.Denied(decision);
        var runs = await consolidation.RecentAsync(200, cancellationToken).ConfigureAwait(false);
        return Results.Json(runs.Where(r => Covers(r, caller!)).Take(Math.Clamp(max ?? 20, 1, 100)), ApiJson.Options);
    }

    /// <summary>GET /api/consolidations/{runId}</summary>
    public async Task<IResult> GetConsolidationAsync(string runId, Caller? caller, CancellationToken cancellationToken)
    {
        var decision = AccessPolicy.CanReadProvince(caller, caller?.Province ?? "");
        if (!decision.Allowed) return Problems.Denied(decision);
        var run = await consolidation.GetAsync(runId, cancellationToken).ConfigureAwait(false);
        return run is null || !Covers(run, caller!) ? Problems.NotFound($"Không có lượt tổng hợp {runId}.") : Results.Json(run, ApiJson.Options);
    }

    private static bool Covers(ConsolidationRun run, Caller caller) => run.Province is null || run.Province == caller.Province;
}
