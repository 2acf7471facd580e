using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Storage;

namespace Pipeline.Local.Serve;

/// <summary>
/// Parses uploads the local blob trigger missed. The WebJobs blob trigger on a development
/// account finds new blobs by scanning the container and comparing last-modified times to the
/// second, so blobs written within the same second can be skipped (measured under load:
/// docs/benchmarks.md). In Azure the trigger is fed by Event Grid and needs no sweeper.
/// </summary>
public sealed partial class PendingUploadSweeper(PipelineStorage storage, TimeProvider clock, ILogger<PendingUploadSweeper> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                var swept = await storage.Ingestion.SweepAsync(clock.GetUtcNow(), Grace, stoppingToken).ConfigureAwait(false);
                if (swept > 0) LogSwept(swept);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex); // storage may be restarting; the next tick tries again
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Parsed {Count} upload(s) the blob trigger had not reached")]
    private partial void LogSwept(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sweeping pending uploads failed")]
    private partial void LogFailed(Exception exception);
}
