using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Pipeline.Storage;
using Pipeline.Storage.Access;
using Pipeline.Storage.Consolidations;
using Pipeline.Storage.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Functions.Tests;

/// <summary>
/// The HTTP function classes called directly, as the Functions host would, with App Service
/// authentication's principal header naming the caller.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HttpFunctionsTests(FunctionsFixture fixture)
{
    private static readonly string PuBauClerk = ClientPrincipal.Write("Cán bộ Pú Bẩu", "commune:son-la/pu-bau");
    private static readonly string ChiengEnClerk = ClientPrincipal.Write("Cán bộ Chiềng En", "commune:son-la/chieng-en");
    private static readonly string ProvinceOfficer = ClientPrincipal.Write("Cán bộ tỉnh", "province:son-la");

    // The upload and the assumed directions work in a province of their own, registered through the units
    // store, so what the shared emulator holds for Sơn La cannot change what they read.
    private readonly string _province = $"tinh-{Guid.NewGuid():N}"[..20];

    private string OwnClerk => ClientPrincipal.Write("Cán bộ Pú Bẩu", $"commune:{_province}/pu-bau");

    private string OwnOfficer => ClientPrincipal.Write("Cán bộ tỉnh", $"province:{_province}");

    private async Task<Pipeline.Testing.OpenedPipeline> StorageWithOwnProvinceAsync()
    {
        var storage = await fixture.StorageAsync();
        var (province, errors) = await storage.Units.ReplaceAsync(_province,
            new Pipeline.Core.Units.ProvinceUnits(_province, "Tỉnh thử", [new("chieng-en", "Chiềng En"), new("pu-bau", "Pú Bẩu")], []), CancellationToken.None);
        Assert.Empty(errors);
        Assert.NotNull(province);
        return storage;
    }

    private static (HttpContext Context, MemoryStream Body) NewContext(string method, string? principal, string query = "") =>
        FunctionHttp.NewContext(method, principal, query);

    private static Task<(int Status, JsonElement Json)> ExecuteAsync(HttpContext context, MemoryStream body, IActionResult result) =>
        FunctionHttp.ExecuteAsync(context, body, result);

    [Fact]
    public async Task An_upload_by_the_azure_principal_is_scored_and_served_as_its_status_summary_and_targets()
    {
        var storage = await StorageWithOwnProvinceAsync();
        var (upload, uploadBody) = NewContext(HttpMethods.Post, OwnClerk);
        using (var form = Pipeline.Testing.AnnexUploadForm.Create($"{_province}/pu-bau", "2020-2025", SampleWorkbooks.PuBau.ToBytes(), "Biểu 02.xlsx"))
        {
            var content = new MemoryStream();
            await form.CopyToAsync(content);
            content.Position = 0;
            upload.Request.Body = content;
            upload.Request.ContentType = form.Headers.ContentType!.ToString();
        }
        var (status, accepted) = await ExecuteAsync(upload, uploadBody, await fixture.Create<UploadFunctions>().UploadAnnexAsync(upload.Request, CancellationToken.None));
        Assert.Equal(202, status);
        var uploadId = accepted.GetProperty("uploadId").GetString()!;

        var record = await storage.Queries.GetUploadAsync(uploadId, CancellationToken.None);
        await storage.Ingestion.ParseAsync(record!.BlobName, CancellationToken.None);
        await Pipeline.Testing.ScoreQueueReader.ScoreAllAsync(storage);

        var (summary, summaryBody) = NewContext(HttpMethods.Get, OwnOfficer, "?term=2020-2025");
        var (summaryStatus, json) = await ExecuteAsync(summary, summaryBody,
            await fixture.Create<CommuneFunctions>().CommuneSummaryAsync(summary.Request, _province, "pu-bau", CancellationToken.None));
        Assert.Equal(200, summaryStatus);
        Assert.Equal(9, json.GetProperty("counts").GetProperty("computed").GetProperty("notMet").GetInt32());

        var (statusContext, statusBody) = NewContext(HttpMethods.Get, OwnClerk);
        var (code, uploadStatus) = await ExecuteAsync(statusContext, statusBody,
            await fixture.Create<UploadFunctions>().UploadStatusAsync(statusContext.Request, uploadId, CancellationToken.None));
        Assert.Equal((200, "scored"), (code, uploadStatus.GetProperty("status").GetString()));

        var (targets, targetsBody) = NewContext(HttpMethods.Get, OwnClerk, "?term=2020-2025");
        var (targetsStatus, targetsJson) = await ExecuteAsync(targets, targetsBody,
            await fixture.Create<CommuneFunctions>().CommuneTargetsAsync(targets.Request, _province, "pu-bau", CancellationToken.None));
        Assert.Equal(200, targetsStatus);
        Assert.Equal(26, targetsJson.GetProperty("annexes")[0].GetProperty("targets").GetArrayLength());
        Assert.Equal(uploadId, targetsJson.GetProperty("uploadId").GetString());
    }

    [Fact]
    public async Task Assumed_directions_are_for_the_province_officer_only()
    {
        await StorageWithOwnProvinceAsync();
        var (officer, officerBody) = NewContext(HttpMethods.Get, OwnOfficer, "?term=2020-2025");
        var (status, json) = await ExecuteAsync(officer, officerBody,
            await fixture.Create<ProvinceFunctions>().AssumedDirectionsAsync(officer.Request, _province, CancellationToken.None));
        Assert.Equal(200, status);
        Assert.Equal((_province, "2020-2025", 0), (json.GetProperty("province").GetString(), json.GetProperty("term").GetString(), json.GetProperty("indicators").GetArrayLength()));

        var (clerk, clerkBody) = NewContext(HttpMethods.Get, OwnClerk, "?term=2020-2025");
        Assert.Equal(403, (await ExecuteAsync(clerk, clerkBody,
            await fixture.Create<ProvinceFunctions>().AssumedDirectionsAsync(clerk.Request, _province, CancellationToken.None))).Status);
    }

    [Fact]
    public async Task A_commune_summary_is_401_without_a_principal_and_403_for_another_communes_clerk()
    {
        var (anonymous, anonymousBody) = NewContext(HttpMethods.Get, principal: null, "?term=2020-2025");
        Assert.Equal(401, (await ExecuteAsync(anonymous, anonymousBody,
            await fixture.Create<CommuneFunctions>().CommuneSummaryAsync(anonymous.Request, "son-la", "pu-bau", CancellationToken.None))).Status);

        var (other, otherBody) = NewContext(HttpMethods.Get, ChiengEnClerk, "?term=2020-2025");
        Assert.Equal(403, (await ExecuteAsync(other, otherBody,
            await fixture.Create<CommuneFunctions>().CommuneSummaryAsync(other.Request, "son-la", "pu-bau", CancellationToken.None))).Status);
    }

    [Fact]
    public async Task A_commune_clerk_is_refused_the_province_summaries()
    {
        var (province, provinceBody) = NewContext(HttpMethods.Get, PuBauClerk, "?term=2020-2025");
        Assert.Equal(403, (await ExecuteAsync(province, provinceBody,
            await fixture.Create<ProvinceFunctions>().ProvinceSummariesAsync(province.Request, "son-la", CancellationToken.None))).Status);
    }

    [Fact]
    public async Task The_province_officer_starts_a_consolidation_and_reads_its_succeeded_run_back()
    {
        var (start, startBody) = NewContext(HttpMethods.Post, ProvinceOfficer);
        var (startStatus, started) = await ExecuteAsync(start, startBody, await fixture.Create<ConsolidationFunctions>().StartConsolidationAsync(start.Request, CancellationToken.None));
        Assert.Equal(202, startStatus);
        var (run, runBody) = NewContext(HttpMethods.Get, ProvinceOfficer);
        var (runStatus, runJson) = await ExecuteAsync(run, runBody,
            await fixture.Create<ConsolidationFunctions>().ConsolidationRunAsync(run.Request, started.GetProperty("runId").GetString()!, CancellationToken.None));
        Assert.Equal((200, "succeeded"), (runStatus, runJson.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task The_timer_records_a_scheduled_consolidation_run()
    {
        var function = fixture.Create<ScheduledConsolidationFunction>();
        await function.RunAsync(new TimerInfo(), CancellationToken.None);
        var storage = await fixture.StorageAsync();
        var latest = (await storage.Consolidation.RecentAsync(1, CancellationToken.None))[0];
        Assert.Equal((ConsolidationTrigger.Schedule, ConsolidationRunStatus.Succeeded), (latest.Trigger, latest.Status));
    }

    [Fact]
    public async Task The_sweep_parses_an_upload_whose_blob_event_never_came()
    {
        var storage = await fixture.StorageAsync();
        var (upload, refusal) = await storage.UploadAsync(
            new Pipeline.Core.Units.CommuneId("son-la", "chieng-en"), "2020-2025", Pipeline.Workbooks.SampleWorkbooks.ChiengEn.ToBytes(), "Biểu 01.xlsx");
        Assert.Null(refusal);

        // Ten minutes later by the function's clock, no trigger having run: the sweep parses it.
        var later = new Pipeline.Testing.ManualClock(upload!.ReceivedAt + TimeSpan.FromMinutes(10));
        await ActivatorUtilities.CreateInstance<SweepPendingUploadsFunction>(fixture.Services, later, new Pipeline.Storage.Ingestion.ReportedFailures()).RunAsync(new TimerInfo(), CancellationToken.None);
        var parsed = await storage.Queries.GetUploadAsync(upload.UploadId, CancellationToken.None);
        Assert.Equal(Pipeline.Storage.Uploads.UploadStatus.Parsed, parsed!.Status);
        Assert.Equal(1, parsed.AnnexCount);
    }
}
