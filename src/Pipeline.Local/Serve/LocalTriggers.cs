using Azure.Storage.Blobs;
using Microsoft.Azure.WebJobs;
using Microsoft.Extensions.Logging;
using Pipeline.Storage;
using Pipeline.Storage.Ingestion;
using Pipeline.Storage.Scoring;

namespace Pipeline.Local.Serve;

/// <summary>
/// The local host's triggers, run by the WebJobs SDK (the engine under Azure Functions) with
/// the same blob, queue and poison-queue semantics, names (<see cref="TriggerNames"/>) and queue
/// settings (<see cref="ScoreQueueSettings"/>): each binds a trigger and calls the shared step.
/// </summary>
public sealed class LocalTriggers(AnnexIngestion ingestion, AnnexScoring scoring, ILogger<LocalTriggers> log)
{
    [FunctionName(TriggerNames.ParseAnnex)]
    public Task ParseAnnexAsync([BlobTrigger(StorageNames.AnnexesContainer + "/{name}")] BlobClient blob, string name, CancellationToken cancellationToken)
    {
        log.LogInformation("Parsing {Blob}", blob.Name);
        return ingestion.ParseAsync(name, cancellationToken);
    }

    [FunctionName(TriggerNames.ScoreAnnex)]
    public Task ScoreAnnexAsync([QueueTrigger(StorageNames.ScoreQueue)] string message, CancellationToken cancellationToken) =>
        scoring.ScoreAsync(AnnexScoring.ReadMessage(message), cancellationToken);

    [FunctionName(TriggerNames.FailedScore)]
    public Task FailedScoreAsync([QueueTrigger(StorageNames.ScorePoisonQueue)] string message, CancellationToken cancellationToken) =>
        PoisonedScoreRequests.HandleAsync(scoring, message, log, cancellationToken);
}
