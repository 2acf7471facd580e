using Azure;

namespace Pipeline.Storage.Health;

/// <summary>
/// Tells an exception that means "storage could not be reached" — no HTTP answer at all, a
/// timeout, the service saying it is busy — from one where storage answered and something
/// else went wrong. Hosts answer the first with 503 (try again later), the second with 500.
/// </summary>
public static class StorageOutage
{
    /// <summary>
    /// True for a <see cref="RequestFailedException"/> without a status (the Azure SDK's wrapper of a
    /// transport failure) or with 503, an <see cref="HttpRequestException"/>, a timeout (the SDK's
    /// network timeout is a <see cref="TaskCanceledException"/> around a <see cref="TimeoutException"/>),
    /// a table, container or queue not found (storage lost what opening created: the local emulator
    /// restarting), and an <see cref="AggregateException"/> (what the SDK throws when its retries run out) made only of those.
    /// </summary>
    public static bool IsUnreachable(Exception? exception) => exception switch
    {
        AggregateException aggregate => aggregate.InnerExceptions.Count > 0 && aggregate.InnerExceptions.All(IsUnreachable),
        RequestFailedException { Status: 0 or 503 } => true,
        // A table, container or queue the pipeline creates when it opens is gone: storage was reset (the local emulator restarting), not the request's fault.
        RequestFailedException { ErrorCode: "TableNotFound" or "ContainerNotFound" or "QueueNotFound" } => true,
        RequestFailedException => false,
        HttpRequestException or TimeoutException => true,
        OperationCanceledException { InnerException: TimeoutException } => true,
        // Azure.Core's network timeout: its own cancellation wrapping the transport's ("… exceeded the configured timeout …").
        OperationCanceledException { InnerException: OperationCanceledException } => true,
        _ => false,
    };

    /// <summary>Why storage did not answer, in one English line for operators ("Connection refused (127.0.0.1:10000)", "HTTP 403 AuthorizationFailure").</summary>
    public static string Describe(Exception exception) => exception switch
    {
        AggregateException { InnerExceptions.Count: > 0 } aggregate => Describe(aggregate.InnerExceptions[^1]),
        RequestFailedException { Status: > 0 } failed => $"HTTP {failed.Status} {failed.ErrorCode}".TrimEnd(),
        OperationCanceledException { InnerException: TimeoutException } => "timed out",
        _ => FirstLine(exception.Message),
    };

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
