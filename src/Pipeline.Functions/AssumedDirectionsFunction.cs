using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>GET /api/provinces/{province}/assumed-directions?term=</summary>
public sealed class AssumedDirectionsFunction(PipelineStorageProvider storage)
{
    [Function("AssumedDirections")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/provinces/{province}/assumed-directions")] HttpRequest request, string province,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.GetAssumedDirectionsAsync(province, request.Query["term"], caller, cancellationToken), cancellationToken);
}
