using System.Text.Json;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Pipeline.Storage;
using Pipeline.Storage.Ingestion;
using Pipeline.Storage.Scoring;

namespace Pipeline.Functions;

/// <summary>
/// A score request that kept failing (moved to the poison queue by the host) → an error for
/// operators, and the upload shows as failed to its clerk.
/// </summary>
public sealed partial class FailedScoreFunction(PipelineStorageProvider storage, ILogger<FailedScoreFunction> logger)
{
    public const string Name = "FailedScore";

    [Function(Name)]
    public async Task RunAsync(
        [QueueTrigger(StorageNames.ScorePoisonQueue, Connection = PipelineServices.ConnectionSetting)] string message,
        CancellationToken cancellationToken)
    {
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
        var pipeline = await storage.GetAsync(cancellationToken).ConfigureAwait(false);
        await pipeline.Scoring.MarkFailedAsync(request, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Error,
        Message = "Scoring upload {UploadId} (annex {AnnexIndex}) failed on every attempt and the request was moved to {PoisonQueue}; the upload is marked failed.")]
    private static partial void LogFailed(ILogger logger, string uploadId, int annexIndex, string poisonQueue);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error,
        Message = "A message in the score poison queue is not a score request and was dropped: {Message}")]
    private static partial void LogUnreadable(ILogger logger, Exception? exception, string message);
}
