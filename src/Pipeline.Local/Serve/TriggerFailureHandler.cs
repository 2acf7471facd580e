using System.Runtime.ExceptionServices;
using Microsoft.Azure.WebJobs.Host.Timers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pipeline.Storage.Health;

namespace Pipeline.Local.Serve;

/// <summary>
/// What the WebJobs SDK does when a trigger's listener fails outside any function (its blob
/// scan or queue poll met an error it does not handle): by default it throws on a new thread
/// and the process dies with a bare stack trace (exit code 134). Here the host stops gracefully
/// with one line saying why; nothing accepted is lost (the journal and the re-drive at the next
/// start bring everything back).
/// </summary>
public sealed class TriggerFailureHandler(HostFailure failure) : IWebJobsExceptionHandler
{
    public Task OnTimeoutExceptionAsync(ExceptionDispatchInfo exceptionInfo, TimeSpan timeoutGracePeriod) => OnUnhandledExceptionAsync(exceptionInfo);

    public Task OnUnhandledExceptionAsync(ExceptionDispatchInfo exceptionInfo)
    {
        ArgumentNullException.ThrowIfNull(exceptionInfo);
        var error = exceptionInfo.SourceException;
        failure.Stop($"The blob and queue triggers stopped: {error.GetType().Name}: {StorageOutage.Describe(error)}" +
                     $"{(StorageOutage.IsUnreachable(error) ? " (storage unavailable)" : "")}. Pipeline stops; start it again — nothing it accepted is lost.");
        return Task.CompletedTask;
    }

    /// <summary>Makes the handler for the WebJobs host, from the host's services.</summary>
    public sealed class Factory : IWebJobsExceptionHandlerFactory
    {
        public IWebJobsExceptionHandler Create(IHost jobHost)
        {
            ArgumentNullException.ThrowIfNull(jobHost);
            return new TriggerFailureHandler(jobHost.Services.GetRequiredService<HostFailure>());
        }
    }
}
