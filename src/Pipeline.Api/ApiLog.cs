using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Pipeline.Api;

/// <summary>The English log line behind every 5xx answer, in both hosts (category "Pipeline.Api").</summary>
internal static partial class ApiLog
{
    /// <summary>The host's logger for this request; none when the host registered no logging.</summary>
    public static ILogger For(HttpContext context) =>
        context.RequestServices?.GetService<ILoggerFactory>()?.CreateLogger("Pipeline.Api") ?? NullLogger.Instance;

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception serving {Method} {Path} (trace {TraceId}); answered 500")]
    public static partial void Unhandled(ILogger logger, Exception exception, string method, string path, string traceId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage unreachable serving {Method} {Path}: {Reason}; answered 503")]
    public static partial void StorageUnreachable(ILogger logger, string method, string path, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check failed, answered 503: {Failures}")]
    public static partial void Unhealthy(ILogger logger, string failures);
}
