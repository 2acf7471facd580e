using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>PUT /api/provinces/{province}/units</summary>
public sealed class ReplaceProvinceUnitsFunction(PipelineStorageProvider storage)
{
    [Function("ReplaceProvinceUnits")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/provinces/{province}/units")] HttpRequest request, string province,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.PutUnitsAsync(province, request, caller, cancellationToken), cancellationToken);
}
