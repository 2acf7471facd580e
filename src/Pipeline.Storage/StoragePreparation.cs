using Pipeline.Core.Units;
using Pipeline.Storage.Units;

namespace Pipeline.Storage;

/// <summary>
/// Opening storage: creates the containers, queues and tables that are missing and seeds the
/// units of each province storage does not hold yet. Building the pipeline's services does no
/// storage I/O; this does, once, when a host asks for it.
/// </summary>
/// <remarks>
/// <see cref="EnsureAsync"/> is what an Azure Functions invocation awaits first: the worker starts
/// without any storage I/O (cold starts stay short, the health route answers while storage is
/// unreachable), concurrent first invocations share one preparation, a caller's cancellation
/// stops only its own wait, and a preparation that failed is tried again by the next caller
/// instead of crashing the worker into a restart loop. The local host awaits it at start and
/// calls <see cref="RepeatAsync"/> after its emulator restarted having lost what it had not saved.
/// </remarks>
public sealed class StoragePreparation
{
    private readonly Func<CancellationToken, Task> _prepare;
    private readonly Lock _gate = new();
    private Task? _preparing;

    /// <summary>Prepares <paramref name="account"/>, seeding <paramref name="units"/> from <paramref name="seed"/> (the registry file).</summary>
    public StoragePreparation(StorageAccount account, UnitRegistryStore units, CommuneRegistry seed)
        : this(cancellationToken => PrepareAsync(account, units, seed, cancellationToken))
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(seed);
    }

    /// <param name="prepare">The preparation; run again only after a failed attempt, or by <see cref="RepeatAsync"/>.</param>
    public StoragePreparation(Func<CancellationToken, Task> prepare)
    {
        ArgumentNullException.ThrowIfNull(prepare);
        _prepare = prepare;
    }

    /// <summary>Completes once storage has been prepared: starts the preparation on first call, or after the last one failed.</summary>
    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        Task preparing;
        lock (_gate)
        {
            if (_preparing is null || _preparing.IsFaulted || _preparing.IsCanceled)
                _preparing = Task.Run(() => _prepare(CancellationToken.None), CancellationToken.None);
            preparing = _preparing;
        }
        return preparing.IsCompletedSuccessfully ? preparing : preparing.WaitAsync(cancellationToken);
    }

    /// <summary>Prepares storage again now, whatever was done before: the emulator restarted and may have lost even its containers.</summary>
    public async Task RepeatAsync(CancellationToken cancellationToken)
    {
        await _prepare(cancellationToken).ConfigureAwait(false);
        lock (_gate)
        {
            if (_preparing is not { IsCompletedSuccessfully: true }) _preparing = Task.CompletedTask;
        }
    }

    private static async Task PrepareAsync(StorageAccount account, UnitRegistryStore units, CommuneRegistry seed, CancellationToken cancellationToken)
    {
        foreach (var container in new[] { StorageNames.AnnexesContainer, StorageNames.ParsedContainer, StorageNames.UnitsContainer, StorageNames.CatalogueContainer })
            await account.Blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var queue in new[] { StorageNames.ScoreQueue, StorageNames.ScorePoisonQueue })
            await account.Queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        foreach (var table in new[] { StorageNames.UploadsTable, StorageNames.TargetsTable, StorageNames.SummariesTable, StorageNames.ConsolidationRunsTable, StorageNames.ReviewsTable })
            await account.Tables.CreateTableIfNotExistsAsync(table, cancellationToken).ConfigureAwait(false);
        await units.SeedAsync(seed, cancellationToken).ConfigureAwait(false);
    }
}
