using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Local.Azurite;
using Pipeline.Local.Serve;
using Pipeline.Storage;
using Pipeline.Storage.Queries;
using Pipeline.Storage.Uploads;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Local.Tests;

/// <summary>
/// A host stopped in the middle of a batch and started again on the same storage ends with
/// every upload scored exactly once: one summary per commune from its newest upload, one
/// Targets partition per upload, no upload left behind.
/// </summary>
public sealed class LocalHostRestartTests
{
    [Fact]
    public async Task A_host_restarted_mid_batch_scores_every_upload_exactly_once()
    {
        var data = Directory.CreateTempSubdirectory("pipeline-restart-").FullName;
        await using var azurite = await AzuriteProcess.StartAsync(AzuriteOptions.InMemory());
        var options = new ServeOptions(azurite.ConnectionString, data, "http://127.0.0.1:0");
        (string Commune, byte[] File)[] files =
        [
            ("son-la/chieng-en", SampleWorkbooks.ChiengEn.ToBytes()),
            ("son-la/pu-bau", SampleWorkbooks.PuBau.ToBytes()),
            ("son-la/bo-sinh-cu", SampleWorkbooks.BoSinh.ToBytes()),
        ];
        var uploads = new List<string>();
        try
        {
            var unfinishedAtStop = 0;
            var first = await LocalHost.StartAsync(options, CancellationToken.None);
            var firstQueries = first.Services.GetRequiredService<SummaryQueries>(); // still reads storage once the host is gone
            await using (first)
            {
                using var http = new HttpClient { BaseAddress = first.BaseAddress };
                for (var i = 0; i < 12; i++)
                {
                    var (commune, file) = files[i % files.Length];
                    uploads.Add(await UploadAsync(http, first.Keys.Single(k => k.Scope == commune).Key, commune, file));
                }
            } // stopped at once, in the middle of the batch
            foreach (var id in uploads)
            {
                if ((await firstQueries.GetUploadAsync(id, CancellationToken.None))!.Status != UploadStatus.Scored) unfinishedAtStop++;
            }
            Assert.True(unfinishedAtStop > 0, "every upload was scored before the stop: the test did not stop mid-batch");

            await using var second = await LocalHost.StartAsync(options, CancellationToken.None);
            var deadline = DateTime.UtcNow.AddSeconds(120);
            var statuses = new Dictionary<string, UploadRecord>();
            while (true)
            {
                foreach (var id in uploads)
                    statuses[id] = (await second.Services.GetRequiredService<SummaryQueries>().GetUploadAsync(id, CancellationToken.None))!;
                if (statuses.Values.All(u => u.Status is UploadStatus.Scored or UploadStatus.Rejected or UploadStatus.Failed)) break;
                Assert.True(DateTime.UtcNow < deadline, string.Join(", ", statuses.Values.Select(u => $"{u.UploadId}:{u.Status}")));
                await Task.Delay(250);
            }

            Assert.All(statuses.Values, u => Assert.Equal(UploadStatus.Scored, u.Status));
            var summaries = await second.Services.GetRequiredService<SummaryQueries>().ListProvinceAsync("son-la", "2020-2025", CancellationToken.None);
            Assert.Equal(3, summaries.Count);
            foreach (var summary in summaries)
            {
                var newest = uploads.Where(id => statuses[id].Commune.ToString() == summary.Commune).Max(StringComparer.Ordinal);
                Assert.Equal(newest, summary.UploadId);
            }

            // Exactly once: each upload's partition holds its annex header and its targets once.
            var targets = new TableClient(azurite.ConnectionString, StorageNames.TargetsTable);
            foreach (var id in uploads)
            {
                var upload = statuses[id];
                var partition = TableKeys.UploadTargets(upload.Commune.ToString(), upload.Term, id);
                var rows = new List<TableEntity>();
                await foreach (var row in targets.QueryAsync<TableEntity>(e => e.PartitionKey == partition)) rows.Add(row);
                var expected = upload.Commune.Commune switch { "chieng-en" => 21, "pu-bau" => 26, _ => 18 };
                Assert.Equal(expected + 1, rows.Count);
            }
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static Task<string> UploadAsync(HttpClient http, string key, string commune, byte[] file) =>
        http.UploadAsync(commune, "2020-2025", file, "bieu.xlsx", key);
}
