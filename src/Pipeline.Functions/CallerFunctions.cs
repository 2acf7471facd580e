using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Api;
using Pipeline.Storage;

namespace Pipeline.Functions;

/// <summary>
/// Who the caller is, for the portal's header and commune picker: the HTTP function over
/// <see cref="PipelineEndpoints.MeAsync"/>, named by its constant.
/// </summary>
public sealed class CallerFunctions(PipelineEndpoints endpoints, StoragePreparation storage)
{
    /// <summary>The name of <see cref="MeAsync"/>.</summary>
    public const string Me = "Me";

    /// <summary>GET /api/me</summary>
    [Function(Me)]
    public Task<IActionResult> MeAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/me")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.MeAsync(caller, cancellationToken), cancellationToken);
}
