namespace Pipeline.Storage.Durability;

/// <summary>
/// Where a host keeps each write it accepted, after storage took it and before the caller is
/// answered 2xx. Azure Storage's own acknowledgement is durable (<see cref="WriteJournal.None"/>);
/// the local emulator (Azurite) saves its data to disk only every few seconds, so the local host
/// journals accepted writes to its own data folder and re-drives them into storage after a crash
/// (<see cref="AcceptedWrites"/>). Implementations must have the write on disk when they return.
/// </summary>
public interface IWriteJournal
{
    /// <summary>An upload was accepted (202): its record, its original and the blob's metadata.</summary>
    Task UploadAcceptedAsync(AcceptedUpload upload, CancellationToken cancellationToken);

    /// <summary>A document (units, catalogue extension) was stored or deleted (200).</summary>
    Task DocumentAcceptedAsync(AcceptedDocument document, CancellationToken cancellationToken);

    /// <summary>A province officer's review decision was stored (200).</summary>
    Task ReviewAcceptedAsync(AcceptedReview review, CancellationToken cancellationToken);

    /// <summary>A province's deadline for a term was stored (200).</summary>
    Task DeadlineAcceptedAsync(AcceptedDeadline deadline, CancellationToken cancellationToken);

    /// <summary>
    /// Held around storing a document, review decision or deadline and journaling it, and around
    /// replaying one into storage: a replay then never puts an older version back over one being
    /// accepted (a catalogue PUT and DELETE just after the local host started restored the PUT), nor
    /// a decision made on a state the replay is about to restore. Dispose to release; not reentrant.
    /// </summary>
    Task<IDisposable> HoldReplayAsync(CancellationToken cancellationToken);
}
