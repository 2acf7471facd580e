using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>GET /api/communes/{province}/{commune}/targets?term=</summary>
public sealed class CommuneTargetsFunction(PipelineStorageProvider storage)
{
    [Function("CommuneTargets")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/communes/{province}/{commune}/targets")] HttpRequest request,
        string province, string commune, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.GetTargetsAsync(province, commune, request.Query["term"], caller, cancellationToken), cancellationToken);
}
