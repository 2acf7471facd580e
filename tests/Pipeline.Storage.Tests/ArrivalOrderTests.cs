using Pipeline.Core.Catalogue;
using Pipeline.Core.Units;
using Pipeline.Storage.Uploads;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Storage.Tests;

/// <summary>
/// Uploads received in the same millisecond — and the parts of reports received in the same millisecond, which take their
/// report's time — sort by arrival: the last to arrive is the newest, the one a commune's summary stands on. On real Azurite,
/// with a clock that does not move, in a province of each test's own.
/// </summary>
[Collection("Azurite")]
public sealed class ArrivalOrderTests(AzuriteFixture azurite)
{
    private readonly string _province = $"tinh-{Guid.NewGuid():N}"[..20];
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 30, 8, 0, 0, 123, TimeSpan.Zero));

    private CommuneId Commune(string slug) => new(_province, slug);

    private Task<OpenedPipeline> OpenAsync() => OpenedPipeline.OpenAsync(azurite.ConnectionString, SeedProvince.Registry(_province), IndicatorCatalogue.Default, _clock);

    [Fact]
    public async Task Uploads_received_in_one_millisecond_sort_by_arrival()
    {
        var storage = await OpenAsync();
        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var (upload, refusal) = await storage.UploadAsync(Commune("chieng-en"), "2020-2025", SampleWorkbooks.ChiengEn.ToBytes(), "chieng-en.xlsx");
            Assert.Null(refusal);
            Assert.Equal(_clock.GetUtcNow(), upload!.ReceivedAt);
            ids.Add(upload.UploadId);
        }
        Assert.Equal(ids, ids.Order(StringComparer.Ordinal));
        // The commune's uploads, newest first, are the last received first.
        Assert.Equal(ids.AsEnumerable().Reverse().Take(5), (await storage.Queries.ListUploadsAsync(Commune("chieng-en"), 5, CancellationToken.None)).Select(u => u.UploadId));
    }

    [Fact]
    public async Task The_parts_of_the_report_received_last_in_a_millisecond_are_current()
    {
        var storage = await OpenAsync();
        var clerk = Commune("bo-sinh");
        var reports = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var (report, refusal) = await storage.UploadAsync(clerk, "2025-2030", SampleReports.BoSinh2025.ToBytes(), "bao-cao.docx");
            Assert.Null(refusal);
            reports.Add(report!.UploadId);
        }
        foreach (var id in reports)
            await storage.Ingestion.ParseAsync((await storage.Queries.GetUploadAsync(id, CancellationToken.None))!.BlobName, CancellationToken.None);
        await ScoreQueueReader.ScoreAllAsync(storage);

        var last = (await storage.Queries.GetUploadAsync(reports[^1], CancellationToken.None))!;
        Assert.Equal(3, last.Parts!.Count);
        foreach (var part in last.Parts!)
        {
            // Each commune got a part from every report, all of one millisecond: the last report's is its summary's.
            Assert.Equal(part.UploadId, (await storage.Queries.GetSummaryAsync(part.Commune, part.Term, CancellationToken.None))!.UploadId);
            var listed = await storage.Queries.ListUploadsAsync(part.Commune, 10, CancellationToken.None);
            Assert.Equal(reports.AsEnumerable().Reverse(), listed.Select(u => u.ReportOf));
        }
    }
}
