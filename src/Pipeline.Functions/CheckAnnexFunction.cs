using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>POST /api/annexes/check — read and score a file without storing it</summary>
public sealed class CheckAnnexFunction(PipelineStorageProvider storage)
{
    [Function("CheckAnnex")]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/annexes/check")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, (api, caller) => api.CheckAsync(request, caller, cancellationToken), cancellationToken);
}
