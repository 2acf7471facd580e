using System.Runtime.ExceptionServices;
using Azure;
using Microsoft.Extensions.Hosting;
using Pipeline.Local.Serve;

namespace Pipeline.Local.Tests;

/// <summary>A trigger listener's failure stops the local host gracefully with one line, instead of crashing it (exit 134).</summary>
public sealed class TriggerFailureHandlerTests
{
    [Fact]
    public async Task A_listener_failure_stops_the_host_once_with_one_line_naming_storage()
    {
        var lifetime = new Lifetime();
        var failure = new HostFailure(lifetime);
        var handler = new TriggerFailureHandler(failure);
        var stderr = Console.Error;
        var said = new StringWriter();
        Console.SetError(said);
        try
        {
            await handler.OnUnhandledExceptionAsync(ExceptionDispatchInfo.Capture(new RequestFailedException(404, "The specified container does not exist.", "ContainerNotFound", null)));
            await handler.OnUnhandledExceptionAsync(ExceptionDispatchInfo.Capture(new InvalidOperationException("second")));
        }
        finally
        {
            Console.SetError(stderr);
        }

        Assert.Equal(1, lifetime.Stops);
        Assert.Single(said.ToString().Split(Environment.NewLine), line => line == failure.Reason); // other tests may write meanwhile
        Assert.Contains("HTTP 404 ContainerNotFound (storage unavailable)", failure.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("second", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_listener_losing_storage_while_the_host_stops_on_request_is_no_failure()
    {
        // Ctrl-C in a terminal reaches Azurite (same process group) as it reaches the host.
        using var stopping = new CancellationTokenSource();
        await stopping.CancelAsync();
        var lifetime = new Lifetime(stopping.Token);
        var failure = new HostFailure(lifetime);

        await new TriggerFailureHandler(failure).OnUnhandledExceptionAsync(ExceptionDispatchInfo.Capture(new RequestFailedException("Connection refused")));

        Assert.Null(failure.Reason); // `serve` exits 0 and says "Pipeline stopped."
        Assert.Equal(0, lifetime.Stops);
    }

    private sealed class Lifetime(CancellationToken stopping = default) : IHostApplicationLifetime
    {
        public int Stops { get; private set; }

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => stopping;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => Stops++;
    }
}
