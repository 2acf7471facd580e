using Pipeline.Core.Units;
using Pipeline.Local.Serve;
using Pipeline.Storage.Durability;
using Pipeline.Storage.Uploads;

namespace Pipeline.Local.Tests;

/// <summary>The local host's journal on a real folder: what it keeps survives a new process, what is forgotten is gone, a half-written entry never counts.</summary>
public sealed class LocalJournalTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("pipeline-journal-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private static AcceptedUpload Upload(string id) => new(
        new UploadRecord(id, new CommuneId("son-la", "pu-bau"), "2020-2025", "Biểu 02.xlsx", "Cán bộ xã Pú Bẩu",
            $"son-la/pu-bau/2020-2025/{id}.xlsx", DateTimeOffset.UnixEpoch, UploadStatus.Received),
        new Dictionary<string, string> { ["uploadid"] = id }, new byte[] { 1, 2, 3 });

    [Fact]
    public async Task Uploads_and_documents_are_read_back_by_a_new_journal_and_forgotten_on_request()
    {
        const string first = "20261130T010000000-0000000a", second = "20261130T010000001-0000000b";
        var journal = new LocalJournal(_data);
        await journal.UploadAcceptedAsync(Upload(second), CancellationToken.None);
        await journal.UploadAcceptedAsync(Upload(first), CancellationToken.None);
        var units = new AcceptedDocument("units", "son-la.json", BinaryData.FromString("{\"id\":\"son-la\"}"));
        await journal.DocumentAcceptedAsync(units, CancellationToken.None);
        File.WriteAllText(Path.Combine(_data, "journal", "uploads", "x.json.1234.tmp"), "{"); // a crash mid-write

        var reopened = new LocalJournal(_data); // the next start
        Assert.Equal([first, second], reopened.JournaledUploads(DateTimeOffset.MinValue));
        Assert.Empty(reopened.JournaledUploads(DateTimeOffset.UtcNow.AddMinutes(1)));
        var read = await reopened.ReadUploadAsync(first, CancellationToken.None);
        Assert.Equal(("Biểu 02.xlsx", UploadStatus.Received, first), (read!.Upload.FileName, read.Upload.Status, read.Metadata["uploadid"]));
        Assert.Equal(new byte[] { 1, 2, 3 }, read.Content.ToArray());
        Assert.Equal("{\"id\":\"son-la\"}", Assert.Single(await reopened.ReadDocumentsAsync(CancellationToken.None)).Content!.ToString());
        Assert.Empty(Directory.EnumerateFiles(_data, "*.tmp", SearchOption.AllDirectories));

        reopened.ForgetUpload(first);
        Assert.Null(await reopened.ReadUploadAsync(first, CancellationToken.None));
        Assert.Equal([second], reopened.JournaledUploads(DateTimeOffset.MinValue));

        // A newer version accepted since it was read is not forgotten with the old one.
        await reopened.DocumentAcceptedAsync(units with { Content = BinaryData.FromString("{\"id\":\"son-la\",\"v\":2}") }, CancellationToken.None);
        reopened.ForgetDocument(units);
        Assert.Single(await reopened.ReadDocumentsAsync(CancellationToken.None));
        reopened.ForgetDocument((await reopened.ReadDocumentsAsync(CancellationToken.None))[0]);
        Assert.Empty(await reopened.ReadDocumentsAsync(CancellationToken.None));
    }
}
