using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Api;
using Pipeline.Storage;

namespace Pipeline.Functions;

/// <summary>
/// Starting consolidation and reading its runs (province officers): the HTTP functions over
/// <c>PipelineEndpoints.Consolidations.cs</c>, each named by its constant. The nightly run is
/// <see cref="ScheduledConsolidationFunction"/>.
/// </summary>
public sealed class ConsolidationFunctions(PipelineEndpoints endpoints, StoragePreparation storage)
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
        HttpApi.RunAsync(storage, request, caller => endpoints.StartConsolidationAsync(caller, cancellationToken), cancellationToken);

    /// <summary>GET /api/consolidations?max=</summary>
    [Function(ConsolidationRuns)]
    public Task<IActionResult> ConsolidationRunsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/consolidations")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.ListConsolidationsAsync(HttpApi.IntQuery(request, "max"), caller, cancellationToken), cancellationToken);

    /// <summary>GET /api/consolidations/{runId}</summary>
    [Function(ConsolidationRun)]
    public Task<IActionResult> ConsolidationRunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/consolidations/{runId}")] HttpRequest request,
        string runId, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.GetConsolidationAsync(runId, caller, cancellationToken), cancellationToken);
}
