namespace Pipeline.Storage.Durability;

/// <summary>The journals every host can use without configuration.</summary>
public static class WriteJournal
{
    /// <summary>Journals nothing: storage's acknowledgement is already durable (Azure Storage).</summary>
    public static IWriteJournal None { get; } = new NoJournal();

    private sealed class NoJournal : IWriteJournal
    {
        public Task UploadAcceptedAsync(AcceptedUpload upload, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task DocumentAcceptedAsync(AcceptedDocument document, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task ReviewAcceptedAsync(AcceptedReview review, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task DeadlineAcceptedAsync(AcceptedDeadline deadline, CancellationToken cancellationToken) => Task.CompletedTask;

        // Nothing is replayed, so there is nothing to keep apart.
        public Task<IDisposable> HoldReplayAsync(CancellationToken cancellationToken) => Task.FromResult<IDisposable>(NoHold.Instance);
    }

    private sealed class NoHold : IDisposable
    {
        public static NoHold Instance { get; } = new();

        public void Dispose()
        {
        }
    }
}
