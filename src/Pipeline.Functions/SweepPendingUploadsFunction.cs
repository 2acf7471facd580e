using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace Pipeline.Functions;

/// <summary>
/// Every five minutes, parses the uploads still "received" after <see cref="Grace"/>: Event Grid
/// delivers blob events at least once but gives up after its retry window, and an upload whose
/// event was lost would otherwise wait forever. Parsing is idempotent, so sweeping an upload the
/// trigger is handling at the same moment is harmless.
/// </summary>
public sealed partial class SweepPendingUploadsFunction(PipelineStorageProvider storage, TimeProvider clock, ILogger<SweepPendingUploadsFunction> log)
{
    public const string Schedule = "0 */5 * * * *";

    /// <summary>Long enough for Event Grid's own delivery and the trigger's retries to have happened.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(5);

    [Function("SweepPendingUploads")]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        var pipeline = await storage.GetAsync(cancellationToken).ConfigureAwait(false);
        var swept = await pipeline.Ingestion.SweepAsync(clock.GetUtcNow(), Grace, cancellationToken).ConfigureAwait(false);
        if (swept > 0) LogSwept(swept);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parsed {Count} upload(s) whose blob event had not arrived after five minutes")]
    private partial void LogSwept(int count);
}
