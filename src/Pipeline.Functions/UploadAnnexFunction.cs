using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>POST /api/annexes</summary>
public sealed class UploadAnnexFunction(PipelineStorageProvider storage)
{
    [Function("UploadAnnex")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/annexes")] HttpRequest request, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.UploadAsync(request, caller, cancellationToken), cancellationToken);
}
