using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Pipeline.Api;

/// <summary>The local host's exception handler: answers with <see cref="ProblemMapping.ForException"/>, as the Function App does.</summary>
internal sealed class ProblemExceptionHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The client is gone: nobody reads an answer (the middleware records it as such).
        if (httpContext.RequestAborted.IsCancellationRequested) return false;
        await ProblemMapping.ForException(httpContext, exception).ExecuteAsync(httpContext).ConfigureAwait(false);
        return true;
    }
}
