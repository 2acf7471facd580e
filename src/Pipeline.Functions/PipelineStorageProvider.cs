using Pipeline.Storage;

namespace Pipeline.Functions;

/// <summary>
/// Opens the pipeline's storage once, on first use, and hands the same <see cref="PipelineStorage"/>
/// to every invocation.
/// </summary>
/// <remarks>
/// Opening creates the containers, queues and tables (a few HTTP calls), so it is asynchronous and
/// can fail. It is deliberately not done in Program.cs before the host is built: the worker then
/// starts without any storage I/O (cold starts stay short and the health route answers even while
/// storage is unreachable), and an open that fails is retried by the next invocation instead of
/// crashing the worker into a restart loop. Concurrent first invocations share one opening task;
/// a caller's cancellation stops its own wait, never the shared open.
/// </remarks>
public sealed class PipelineStorageProvider
{
    private readonly Func<CancellationToken, Task<PipelineStorage>> _open;
    private readonly Lock _gate = new();
    private Task<PipelineStorage>? _opening;

    /// <param name="open">Opens the storage; called again only after a failed attempt.</param>
    public PipelineStorageProvider(Func<CancellationToken, Task<PipelineStorage>> open)
    {
        ArgumentNullException.ThrowIfNull(open);
        _open = open;
    }

    /// <summary>A provider for storage that is already open (tests, other hosts).</summary>
    public static PipelineStorageProvider For(PipelineStorage storage)
    {
        ArgumentNullException.ThrowIfNull(storage);
        return new PipelineStorageProvider(_ => Task.FromResult(storage));
    }

    public Task<PipelineStorage> GetAsync(CancellationToken cancellationToken)
    {
        Task<PipelineStorage> opening;
        lock (_gate)
        {
            if (_opening is null || _opening.IsFaulted || _opening.IsCanceled)
                _opening = Task.Run(() => _open(CancellationToken.None), CancellationToken.None);
            opening = _opening;
        }
        return opening.IsCompletedSuccessfully ? opening : opening.WaitAsync(cancellationToken);
    }
}
