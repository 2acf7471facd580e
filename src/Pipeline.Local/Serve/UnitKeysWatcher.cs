using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Storage;

namespace Pipeline.Local.Serve;

/// <summary>Every few seconds, gives the communes and provinces added through the units API a local key, and prints it.</summary>
public sealed partial class UnitKeysWatcher(PipelineStorage storage, LocalKeyring keyring, TimeProvider clock, ILogger<UnitKeysWatcher> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                foreach (var key in keyring.AddMissing(await storage.Units.CurrentAsync(stoppingToken).ConfigureAwait(false)))
                    LogNewKey(key.Role, key.Scope, key.Key);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex); // storage unreachable for a moment: try again next time
            }
            await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(false);
        }
    }

    // Printed like the keys at start: this is a local, single-user host and the key is needed at once.
    [LoggerMessage(Level = LogLevel.Warning, Message = "New access key for {Role} {Scope}: {Key} (saved in access-keys.json)")]
    private partial void LogNewKey(string role, string scope, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for new communes to give access keys")]
    private partial void LogFailed(Exception exception);
}
