using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Pipeline.Storage;
using Pipeline.Storage.Ingestion;

namespace Pipeline.Functions;

/// <summary>
/// Every five minutes, drives on the uploads that are stuck (<see cref="RedrivePolicy.Azure"/>):
/// still "received" (Event Grid delivers blob events at least once but gives up after its retry
/// window) or still "parsed" (score requests lost, or held by an instance that went away). Both
/// steps are idempotent, so racing the triggers is harmless. A failure is logged once with its cause.
/// </summary>
public sealed partial class SweepPendingUploadsFunction(StoragePreparation storage, AnnexIngestion ingestion, TimeProvider clock, ReportedFailures reported,
    ILogger<SweepPendingUploadsFunction> log)
{
    /// <summary>Every <see cref="RedrivePolicy.Interval"/> of <see cref="RedrivePolicy.Azure"/>.</summary>
    public const string Schedule = "0 */5 * * * *";

    [Function(TriggerNames.SweepPendingUploads)]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        await storage.EnsureAsync(cancellationToken).ConfigureAwait(false);
        // Other instances may be working on anything recent: only the grace periods say what is stuck.
        var report = await RedrivePolicy.Azure.RunAsync(ingestion, clock.GetUtcNow(), DateTimeOffset.MinValue, cancellationToken).ConfigureAwait(false);
        if (report.Parsed + report.Resent > 0) LogRedriven(report.Parsed, report.Resent);
        foreach (var failure in reported.New(report)) LogFailed(failure.UploadId, failure.Cause.GetType().Name, failure.Cause.Message);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Drove on stuck uploads: parsed {Parsed} whose blob event had not arrived, sent score requests again for {Resent}")]
    private partial void LogRedriven(int parsed, int resent);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not drive upload {UploadId} on: {Cause}: {Message} (logged once; retried every five minutes)")]
    private partial void LogFailed(string uploadId, string cause, string message);
}
