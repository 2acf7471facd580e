using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Api;
using Pipeline.Storage;

namespace Pipeline.Functions;

/// <summary>
/// What a commune's officer (and the province) reads about one commune: the HTTP functions
/// over <c>PipelineEndpoints.Communes.cs</c>, each named by its constant.
/// </summary>
public sealed class CommuneFunctions(PipelineEndpoints endpoints, StoragePreparation storage)
{
    /// <summary>The name of <see cref="CommuneTargetsAsync"/>.</summary>
    public const string CommuneTargets = "CommuneTargets";

    /// <summary>The name of <see cref="CommuneSummaryAsync"/>.</summary>
    public const string CommuneSummary = "CommuneSummary";

    /// <summary>The name of <see cref="CommuneProgressAsync"/>.</summary>
    public const string CommuneProgress = "CommuneProgress";

    /// <summary>GET /api/communes/{province}/{commune}/targets?term=</summary>
    [Function(CommuneTargets)]
    public Task<IActionResult> CommuneTargetsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/communes/{province}/{commune}/targets")] HttpRequest request,
        string province, string commune, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.GetTargetsAsync(province, commune, request.Query["term"], caller, cancellationToken), cancellationToken);

    /// <summary>GET /api/communes/{province}/{commune}/summary?term=</summary>
    [Function(CommuneSummary)]
    public Task<IActionResult> CommuneSummaryAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/communes/{province}/{commune}/summary")] HttpRequest request,
        string province, string commune, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.GetSummaryAsync(province, commune, request.Query["term"], request.Query["confirmedOnly"], caller, cancellationToken), cancellationToken);

    /// <summary>GET /api/communes/{province}/{commune}/progress?term=</summary>
    [Function(CommuneProgress)]
    public Task<IActionResult> CommuneProgressAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/communes/{province}/{commune}/progress")] HttpRequest request,
        string province, string commune, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.GetProgressAsync(province, commune, request.Query["term"], caller, cancellationToken), cancellationToken);
}
