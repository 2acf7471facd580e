using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Storage.Access;

namespace Pipeline.Api;

/// <summary>
/// Binds the API's routes for an ASP.NET Core host (the local host); the Functions app binds
/// the same routes with one HTTP function each. Both call <see cref="PipelineEndpoints"/>.
/// </summary>
public static class PipelineRoutes
{
    /// <param name="callerOf">How this host knows who is calling (an access key locally, the App Service principal in Azure).</param>
    public static IEndpointRouteBuilder MapPipelineApi(this IEndpointRouteBuilder routes, Func<HttpRequest, Caller?> callerOf)
    {
        var api = routes.MapGroup("/api");
        api.MapGet("/health", (HttpContext context, PipelineEndpoints endpoints, CancellationToken ct) => endpoints.HealthAsync(context, ct));
        api.MapGet("/me", (HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.MeAsync(callerOf(request), ct));
        api.MapPost("/annexes", (HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.UploadAsync(request, callerOf(request), ct)).DisableAntiforgery();
        api.MapPost("/annexes/check", (HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.CheckAsync(request, callerOf(request), ct)).DisableAntiforgery();
        api.MapGet("/annexes/{uploadId}", (string uploadId, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.GetUploadAsync(uploadId, callerOf(request), ct));
        api.MapPost("/annexes/{uploadId}/confirm", (string uploadId, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.ConfirmUploadAsync(uploadId, callerOf(request), ct)).DisableAntiforgery();
        api.MapPost("/annexes/{uploadId}/cancel", (string uploadId, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.CancelUploadAsync(uploadId, callerOf(request), ct)).DisableAntiforgery();
        api.MapGet("/communes/{province}/{commune}/uploads", (string province, string commune, int? max, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.ListUploadsAsync(province, commune, max, callerOf(request), ct));
        api.MapGet("/communes/{province}/{commune}/targets", (string province, string commune, string? term, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.GetTargetsAsync(province, commune, term, callerOf(request), ct));
        api.MapGet("/communes/{province}/{commune}/summary", (string province, string commune, string? term, string? confirmedOnly, HttpRequest request, PipelineEndpoints endpoints,
            CancellationToken ct) => endpoints.GetSummaryAsync(province, commune, term, confirmedOnly, callerOf(request), ct));
        api.MapGet("/communes/{province}/{commune}/progress", (string province, string commune, string? term, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.GetProgressAsync(province, commune, term, callerOf(request), ct));
        api.MapGet("/communes/{province}/{commune}/review", (string province, string commune, string? term, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.GetReviewAsync(province, commune, term, callerOf(request), ct));
        api.MapPost("/communes/{province}/{commune}/review", (string province, string commune, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.DecideReviewAsync(province, commune, request, callerOf(request), ct)).DisableAntiforgery();
        api.MapGet("/communes/{province}/{commune}/history", (string province, string commune, string? term, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.GetHistoryAsync(province, commune, term, callerOf(request), ct));
        api.MapGet("/provinces/{province}/summary", (string province, string? term, string? confirmedOnly, string? period, HttpRequest request, PipelineEndpoints endpoints,
            CancellationToken ct) => endpoints.GetProvinceSummaryAsync(province, term, confirmedOnly, period, callerOf(request), ct));
        api.MapGet("/provinces/{province}/deadlines", (string province, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.GetDeadlinesAsync(province, callerOf(request), ct));
        api.MapPut("/provinces/{province}/deadlines/{term}", (string province, string term, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.PutDeadlineAsync(province, term, request, callerOf(request), ct));
        api.MapGet("/provinces/{province}/assumed-directions", (string province, string? term, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.GetAssumedDirectionsAsync(province, term, callerOf(request), ct));
        api.MapGet("/provinces/{province}/units", (string province, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.GetUnitsAsync(province, callerOf(request), ct));
        api.MapPut("/provinces/{province}/units", (string province, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.PutUnitsAsync(province, request, callerOf(request), ct));
        api.MapGet("/provinces/{province}/catalogue", (string province, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.GetCatalogueAsync(province, callerOf(request), ct));
        api.MapPut("/provinces/{province}/catalogue", (string province, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.PutCatalogueAsync(province, request, callerOf(request), ct));
        api.MapDelete("/provinces/{province}/catalogue", (string province, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.DeleteCatalogueAsync(province, callerOf(request), ct));
        api.MapGet("/provinces/{province}/summaries", (string province, string? term, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.GetProvinceSummariesAsync(province, term, callerOf(request), ct));
        api.MapPost("/consolidations", (HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.StartConsolidationAsync(callerOf(request), ct));
        api.MapGet("/consolidations", (int? max, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.ListConsolidationsAsync(max, callerOf(request), ct));
        api.MapGet("/consolidations/{runId}", (string runId, HttpRequest request, PipelineEndpoints endpoints, CancellationToken ct) =>
            endpoints.GetConsolidationAsync(runId, callerOf(request), ct));
        return routes;
    }

    /// <summary>The local host's way to know the caller: the x-api-key header, looked up in <paramref name="find"/>.</summary>
    public static Func<HttpRequest, Caller?> ByAccessKey(Func<string, Caller?> find) =>
        request => find(request.Headers["x-api-key"].ToString());

    /// <summary>Registers <see cref="PipelineEndpoints"/> for the routes, and what <see cref="UsePipelineProblems"/> needs.</summary>
    public static IServiceCollection AddPipelineApi(this IServiceCollection services)
    {
        services.AddExceptionHandler<ProblemExceptionHandler>();
        return services.AddSingleton<PipelineEndpoints>().AddProblemDetails();
    }

    /// <summary>
    /// Makes every error answer under /api problem details, as in the Function App: an exception
    /// becomes the problem <see cref="ProblemMapping.ForException"/> says (503 when storage does not
    /// answer, 500 with a trace id otherwise), and a bare 404 (no such route) or 405 (wrong method)
    /// becomes one too. Call it before the portal's files and the routes.
    /// </summary>
    public static IApplicationBuilder UsePipelineProblems(this IApplicationBuilder app)
    {
        app.UseExceptionHandler();
        return app.UseStatusCodePages(async context =>
        {
            // Only the API: the portal's missing files stay plain 404s.
            if (context.HttpContext.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal))
                await ProblemMapping.ForStatus(context.HttpContext).ExecuteAsync(context.HttpContext).ConfigureAwait(false);
        });
    }
}
