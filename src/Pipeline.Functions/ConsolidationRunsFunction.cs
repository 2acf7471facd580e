using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>GET /api/consolidations?max=</summary>
public sealed class ConsolidationRunsFunction(PipelineStorageProvider storage)
{
    [Function("ConsolidationRuns")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/consolidations")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.ListConsolidationsAsync(HttpApi.IntQuery(request, "max"), caller, cancellationToken), cancellationToken);
}
