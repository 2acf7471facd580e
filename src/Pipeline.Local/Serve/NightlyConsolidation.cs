using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Core.Reporting;
using Pipeline.Storage;
using Pipeline.Storage.Consolidations;

namespace Pipeline.Local.Serve;

/// <summary>
/// The local host's nightly consolidation, on the same schedule as the Functions timer. A
/// hosted service rather than the WebJobs timer extension: the only version of that extension the
/// package registry serves depends on the retired WindowsAzure.Storage SDK.
/// </summary>
public sealed partial class NightlyConsolidation(Consolidation consolidation, TimeProvider clock, ILogger<NightlyConsolidation> log) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var next = ConsolidationSchedule.NextAfter(clock.GetUtcNow());
            await Task.Delay(next - clock.GetUtcNow(), clock, stoppingToken).ConfigureAwait(false);
            try
            {
                var finished = await consolidation.RunScheduledAsync("local timer", stoppingToken).ConfigureAwait(false);
                var status = WireName.Of(finished.Status); // logs keep the wire string, "succeeded"
                LogRun(finished.RunId, status);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex); // the next night tries again; the host keeps running
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly consolidation run {RunId} {Status}")]
    private partial void LogRun(string runId, string status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Nightly consolidation failed")]
    private partial void LogFailed(Exception exception);
}
