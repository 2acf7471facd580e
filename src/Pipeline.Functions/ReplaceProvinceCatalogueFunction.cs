using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>PUT /api/provinces/{province}/catalogue</summary>
public sealed class ReplaceProvinceCatalogueFunction(PipelineStorageProvider storage)
{
    [Function("ReplaceProvinceCatalogue")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/provinces/{province}/catalogue")] HttpRequest request, string province,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.PutCatalogueAsync(province, request, caller, cancellationToken), cancellationToken);
}
