using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>GET /api/provinces/{province}/summary?term=</summary>
public sealed class ProvinceSummaryFunction(PipelineStorageProvider storage)
{
    [Function("ProvinceSummary")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/provinces/{province}/summary")] HttpRequest request, string province,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.GetProvinceSummaryAsync(province, request.Query["term"], caller, cancellationToken), cancellationToken);
}
