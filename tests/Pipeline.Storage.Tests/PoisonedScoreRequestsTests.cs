using Microsoft.Extensions.Logging;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Units;
using Pipeline.Storage.Scoring;
using Pipeline.Storage.Uploads;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Storage.Tests;

/// <summary>The step both hosts' FailedScore triggers call, against a real Azurite.</summary>
[Collection("Azurite")]
public sealed class PoisonedScoreRequestsTests(AzuriteFixture azurite)
{
    private static readonly CommuneRegistry Registry = CommuneRegistry.LoadFile(RepositoryLayout.Sample("registry.json"));

    private Task<OpenedPipeline> OpenAsync() =>
        OpenedPipeline.OpenAsync(azurite.ConnectionString, Registry, IndicatorCatalogue.Default);

    [Fact]
    public async Task A_poisoned_score_request_marks_its_upload_failed_and_logs_an_error_naming_it()
    {
        var storage = await OpenAsync();
        var (upload, _) = await storage.UploadAsync(new CommuneId("son-la", "chieng-en"), "1980-1985", SampleWorkbooks.ChiengEn.ToBytes());
        await storage.Ingestion.ParseAsync(upload!.BlobName, CancellationToken.None);
        var message = Assert.Single(await ScoreQueueReader.TakeAllAsync(storage), m => AnnexScoring.ReadMessage(m.Body.ToString()).UploadId == upload.UploadId);
        var logger = new ListLogger<PoisonedScoreRequestsTests>();

        await PoisonedScoreRequests.HandleAsync(storage.Scoring, message.Body.ToString(), logger, CancellationToken.None);

        Assert.Equal(UploadStatus.Failed, (await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None))!.Status);
        var entry = Assert.Single(logger.Entries);
        Assert.Equal((LogLevel.Error, 1), (entry.Level, entry.EventId.Id));
        Assert.Contains(upload.UploadId, entry.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("""{"annexIndex":0}""")]
    public async Task An_unreadable_poison_message_is_logged_and_dropped_without_throwing(string message)
    {
        var storage = await OpenAsync();
        var logger = new ListLogger<PoisonedScoreRequestsTests>();

        await PoisonedScoreRequests.HandleAsync(storage.Scoring, message, logger, CancellationToken.None);

        var entry = Assert.Single(logger.Entries);
        Assert.Equal((LogLevel.Error, 2), (entry.Level, entry.EventId.Id));
        Assert.Contains(message, entry.Message, StringComparison.Ordinal);
    }
}
