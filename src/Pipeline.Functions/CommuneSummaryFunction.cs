using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>GET /api/communes/{province}/{commune}/summary?term=</summary>
public sealed class CommuneSummaryFunction(PipelineStorageProvider storage)
{
    [Function("CommuneSummary")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/communes/{province}/{commune}/summary")] HttpRequest request,
        string province, string commune, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.GetSummaryAsync(province, commune, request.Query["term"], caller, cancellationToken), cancellationToken);
}
