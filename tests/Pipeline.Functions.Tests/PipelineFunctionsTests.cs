using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Core.Units;
using Pipeline.Storage;
using Pipeline.Storage.Ingestion;
using Pipeline.Storage.Scoring;
using Pipeline.Storage.Uploads;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Functions.Tests;

/// <summary>
/// The trigger functions called directly, as the Functions host would call them, against a real
/// Azurite: upload → ParseAnnex(blob name) → the queued message's text → ScoreAnnex → summary;
/// and a poisoned message → FailedScore. Each test uploads into a province of its own, registered
/// through the units store, so the shared emulator's other data cannot touch what it reads.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class PipelineFunctionsTests(FunctionsFixture fixture)
{
    private readonly string _province = $"tinh-{Guid.NewGuid():N}"[..20];

    private CommuneId PuBau => new(_province, "pu-bau");

    private CommuneId ChiengEn => new(_province, "chieng-en");

    /// <summary>The steps, with this test's province (Chiềng En and Pú Bẩu) registered as an officer would.</summary>
    private async Task<OpenedPipeline> StorageAsync()
    {
        var storage = await fixture.StorageAsync();
        var (province, errors) = await storage.Units.ReplaceAsync(_province,
            new ProvinceUnits(_province, "Tỉnh thử", [new("chieng-en", "Chiềng En"), new("pu-bau", "Pú Bẩu")], []), CancellationToken.None);
        Assert.Empty(errors);
        Assert.NotNull(province);
        return storage;
    }

    private ParseAnnexFunction Parse => fixture.Create<ParseAnnexFunction>();

    private ScoreAnnexFunction Score => fixture.Create<ScoreAnnexFunction>();

    private static async Task<UploadRecord> UploadAsync(OpenedPipeline storage, CommuneId commune, string term, byte[] file, string name = "bieu.xlsx")
    {
        var (upload, refusal) = await storage.UploadAsync(commune, term, file, name);
        Assert.Null(refusal);
        return upload!;
    }

    /// <summary>What the blob trigger hands over: a client for the new blob, and its name inside the container.</summary>
    private Task ParseAsync(OpenedPipeline storage, UploadRecord upload) =>
        Parse.RunAsync(new RawStorage(storage.ConnectionString).Annexes.GetBlobClient(upload.BlobName), upload.BlobName, CancellationToken.None);

    /// <summary>Takes every message off the score queue, as text (what the queue trigger binds), and deletes it.</summary>
    private static async Task<List<string>> TakeMessagesAsync(OpenedPipeline storage) =>
        [.. (await Pipeline.Testing.ScoreQueueReader.TakeAllAsync(storage)).Select(message => message.Body.ToString())];

    private static bool IsFor(string message, UploadRecord upload) => AnnexScoring.ReadMessage(message).UploadId == upload.UploadId;

    [Fact]
    public async Task A_seed_annex_is_parsed_and_scored_by_the_functions_into_its_summary()
    {
        var storage = await StorageAsync();
        var upload = await UploadAsync(storage, PuBau, "2020-2025", SampleWorkbooks.PuBau.ToBytes(), "Biểu 02 Pú Bẩu.xlsx");

        await ParseAsync(storage, upload);

        Assert.Equal(UploadStatus.Parsed, (await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None))!.Status);
        var messages = await TakeMessagesAsync(storage);
        var message = Assert.Single(messages, m => IsFor(m, upload));
        Assert.Equal(new ScoreRequest(upload.UploadId, 0), AnnexScoring.ReadMessage(message));

        foreach (var text in messages) await Score.RunAsync(text, CancellationToken.None);

        var stored = await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None);
        Assert.Equal(UploadStatus.Scored, stored!.Status);
        Assert.NotNull(stored.ScoredAt);
        var summary = await storage.Queries.GetSummaryAsync(PuBau, "2020-2025", CancellationToken.None);
        Assert.NotNull(summary);
        Assert.Equal(upload.UploadId, summary.UploadId);
        Assert.Equal((8, 9, 9), (summary.Counts.Computed.Exceeded, summary.Counts.Computed.Met, summary.Counts.Computed.NotMet));
        Assert.Equal(26, Assert.Single((await storage.Queries.GetTargetsAsync(PuBau, "2020-2025", CancellationToken.None))!.Annexes).Targets.Count);
    }

    [Fact]
    public async Task The_blob_trigger_firing_again_and_the_message_delivered_twice_change_nothing()
    {
        var storage = await StorageAsync();
        var upload = await UploadAsync(storage, ChiengEn, "2020-2025", SampleWorkbooks.ChiengEn.ToBytes());

        await ParseAsync(storage, upload);
        await ParseAsync(storage, upload);
        var message = Assert.Single(await TakeMessagesAsync(storage), m => IsFor(m, upload));
        await Score.RunAsync(message, CancellationToken.None);
        var first = await storage.Queries.GetSummaryAsync(ChiengEn, "2020-2025", CancellationToken.None);
        await Score.RunAsync(message, CancellationToken.None);

        var second = await storage.Queries.GetSummaryAsync(ChiengEn, "2020-2025", CancellationToken.None);
        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(second));
        Assert.Equal(UploadStatus.Scored, (await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task A_damaged_workbook_is_rejected_by_the_parse_function_and_nothing_is_queued_for_it()
    {
        var storage = await StorageAsync();
        var upload = await UploadAsync(storage, ChiengEn, "2020-2025", BadInputs.Truncated());

        await ParseAsync(storage, upload);

        var stored = await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None);
        Assert.Equal(UploadStatus.Rejected, stored!.Status);
        Assert.Equal("damaged", stored.ErrorCode);
        Assert.DoesNotContain(await TakeMessagesAsync(storage), m => IsFor(m, upload));
        Assert.True((await new RawStorage(storage.ConnectionString).Annexes.GetBlobClient(upload.BlobName).ExistsAsync()).Value);
    }

    // The host counts a thrown exception as a failed attempt; after maxDequeueCount (host.json) the
    // message moves to the poison queue, which FailedScore handles.
    [Fact]
    public async Task A_score_request_for_an_unknown_upload_throws_so_the_host_retries_and_then_poisons_it()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            Score.RunAsync("""{"uploadId":"20260101T000000000-deadbeef","annexIndex":0}""", CancellationToken.None));
    }

    [Fact]
    public async Task A_score_message_that_is_not_json_throws_so_the_host_retries_and_then_poisons_it()
    {
        await Assert.ThrowsAnyAsync<JsonException>(() => Score.RunAsync("not json", CancellationToken.None));
    }

    [Fact]
    public async Task A_poisoned_score_request_marks_its_upload_failed_and_logs_an_error_naming_the_upload()
    {
        var storage = await StorageAsync();
        var upload = await UploadAsync(storage, ChiengEn, "2020-2025", SampleWorkbooks.ChiengEn.ToBytes());
        await ParseAsync(storage, upload);
        var message = Assert.Single(await TakeMessagesAsync(storage), m => IsFor(m, upload));
        var logger = new ListLogger<FailedScoreFunction>();

        await ActivatorUtilities.CreateInstance<FailedScoreFunction>(fixture.Services, logger).RunAsync(message, CancellationToken.None);

        var stored = await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None);
        Assert.Equal(UploadStatus.Failed, stored!.Status);
        Assert.Equal("processing-failed", stored.ErrorCode);
        Assert.Contains(upload.UploadId, stored.ErrorMessage, StringComparison.Ordinal);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains(upload.UploadId, entry.Message, StringComparison.Ordinal);
        Assert.Contains(StorageNames.ScorePoisonQueue, entry.Message, StringComparison.Ordinal);
        Assert.StartsWith("Scoring upload", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_poisoned_request_for_an_upload_that_was_scored_meanwhile_leaves_it_scored()
    {
        var storage = await StorageAsync();
        var upload = await UploadAsync(storage, PuBau, "2020-2025", SampleWorkbooks.PuBau.ToBytes());
        await ParseAsync(storage, upload);
        var message = Assert.Single(await TakeMessagesAsync(storage), m => IsFor(m, upload));
        await Score.RunAsync(message, CancellationToken.None);

        await ActivatorUtilities.CreateInstance<FailedScoreFunction>(fixture.Services, new ListLogger<FailedScoreFunction>()).RunAsync(message, CancellationToken.None);

        Assert.Equal(UploadStatus.Scored, (await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None))!.Status);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("""{"annexIndex":0}""")]
    public async Task An_unreadable_poison_message_is_logged_and_dropped_without_throwing(string message)
    {
        var logger = new ListLogger<FailedScoreFunction>();

        await ActivatorUtilities.CreateInstance<FailedScoreFunction>(fixture.Services, logger).RunAsync(message, CancellationToken.None);

        var entry = Assert.Single(logger.Entries);
        Assert.Equal(LogLevel.Error, entry.Level);
        Assert.Contains(message, entry.Message, StringComparison.Ordinal);
    }
}
