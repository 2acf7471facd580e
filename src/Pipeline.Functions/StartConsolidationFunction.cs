using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>POST /api/consolidations</summary>
public sealed class StartConsolidationFunction(PipelineStorageProvider storage)
{
    [Function("StartConsolidation")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/consolidations")] HttpRequest request, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.StartConsolidationAsync(caller, cancellationToken), cancellationToken);
}
