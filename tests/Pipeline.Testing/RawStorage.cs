using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Pipeline.Storage;

namespace Pipeline.Testing;

/// <summary>
/// Clients of its own on the emulator's account, built from the connection string, for tests that
/// look at what the steps wrote or damage it on purpose (a lost blob, a deleted row). The
/// pipeline's composition exposes no clients; this is the test's own way in.
/// </summary>
public sealed class RawStorage(string connectionString)
{
    private readonly BlobServiceClient _blobs = new(connectionString);

    /// <summary>The originals container.</summary>
    public BlobContainerClient Annexes => _blobs.GetBlobContainerClient(StorageNames.AnnexesContainer);

    /// <summary>The parsed uploads container.</summary>
    public BlobContainerClient Parsed => _blobs.GetBlobContainerClient(StorageNames.ParsedContainer);

    /// <summary>The score queue, Base64 as the triggers read it.</summary>
    public QueueClient ScoreQueue => new(connectionString, StorageNames.ScoreQueue, StorageAccount.QueueOptions);

    /// <summary>The poison queue of the score queue.</summary>
    public QueueClient ScorePoisonQueue => new(connectionString, StorageNames.ScorePoisonQueue, StorageAccount.QueueOptions);

    /// <summary>A table by name (<see cref="StorageNames"/>).</summary>
    public TableClient Table(string name) => new(connectionString, name);

    /// <summary>A container by name (<see cref="StorageNames"/>).</summary>
    public BlobContainerClient Container(string name) => _blobs.GetBlobContainerClient(name);
}
