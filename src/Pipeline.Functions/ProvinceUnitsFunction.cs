using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>GET /api/provinces/{province}/units</summary>
public sealed class ProvinceUnitsFunction(PipelineStorageProvider storage)
{
    [Function("ProvinceUnits")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/provinces/{province}/units")] HttpRequest request, string province,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.GetUnitsAsync(province, caller, cancellationToken), cancellationToken);
}
