using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>DELETE /api/provinces/{province}/catalogue</summary>
public sealed class DeleteProvinceCatalogueFunction(PipelineStorageProvider storage)
{
    [Function("DeleteProvinceCatalogue")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/provinces/{province}/catalogue")] HttpRequest request, string province,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.DeleteCatalogueAsync(province, caller, cancellationToken), cancellationToken);
}
