using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>
/// Starting consolidation and reading its runs (province officers): the HTTP functions over
/// <c>PipelineEndpoints.Consolidations.cs</c>, each named by its constant. The nightly run is
/// <see cref="ScheduledConsolidationFunction"/>.
/// </summary>
public sealed class ConsolidationFunctions(PipelineStorageProvider storage)
{
    /// <summary>The name of <see cref="StartConsolidationAsync"/>.</summary>
    public const string StartConsolidation = "StartConsolidation";

    /// <summary>The name of <see cref="ConsolidationRunsAsync"/>.</summary>
    public const string ConsolidationRuns = "ConsolidationRuns";

    /// <summary>The name of <see cref="ConsolidationRunAsync"/>.</summary>
    public const string ConsolidationRun = "ConsolidationRun";

    /// <summary>POST /api/consolidations</summary>
    [Function(StartConsolidation)]
    public Task<IActionResult> StartConsolidationAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/consolidations")] HttpRequest request, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.StartConsolidationAsync(caller, cancellationToken), cancellationToken);

    /// <summary>GET /api/consolidations?max=</summary>
    [Function(ConsolidationRuns)]
    public Task<IActionResult> ConsolidationRunsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/consolidations")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.ListConsolidationsAsync(HttpApi.IntQuery(request, "max"), caller, cancellationToken), cancellationToken);

    /// <summary>GET /api/consolidations/{runId}</summary>
    [Function(ConsolidationRun)]
    public Task<IActionResult> ConsolidationRunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/consolidations/{runId}")] HttpRequest request,
        string runId, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.GetConsolidationAsync(runId, caller, cancellationToken), cancellationToken);
}
