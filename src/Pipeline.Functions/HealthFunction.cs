using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Pipeline.Functions;

/// <summary>GET /api/health: the app is up. Anonymous, touches no storage.</summary>
public sealed class HealthFunction
{
    public const string Name = "Health";

    [Function(Name)]
    public static IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request) =>
        new OkObjectResult(new HealthStatus("ok"));
}

/// <summary>The health route's answer: <c>{ "status": "ok" }</c>.</summary>
public sealed record HealthStatus(string Status);
