using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>GET /api/provinces/{province}/summaries?term=</summary>
public sealed class ProvinceSummariesFunction(PipelineStorageProvider storage)
{
    [Function("ProvinceSummaries")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/provinces/{province}/summaries")] HttpRequest request,
        string province, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.GetProvinceSummariesAsync(province, request.Query["term"], caller, cancellationToken), cancellationToken);
}
