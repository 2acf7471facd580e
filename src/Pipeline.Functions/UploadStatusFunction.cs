using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>GET /api/annexes/{uploadId}</summary>
public sealed class UploadStatusFunction(PipelineStorageProvider storage)
{
    [Function("UploadStatus")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/annexes/{uploadId}")] HttpRequest request, string uploadId, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.GetUploadAsync(uploadId, caller, cancellationToken), cancellationToken);
}
