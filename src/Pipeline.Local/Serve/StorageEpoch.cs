namespace Pipeline.Local.Serve;

/// <summary>
/// When the local host's storage last became usable: at start, and each time Azurite was
/// restarted after it stopped. Whatever was accepted before that moment is nobody's work in
/// progress any more, so <see cref="LocalRecovery"/> replays the journal and re-drives it at once.
/// </summary>
public sealed class StorageEpoch(DateTimeOffset startedAt)
{
    private (int Number, DateTimeOffset At) _current = (0, startedAt);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();

    /// <summary>Completes at the next <see cref="Resume"/>: the recovery pass runs at once rather than at its next tick.</summary>
    public Task NextChange
    {
        get
        {
            lock (_gate) return _changed.Task;
        }
    }

    /// <summary>The epoch's number (0 at start, one more after each restart of storage) and when it began.</summary>
    public (int Number, DateTimeOffset At) Current
    {
        get
        {
            lock (_gate) return _current;
        }
    }

    /// <summary>Storage was restarted at <paramref name="at"/>.</summary>
    public void Resume(DateTimeOffset at)
    {
        TaskCompletionSource changed;
        lock (_gate)
        {
            _current = (_current.Number + 1, at);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.TrySetResult();
    }
}
