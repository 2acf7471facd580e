using Microsoft.Azure.Functions.Worker;
using Pipeline.Storage;
using Pipeline.Storage.Scoring;

namespace Pipeline.Functions;

/// <summary>
/// A score request on the queue → the score step. A failure throws, the host retries, and after
/// maxDequeueCount (host.json, <see cref="ScoreQueueSettings.MaxDequeueCount"/>) the message goes
/// to the poison queue (<see cref="FailedScoreFunction"/>).
/// </summary>
public sealed class ScoreAnnexFunction(StoragePreparation storage, AnnexScoring scoring)
{
    [Function(TriggerNames.ScoreAnnex)]
    public async Task RunAsync(
        [QueueTrigger(StorageNames.ScoreQueue, Connection = PipelineServices.ConnectionSetting)] string message,
        CancellationToken cancellationToken)
    {
        var request = AnnexScoring.ReadMessage(message);
        await storage.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await scoring.ScoreAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
