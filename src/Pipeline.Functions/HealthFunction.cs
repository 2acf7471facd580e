using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>
/// GET /api/health, anonymous: 200 when blob, queue and table storage answer, 503 naming those
/// that do not — also when storage cannot be opened at all.
/// </summary>
public sealed class HealthFunction(PipelineStorageProvider storage)
{
    public const string Name = "Health";

    [Function(Name)]
    public Task<IActionResult> RunAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request, CancellationToken cancellationToken) =>
        HttpApi.HealthAsync(storage, request, cancellationToken);
}
