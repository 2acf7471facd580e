using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Pipeline.Storage.Health;

namespace Pipeline.Api;

/// <summary>
/// What an exception or a bare status that escaped the endpoints answers, the same in both
/// hosts (the local host's exception handler and status-code pages, the Function App's
/// <c>HttpApi</c>): a request the server could not read → its 4xx; storage that does not answer
/// → 503 storage-unavailable; anything else → 500 with a trace id. Every 5xx is logged in English.
/// </summary>
public static class ProblemMapping
{
    /// <summary>The problem for <paramref name="exception"/>, logged when it is a 5xx.</summary>
    public static IResult ForException(HttpContext context, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(exception);
        switch (exception)
        {
            case BadHttpRequestException { StatusCode: 413 }:
                return Problems.Of(413, "too-large", "Nội dung gửi lên quá lớn nên hệ thống không nhận.");
            case BadHttpRequestException bad:
                return Problems.Of(bad.StatusCode, "bad-request", "Yêu cầu gửi lên không hợp lệ hoặc không trọn vẹn (có thể do mạng bị ngắt). Hãy gửi lại.");
            case var _ when StorageOutage.IsUnreachable(exception):
                ApiLog.StorageUnreachable(ApiLog.For(context), context.Request.Method, context.Request.Path, StorageOutage.Describe(exception));
                return Problems.StorageUnavailable();
            default:
                var traceId = Activity.Current?.Id ?? context.TraceIdentifier;
                ApiLog.Unhandled(ApiLog.For(context), exception, context.Request.Method, context.Request.Path, traceId);
                return Problems.Unexpected(traceId);
        }
    }

    /// <summary>The problem for an answer that left the pipeline with an error status and no body (no route, wrong method).</summary>
    public static IResult ForStatus(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var status = context.Response.StatusCode;
        return status switch
        {
            404 => Problems.NoSuchRoute(context.Request.Path),
            405 => Problems.Of(405, "method-not-allowed", $"Địa chỉ {context.Request.Path} không nhận yêu cầu {context.Request.Method}."),
            >= 500 => Problems.Unexpected(Activity.Current?.Id ?? context.TraceIdentifier),
            _ => Problems.Of(status, "bad-request", "Yêu cầu gửi lên không hợp lệ."),
        };
    }
}
