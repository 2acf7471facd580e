using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Api;
using Pipeline.Storage;

namespace Pipeline.Functions;

/// <summary>
/// What a province officer reads and manages — the rollup, the raw summaries, the assumed
/// directions, the administrative units, the catalogue: the HTTP functions over
/// <c>PipelineEndpoints.Provinces.cs</c>, each named by its constant.
/// </summary>
public sealed class ProvinceFunctions(PipelineEndpoints endpoints, StoragePreparation storage)
{
    /// <summary>The name of <see cref="ProvinceSummaryAsync"/>.</summary>
    public const string ProvinceSummary = "ProvinceSummary";

    /// <summary>The name of <see cref="ProvinceSummariesAsync"/>.</summary>
    public const string ProvinceSummaries = "ProvinceSummaries";

    /// <summary>The name of <see cref="AssumedDirectionsAsync"/>.</summary>
    public const string AssumedDirections = "AssumedDirections";

    /// <summary>The name of <see cref="ProvinceUnitsAsync"/>.</summary>
    public const string ProvinceUnits = "ProvinceUnits";

    /// <summary>The name of <see cref="ReplaceProvinceUnitsAsync"/>.</summary>
    public const string ReplaceProvinceUnits = "ReplaceProvinceUnits";

    /// <summary>The name of <see cref="ProvinceCatalogueAsync"/>.</summary>
    public const string ProvinceCatalogue = "ProvinceCatalogue";

    /// <summary>The name of <see cref="ReplaceProvinceCatalogueAsync"/>.</summary>
    public const string ReplaceProvinceCatalogue = "ReplaceProvinceCatalogue";

    /// <summary>The name of <see cref="DeleteProvinceCatalogueAsync"/>.</summary>
    public const string DeleteProvinceCatalogue = "DeleteProvinceCatalogue";

    /// <summary>GET /api/provinces/{province}/summary?term=</summary>
    [Function(ProvinceSummary)]
    public Task<IActionResult> ProvinceSummaryAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/provinces/{province}/summary")] HttpRequest request, string province,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.GetProvinceSummaryAsync(province, request.Query["term"], request.Query["confirmedOnly"], request.Query["period"], caller,
            cancellationToken), cancellationToken);

    /// <summary>GET /api/provinces/{province}/summaries?term=</summary>
    [Function(ProvinceSummaries)]
    public Task<IActionResult> ProvinceSummariesAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/provinces/{province}/summaries")] HttpRequest request,
        string province, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.GetProvinceSummariesAsync(province, request.Query["term"], caller, cancellationToken), cancellationToken);

    /// <summary>GET /api/provinces/{province}/assumed-directions?term=</summary>
    [Function(AssumedDirections)]
    public Task<IActionResult> AssumedDirectionsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/provinces/{province}/assumed-directions")] HttpRequest request, string province,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.GetAssumedDirectionsAsync(province, request.Query["term"], caller, cancellationToken), cancellationToken);

    /// <summary>GET /api/provinces/{province}/units</summary>
    [Function(ProvinceUnits)]
    public Task<IActionResult> ProvinceUnitsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/provinces/{province}/units")] HttpRequest request, string province,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.GetUnitsAsync(province, caller, cancellationToken), cancellationToken);

    /// <summary>PUT /api/provinces/{province}/units</summary>
    [Function(ReplaceProvinceUnits)]
    public Task<IActionResult> ReplaceProvinceUnitsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/provinces/{province}/units")] HttpRequest request, string province,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.PutUnitsAsync(province, request, caller, cancellationToken), cancellationToken);

    /// <summary>GET /api/provinces/{province}/catalogue</summary>
    [Function(ProvinceCatalogue)]
    public Task<IActionResult> ProvinceCatalogueAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/provinces/{province}/catalogue")] HttpRequest request, string province,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.GetCatalogueAsync(province, caller, cancellationToken), cancellationToken);

    /// <summary>PUT /api/provinces/{province}/catalogue</summary>
    [Function(ReplaceProvinceCatalogue)]
    public Task<IActionResult> ReplaceProvinceCatalogueAsync([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/provinces/{province}/catalogue")] HttpRequest request, string province,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.PutCatalogueAsync(province, request, caller, cancellationToken), cancellationToken);

    /// <summary>DELETE /api/provinces/{province}/catalogue</summary>
    [Function(DeleteProvinceCatalogue)]
    public Task<IActionResult> DeleteProvinceCatalogueAsync([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/provinces/{province}/catalogue")] HttpRequest request, string province,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.DeleteCatalogueAsync(province, caller, cancellationToken), cancellationToken);
}
