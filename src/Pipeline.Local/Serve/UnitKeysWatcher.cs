using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Storage.Units;

namespace Pipeline.Local.Serve;

/// <summary>
/// Every few seconds, brings the local keys up to the units in storage: a commune or province
/// added through the units API gets a key, printed; a commune removed is no longer listed (its
/// key is refused from then on), and gets the same key back if it is added again.
/// </summary>
public sealed partial class UnitKeysWatcher(UnitRegistryStore units, LocalKeyring keyring, TimeProvider clock, ILogger<UnitKeysWatcher> log) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (listed, unlisted) = keyring.Sync(await units.CurrentAsync(stoppingToken).ConfigureAwait(false));
                foreach (var key in listed) LogListedKey(key.Role, key.Scope, key.Key);
                foreach (var key in unlisted) LogUnlistedKey(key.Role, key.Scope);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(ex); // storage unreachable for a moment: try again next time
            }
            await Task.Delay(Interval, clock, stoppingToken).ConfigureAwait(false);
        }
    }

    // Printed like the keys at start: this is a local, single-user host and the key is needed at once.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Access key for {Role} {Scope}: {Key} (kept in access-keys.json)")]
    private partial void LogListedKey(string role, string scope, string key);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The access key for {Role} {Scope} no longer works: it is not in the units any more (kept in access-keys.json in case it comes back)")]
    private partial void LogUnlistedKey(string role, string scope);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for new communes to give access keys")]
    private partial void LogFailed(Exception exception);
}
