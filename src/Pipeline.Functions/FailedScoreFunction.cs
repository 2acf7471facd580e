using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Pipeline.Storage;
using Pipeline.Storage.Scoring;

namespace Pipeline.Functions;

/// <summary>
/// A score request that kept failing (moved to the poison queue by the host) → the shared
/// <see cref="PoisonedScoreRequests"/> step. Its log entries keep this class's category, which
/// operators' queries name.
/// </summary>
public sealed class FailedScoreFunction(StoragePreparation storage, AnnexScoring scoring, ILogger<FailedScoreFunction> logger)
{
    [Function(TriggerNames.FailedScore)]
    public async Task RunAsync(
        [QueueTrigger(StorageNames.ScorePoisonQueue, Connection = PipelineServices.ConnectionSetting)] string message,
        CancellationToken cancellationToken)
    {
        await storage.EnsureAsync(cancellationToken).ConfigureAwait(false);
        await PoisonedScoreRequests.HandleAsync(scoring, message, logger, cancellationToken).ConfigureAwait(false);
    }
}
