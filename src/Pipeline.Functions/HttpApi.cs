using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pipeline.Api;
using Pipeline.Storage;
using Pipeline.Storage.Access;

namespace Pipeline.Functions;

/// <summary>
/// What every HTTP function does around its one call: the caller from App Service
/// authentication's principal header, storage opened on first use, and the
/// endpoint's IResult handed back to the Functions host as an action result. Whatever escapes
/// — storage that cannot be opened or does not answer, a bug — becomes the problem
/// <see cref="ProblemMapping"/> says (503, 500 with a trace id), as in the local host, never an empty 500.
/// </summary>
internal static class HttpApi
{
    /// <summary>Opens storage if this worker has not yet (<see cref="StoragePreparation.EnsureAsync"/>), reads the caller, and runs <paramref name="call"/>.</summary>
    public static async Task<IActionResult> RunAsync(StoragePreparation storage, HttpRequest request,
        Func<Caller?, Task<IResult>> call, CancellationToken cancellationToken)
    {
        IResult result;
        try
        {
            var caller = ClientPrincipal.Read(request.Headers[ClientPrincipal.Header].ToString());
            await storage.EnsureAsync(cancellationToken).ConfigureAwait(false);
            result = await call(caller).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            result = ProblemMapping.ForException(request.HttpContext, ex);
        }
        return new EndpointResult(result);
    }

    /// <summary>The answer of an endpoint that needs no caller and opens storage itself (health), handed back as an action result.</summary>
    public static async Task<IActionResult> AnswerAsync(Task<IResult> answer) => new EndpointResult(await answer.ConfigureAwait(false));

    /// <summary>404 problem for an /api path no function serves (the portal's catch-all is what receives it).</summary>
    public static IActionResult NoSuchRoute(HttpRequest request) => new EndpointResult(Problems.NoSuchRoute(request.Path));

    /// <summary>An optional integer query parameter (minimal APIs bind these for the local host).</summary>
    public static int? IntQuery(HttpRequest request, string name) =>
        int.TryParse(request.Query[name], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>Runs a minimal-API result inside the MVC pipeline the Functions ASP.NET Core integration uses.</summary>
    private sealed class EndpointResult(IResult result) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => result.ExecuteAsync(context.HttpContext);
    }
}
