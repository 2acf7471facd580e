using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>GET /api/provinces/{province}/catalogue</summary>
public sealed class ProvinceCatalogueFunction(PipelineStorageProvider storage)
{
    [Function("ProvinceCatalogue")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/provinces/{province}/catalogue")] HttpRequest request, string province,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.GetCatalogueAsync(province, caller, cancellationToken), cancellationToken);
}
