using System.Text.Json;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Ingestion;

namespace Pipeline.Storage.Scoring;

/// <summary>
/// A message in the score poison queue (the host moved it there after it failed on every
/// attempt): the upload it names shows as failed to its clerk, and operators get an error.
/// Both hosts' <see cref="TriggerNames.FailedScore"/> triggers call this and nothing else.
/// </summary>
public static partial class PoisonedScoreRequests
{
    /// <summary>
    /// Marks the upload of <paramref name="message"/> failed and logs an error naming it (event 1);
    /// a message that is not a score request, or names no upload, is logged (event 2) and dropped.
    /// Never throws for the message's content: the host would only retry it into a second poison queue.
    /// </summary>
    /// <param name="logger">The host's logger for the trigger, so the entries keep the trigger's category.</param>
    public static async Task HandleAsync(AnnexScoring scoring, string message, ILogger logger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scoring);
        ArgumentNullException.ThrowIfNull(logger);
        ScoreRequest request;
        try
        {
            request = AnnexScoring.ReadMessage(message);
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            // Retrying cannot make it readable, and it names no upload to mark: log it and let it go.
            LogUnreadable(logger, ex, message);
            return;
        }
        if (string.IsNullOrWhiteSpace(request.UploadId))
        {
            LogUnreadable(logger, null, message);
            return;
        }

        LogFailed(logger, request.UploadId, request.AnnexIndex, StorageNames.ScorePoisonQueue);
        await scoring.MarkFailedAsync(request, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error,
        Message = "Scoring upload {UploadId} (annex {AnnexIndex}) failed on every attempt and the request was moved to {PoisonQueue}; the upload is marked failed.")]
    private static partial void LogFailed(ILogger logger, string uploadId, int annexIndex, string poisonQueue);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error,
        Message = "A message in the score poison queue is not a score request and was dropped: {Message}")]
    private static partial void LogUnreadable(ILogger logger, Exception? exception, string message);
}
