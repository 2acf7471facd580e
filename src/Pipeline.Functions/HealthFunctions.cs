using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Api;
using Pipeline.Storage;

namespace Pipeline.Functions;

/// <summary>
/// Whether the system can serve: the HTTP function over the health endpoint both hosts answer
/// with (<see cref="PipelineEndpoints.HealthAsync(HttpContext, CancellationToken)"/>
/// says what it checks and answers), named by its constant.
/// </summary>
public sealed class HealthFunctions(PipelineEndpoints endpoints)
{
    /// <summary>The name of <see cref="HealthAsync"/>.</summary>
    public const string Health = "Health";

    /// <summary>GET /api/health, anonymous; storage is opened (StoragePreparation) by the endpoint, so it answers 503 when that fails.</summary>
    [Function(Health)]
    public Task<IActionResult> HealthAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request, CancellationToken cancellationToken) =>
        HttpApi.AnswerAsync(endpoints.HealthAsync(request.HttpContext, cancellationToken));
}
