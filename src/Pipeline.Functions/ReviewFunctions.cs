using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Api;
using Pipeline.Storage;

namespace Pipeline.Functions;

/// <summary>
/// The province's review of its communes' annexes — decisions, the review state, the history,
/// deadlines: the HTTP functions over <c>PipelineEndpoints.Reviews.cs</c>, each named by its constant.
/// </summary>
public sealed class ReviewFunctions(PipelineEndpoints endpoints, StoragePreparation storage)
{
    /// <summary>The name of <see cref="CommuneReviewAsync"/>.</summary>
    public const string CommuneReview = "CommuneReview";

    /// <summary>The name of <see cref="DecideReviewAsync"/>.</summary>
    public const string DecideReview = "DecideReview";

    /// <summary>The name of <see cref="CommuneHistoryAsync"/>.</summary>
    public const string CommuneHistory = "CommuneHistory";

    /// <summary>The name of <see cref="ProvinceDeadlinesAsync"/>.</summary>
    public const string ProvinceDeadlines = "ProvinceDeadlines";

    /// <summary>The name of <see cref="SetProvinceDeadlineAsync"/>.</summary>
    public const string SetProvinceDeadline = "SetProvinceDeadline";

    /// <summary>GET /api/communes/{province}/{commune}/review?term=</summary>
    [Function(CommuneReview)]
    public Task<IActionResult> CommuneReviewAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/communes/{province}/{commune}/review")] HttpRequest request,
        string province, string commune, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.GetReviewAsync(province, commune, request.Query["term"], caller, cancellationToken), cancellationToken);

    /// <summary>POST /api/communes/{province}/{commune}/review — confirm, return or reopen</summary>
    [Function(DecideReview)]
    public Task<IActionResult> DecideReviewAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/communes/{province}/{commune}/review")] HttpRequest request,
        string province, string commune, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.DecideReviewAsync(province, commune, request, caller, cancellationToken), cancellationToken);

    /// <summary>GET /api/communes/{province}/{commune}/history?term=</summary>
    [Function(CommuneHistory)]
    public Task<IActionResult> CommuneHistoryAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/communes/{province}/{commune}/history")] HttpRequest request,
        string province, string commune, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.GetHistoryAsync(province, commune, request.Query["term"], caller, cancellationToken), cancellationToken);

    /// <summary>GET /api/provinces/{province}/deadlines</summary>
    [Function(ProvinceDeadlines)]
    public Task<IActionResult> ProvinceDeadlinesAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/provinces/{province}/deadlines")] HttpRequest request,
        string province, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.GetDeadlinesAsync(province, caller, cancellationToken), cancellationToken);

    /// <summary>PUT /api/provinces/{province}/deadlines/{term}</summary>
    [Function(SetProvinceDeadline)]
    public Task<IActionResult> SetProvinceDeadlineAsync([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/provinces/{province}/deadlines/{term}")] HttpRequest request,
        string province, string term, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.PutDeadlineAsync(province, term, request, caller, cancellationToken), cancellationToken);
}
