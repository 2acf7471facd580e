using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>GET /api/communes/{province}/{commune}/uploads?max=</summary>
public sealed class CommuneUploadsFunction(PipelineStorageProvider storage)
{
    [Function("CommuneUploads")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/communes/{province}/{commune}/uploads")] HttpRequest request, string province, string commune,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.ListUploadsAsync(province, commune, HttpApi.IntQuery(request, "max"), caller, cancellationToken), cancellationToken);
}
