using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>GET /api/consolidations/{runId}</summary>
public sealed class ConsolidationRunFunction(PipelineStorageProvider storage)
{
    [Function("ConsolidationRun")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/consolidations/{runId}")] HttpRequest request,
        string runId, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.GetConsolidationAsync(runId, caller, cancellationToken), cancellationToken);
}
