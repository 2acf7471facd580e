using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pipeline.Api;
using Pipeline.Storage.Access;

namespace Pipeline.Functions;

/// <summary>
/// What every HTTP function does around its one call: the caller from App Service
/// authentication's principal header, the shared <see cref="PipelineEndpoints"/>, and the
/// endpoint's IResult handed back to the Functions host as an action result.
/// </summary>
internal static class HttpApi
{
    public static async Task<IActionResult> RunAsync(PipelineStorageProvider storage, HttpRequest request,
        Func<PipelineEndpoints, Caller?, Task<IResult>> call, CancellationToken cancellationToken)
    {
        var caller = ClientPrincipal.Read(request.Headers[ClientPrincipal.Header].ToString());
        var endpoints = new PipelineEndpoints(await storage.GetAsync(cancellationToken).ConfigureAwait(false));
        return new EndpointResult(await call(endpoints, caller).ConfigureAwait(false));
    }

    /// <summary>An optional integer query parameter (minimal APIs bind these for the local host).</summary>
    public static int? IntQuery(HttpRequest request, string name) =>
        int.TryParse(request.Query[name], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Runs a minimal-API result inside the MVC pipeline the Functions ASP.NET Core integration uses.</summary>
    private sealed class EndpointResult(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
