using Azure.Storage.Blobs;
using Pipeline.Local.Azurite;
using Pipeline.Local.Serve;
using Pipeline.Storage;
using Pipeline.Storage.Durability;

namespace Pipeline.Local.Tests;

/// <summary>
/// The local host replays journaled documents (units, catalogue extensions) into storage at start,
/// while the API may already be accepting new versions: a replay never puts back a version older than
/// one accepted after it listed the journal (a catalogue PUT then DELETE right after start left the
/// PUT restored). On a real Azurite and a real journal folder.
/// </summary>
public sealed class DocumentReplayTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("pipeline-replay-").FullName;
    private AzuriteProcess? _azurite;

    public async Task InitializeAsync() => _azurite = await AzuriteProcess.StartAsync(AzuriteOptions.InMemory());

    public async Task DisposeAsync()
    {
        if (_azurite is not null) await _azurite.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task A_replay_restores_the_latest_accepted_version_not_the_one_it_listed()
    {
        var blobs = new BlobServiceClient(_azurite!.ConnectionString);
        var container = blobs.GetBlobContainerClient(StorageNames.CatalogueContainer);
        await container.CreateIfNotExistsAsync();
        var blob = container.GetBlobClient("son-la.json");
        using var journal = new LocalJournal(_data);
        // The document writers' only use of AcceptedWrites here is the blob client; uploads are not replayed in this test.
        var writes = new AcceptedWrites(null!, null!, blobs, null!);

        async Task AcceptAsync(BinaryData? content)
        {
            using var hold = await journal.HoldReplayAsync(CancellationToken.None);
            if (content is null) await blob.DeleteIfExistsAsync();
            else await blob.UploadAsync(content, overwrite: true);
            await journal.DocumentAcceptedAsync(new AcceptedDocument(StorageNames.CatalogueContainer, "son-la.json", content), CancellationToken.None);
        }

        await AcceptAsync(BinaryData.FromString("{\"indicators\":[]}"));
        var listed = Assert.Single(await journal.ReadDocumentsAsync(CancellationToken.None)); // the replay lists the PUT…
        await AcceptAsync(null); // …a DELETE is accepted before it restores

        Assert.False(await LocalRecovery.RestoreLatestAsync(journal, writes, listed, CancellationToken.None));
        Assert.False((await blob.ExistsAsync()).Value);

        // Storage lost the blob (Azurite killed within its save interval): the latest accepted version comes back.
        await AcceptAsync(BinaryData.FromString("{\"indicators\":[],\"v\":2}"));
        await blob.DeleteAsync();
        Assert.True(await LocalRecovery.RestoreLatestAsync(journal, writes, listed, CancellationToken.None));
        Assert.Equal("{\"indicators\":[],\"v\":2}", (await blob.DownloadContentAsync()).Value.Content.ToString());

        // While a replay holds the documents, an accepted write waits for it.
        var replaying = await journal.HoldReplayAsync(CancellationToken.None);
        var put = AcceptAsync(BinaryData.FromString("{\"indicators\":[],\"v\":3}"));
        await Task.Delay(300);
        Assert.False(put.IsCompleted);
        replaying.Dispose();
        await put;
        Assert.Equal("{\"indicators\":[],\"v\":3}", (await blob.DownloadContentAsync()).Value.Content.ToString());
    }
}
