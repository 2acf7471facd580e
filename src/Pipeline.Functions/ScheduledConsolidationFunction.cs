using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;
using Pipeline.Core.Reporting;
using Pipeline.Storage;
using Pipeline.Storage.Consolidations;

namespace Pipeline.Functions;

/// <summary>The nightly consolidation (see <see cref="ConsolidationSchedule"/>).</summary>
public sealed partial class ScheduledConsolidationFunction(StoragePreparation storage, Consolidation consolidation, ILogger<ScheduledConsolidationFunction> log)
{
    public const string Schedule = ConsolidationSchedule.Cron;

    [Function(TriggerNames.ScheduledConsolidation)]
    public async Task RunAsync([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken)
    {
        await storage.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var finished = await consolidation.RunScheduledAsync("timer", cancellationToken).ConfigureAwait(false);
        var status = WireName.Of(finished.Status); // logs keep the wire string, "succeeded"
        LogRun(finished.RunId, status, timer.IsPastDue);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Consolidation run {RunId} {Status} (past due: {PastDue})")]
    private partial void LogRun(string runId, string status, bool pastDue);
}
