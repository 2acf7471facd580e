using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Local.Serve;
using Pipeline.Storage.Queries;
using Pipeline.Storage.Units;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Local.Tests;

/// <summary>
/// The local host as a user meets it: Azurite started by the host, uploads over HTTP, and the
/// pipeline run by real blob and queue triggers until every upload is scored.
/// </summary>
public sealed class LocalHostTests : IAsyncLifetime
{
    private readonly string _data = Directory.CreateTempSubdirectory("pipeline-serve-").FullName;
    private LocalHost? _host;
    private HttpClient? _http;

    private LocalHost Host => _host!;

    private HttpClient Http => _http!;

    public async Task InitializeAsync()
    {
        _host = await LocalHost.StartAsync(new ServeOptions(null, _data, "http://127.0.0.1:0", InMemoryStorage: true), CancellationToken.None);
        _http = new HttpClient { BaseAddress = _host.BaseAddress };
    }

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_host is not null) await _host.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private string KeyFor(string scope) => Host.Keys.Single(k => k.Scope == scope).Key;

    private Task<string> UploadAsync(string commune, byte[] file, string name, string term = "2020-2025", string? key = null) =>
        Http.UploadAsync(commune, term, file, name, key ?? KeyFor(commune));

    private Task<JsonElement> GetAsync(string path, string key) => Http.GetJsonAsync(path, key);

    private Task<JsonElement> WaitForAsync(string uploadId, string key, params string[] final) => Http.WaitForUploadAsync(uploadId, key, final);

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string key, HttpContent? content = null) =>
        Http.SendWithKeyAsync(method, path, key, content);

    // A catalogue put and deleted at once after start is never restored by the first recovery pass
    // (DocumentReplayTests); here the catalogue's freshness is waited out to see it revalidated.
    [Fact]
    public async Task A_stored_catalogue_serves_checks_uploads_and_consolidations_after_it_is_revalidated_and_can_be_deleted()
    {
        var province = KeyFor("son-la");
        using var empty = new StringContent("""{"indicators":[],"directionRules":[]}""", System.Text.Encoding.UTF8, "application/json");
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Put, "/api/provinces/son-la/catalogue", province, empty)).StatusCode);
        // Past the cache's freshness, each use revalidates with If-None-Match and gets 304 (the answer that used to stop the province).
        // The host's catalogue cache reads the real clock, so real time has to pass here: there is no condition to wait on.
        await Task.Delay(Pipeline.Storage.Catalogue.ProvinceCatalogues.Freshness + TimeSpan.FromSeconds(1));

        using var check = await SendAsync(HttpMethod.Post, "/api/annexes/check", KeyFor("son-la/pu-bau"),
            AnnexUploadForm.Create("son-la/pu-bau", "2020-2025", SampleWorkbooks.PuBau.ToBytes(), "Biểu 02.xlsx"));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var uploadId = await UploadAsync("son-la/pu-bau", SampleWorkbooks.PuBau.ToBytes(), "Biểu 02.xlsx");
        Assert.Equal("scored", (await WaitForAsync(uploadId, KeyFor("son-la/pu-bau"), "scored", "rejected", "failed")).GetProperty("status").GetString());
        using var run = await SendAsync(HttpMethod.Post, "/api/consolidations", province);
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        Assert.Equal("succeeded", JsonDocument.Parse(await run.Content.ReadAsStringAsync()).RootElement.GetProperty("run").GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(HttpMethod.Delete, "/api/provinces/son-la/catalogue", KeyFor("son-la/pu-bau"))).StatusCode);
        using var deleted = await SendAsync(HttpMethod.Delete, "/api/provinces/son-la/catalogue", province);
        Assert.True(JsonDocument.Parse(await deleted.Content.ReadAsStringAsync()).RootElement.GetProperty("deleted").GetBoolean());
        using var again = await SendAsync(HttpMethod.Delete, "/api/provinces/son-la/catalogue", province);
        Assert.False(JsonDocument.Parse(await again.Content.ReadAsStringAsync()).RootElement.GetProperty("deleted").GetBoolean());
        Assert.Equal(0, (await GetAsync("/api/provinces/son-la/catalogue", province)).GetProperty("indicators").GetArrayLength());
    }

    [Fact]
    public async Task Seed_annexes_uploaded_over_http_are_scored_by_the_triggers()
    {
        var uploads = new Dictionary<string, string>
        {
            ["son-la/chieng-en"] = await UploadAsync("son-la/chieng-en", SampleWorkbooks.ChiengEn.ToBytes(), "Biểu 01.xlsx"),
            ["son-la/pu-bau"] = await UploadAsync("son-la/pu-bau", SampleWorkbooks.PuBauLegacy.ToBytes(), "Biểu 02.xls"),
            ["son-la/bo-sinh-cu"] = await UploadAsync("son-la/bo-sinh-cu", SampleWorkbooks.BoSinh.ToBytes(), "Biểu 03.xlsx"),
        };
        foreach (var (commune, uploadId) in uploads)
            Assert.Equal("scored", (await WaitForAsync(uploadId, KeyFor(commune), "scored", "rejected", "failed")).GetProperty("status").GetString());

        var province = await GetAsync("/api/provinces/son-la/summaries?term=2020-2025", KeyFor("son-la"));
        var computed = province.EnumerateArray().ToDictionary(s => s.GetProperty("commune").GetString()!, s => s.GetProperty("counts").GetProperty("computed"));
        Assert.Equal((7, 13, 1), Counts(computed["son-la/chieng-en"]));
        Assert.Equal((8, 9, 9), Counts(computed["son-la/pu-bau"]));
        Assert.Equal((6, 8, 4), Counts(computed["son-la/bo-sinh-cu"]));
    }

    /// <summary>The new Bó Sinh's clerk sends the three predecessors' 2020-2025 annexes and its own 2025-2030 targets; returns the clerk's key once all are scored.</summary>
    private async Task<string> UploadBoSinhAndItsPredecessorsAsync()
    {
        var clerk = KeyFor("son-la/bo-sinh");
        string[] uploads =
        [
            await UploadAsync("son-la/chieng-en", SampleWorkbooks.ChiengEn.ToBytes(), "Biểu 01.xlsx", key: clerk),
            await UploadAsync("son-la/pu-bau", SampleWorkbooks.PuBau.ToBytes(), "Biểu 02.xlsx", key: clerk),
            await UploadAsync("son-la/bo-sinh-cu", SampleWorkbooks.BoSinh.ToBytes(), "Biểu 03.xlsx", key: clerk),
            await UploadAsync("son-la/bo-sinh", SampleWorkbooks.BoSinhTargets2030.ToBytes(), "Chỉ tiêu 2025-2030.xlsx", "2025-2030", clerk),
        ];
        foreach (var uploadId in uploads)
            Assert.Equal("scored", (await WaitForAsync(uploadId, clerk, "scored", "rejected", "failed")).GetProperty("status").GetString());
        return clerk;
    }

    private static JsonElement Budget(JsonElement summary) =>
        summary.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "budget-revenue");

    [Fact]
    public async Task The_new_commune_clerk_uploads_for_its_predecessors_and_the_province_reads_the_consolidated_summary()
    {
        var clerk = await UploadBoSinhAndItsPredecessorsAsync();

        // Fresh at once, without waiting for the nightly run: scoring refreshes what depends on it.
        var summary = await GetAsync("/api/communes/son-la/bo-sinh/summary", KeyFor("son-la"));
        Assert.Equal("merged", summary.GetProperty("kind").GetString());
        Assert.Equal(3, summary.GetProperty("predecessors").EnumerateArray().Count(p => !p.GetProperty("missing").GetBoolean()));
        var budget = Budget(summary);
        Assert.Equal((455m, 545m, 119.78m), (budget.GetProperty("consolidated").GetProperty("target").GetDecimal(),
            budget.GetProperty("consolidated").GetProperty("actual").GetDecimal(), budget.GetProperty("consolidated").GetProperty("ratio").GetDecimal()));
        var newBudget = summary.GetProperty("newTermTargets").GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("code").GetString() == "budget-revenue");
        Assert.True(newBudget.GetProperty("belowBaseline").GetBoolean());
        // The clerk reads the same consolidated summary (the baseline term is the default).
        var byClerk = await GetAsync("/api/communes/son-la/bo-sinh/summary?term=2020-2025", clerk);
        Assert.Equal(budget.GetRawText(), Budget(byClerk).GetRawText());

        var rollup = await GetAsync("/api/provinces/son-la/summary?term=2020-2025", KeyFor("son-la"));
        Assert.Equal((3, 3, 0), (rollup.GetProperty("completeness").GetProperty("expected").GetInt32(),
            rollup.GetProperty("completeness").GetProperty("uploaded").GetInt32(), rollup.GetProperty("completeness").GetProperty("missing").GetInt32()));
        Assert.Equal(65, rollup.GetProperty("totals").GetProperty("targets").GetInt32());
    }

    [Fact]
    public async Task A_predecessors_own_key_does_not_open_the_new_commune()
    {
        using var denied = await SendAsync(HttpMethod.Get, "/api/communes/son-la/bo-sinh/summary", KeyFor("son-la/pu-bau"));
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
    }

    [Fact]
    public async Task A_consolidation_run_by_the_province_is_recorded_and_leaves_the_fresh_merged_summary_as_it_was()
    {
        await UploadBoSinhAndItsPredecessorsAsync();
        var budget = Budget(await GetAsync("/api/communes/son-la/bo-sinh/summary", KeyFor("son-la")));

        // The province re-runs consolidation by hand and reads the run back.
        using var started = await SendAsync(HttpMethod.Post, "/api/consolidations", KeyFor("son-la"));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var runId = JsonDocument.Parse(await started.Content.ReadAsStringAsync()).RootElement.GetProperty("runId").GetString();
        var run = await GetAsync($"/api/consolidations/{runId}", KeyFor("son-la"));
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Contains(run.GetProperty("recomputed").EnumerateArray(), r => r.GetString()!.StartsWith("son-la/bo-sinh 2020-2025", StringComparison.Ordinal));
        Assert.Equal(runId, (await GetAsync("/api/consolidations", KeyFor("son-la")))[0].GetProperty("runId").GetString());
        var again = await GetAsync("/api/communes/son-la/bo-sinh/summary", KeyFor("son-la"));
        Assert.Equal(budget.GetRawText(), Budget(again).GetRawText());
    }

    [Fact]
    public async Task A_province_officer_adds_a_merged_commune_whose_clerk_gets_a_key_without_a_restart()
    {
        var units = (await GetAsync("/api/provinces/son-la/units", KeyFor("son-la"))).GetRawText();
        Assert.Contains("Nghị quyết 1681/NQ-UBTVQH15", units, StringComparison.Ordinal);
        var broken = units.Replace("\"bo-sinh-cu\"\n", "\"pu-bau-khong-co\"\n", StringComparison.Ordinal); // only the merger's last predecessor
        Assert.NotEqual(units, broken);
        using var refused = await SendAsync(HttpMethod.Put, "/api/provinces/son-la/units", KeyFor("son-la"),
            new StringContent(broken, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetString()!.Contains("pu-bau-khong-co", StringComparison.Ordinal));

        // A made-up commune "Tân Hợp" formed from Chiềng En and Pú Bẩu; the seed merger is replaced.
        var document = new
        {
            id = "son-la",
            name = "Sơn La",
            communes = new[] { new { id = "chieng-en", name = "Chiềng En" }, new { id = "pu-bau", name = "Pú Bẩu" }, new { id = "tan-hop", name = "Tân Hợp" } },
            mergers = new[] { new { into = "tan-hop", from = new[] { "chieng-en", "pu-bau" }, effective = "2025-07-01", legalBasis = "Quyết định thử nghiệm" } },
        };
        using var replaced = await SendAsync(HttpMethod.Put, "/api/provinces/son-la/units", KeyFor("son-la"), JsonContent.Create(document));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);

        await Eventually.WaitUntilAsync(() => Host.Keys.Any(k => k.Scope == "son-la/tan-hop"), "no key for the new commune");
        var clerk = KeyFor("son-la/tan-hop");
        var uploads = new[]
        {
            await UploadAsync("son-la/chieng-en", SampleWorkbooks.ChiengEn.ToBytes(), "Biểu 01.xlsx", key: clerk),
            await UploadAsync("son-la/pu-bau", SampleWorkbooks.PuBau.ToBytes(), "Biểu 02.xlsx", key: clerk),
        };
        foreach (var uploadId in uploads) await WaitForAsync(uploadId, clerk, "scored");
        var summary = await GetAsync("/api/communes/son-la/tan-hop/summary", clerk);
        var budget = summary.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "budget-revenue").GetProperty("consolidated");
        Assert.Equal((255m, 317m), (budget.GetProperty("target").GetDecimal(), budget.GetProperty("actual").GetDecimal())); // 175 + 80, 237 + 80
        Assert.Equal(LocalAccessKeys.LoadOrCreate(_data, Pipeline.Core.Units.CommuneRegistry.Empty).Single(k => k.Scope == "son-la/tan-hop").Key, clerk);
    }

    [Fact]
    public async Task The_key_of_a_commune_removed_from_the_units_is_refused_and_unlisted_until_the_commune_comes_back()
    {
        var province = KeyFor("son-la");
        var clerk = KeyFor("son-la/pu-bau");
        var units = (await GetAsync("/api/provinces/son-la/units", province)).GetRawText();
        var document = JsonSerializer.Deserialize<Pipeline.Core.Units.ProvinceUnits>(units, Pipeline.Core.Units.CommuneRegistry.JsonOptions)!;
        var without = document with
        {
            Communes = document.Communes!.Where(c => c.Id != "pu-bau").ToArray(),
            Mergers = document.Mergers!.Select(m => m with { From = m.From!.Where(f => f != "pu-bau").ToArray() }).ToArray(),
        };
        await PutUnitsAsync(JsonSerializer.Serialize(without, Pipeline.Core.Units.CommuneRegistry.JsonOptions), province);

        foreach (var (method, path) in new[] { (HttpMethod.Get, "/api/me"), (HttpMethod.Get, "/api/communes/son-la/pu-bau/uploads"), (HttpMethod.Get, "/api/annexes/20261129T014501123-3f9a1c2e") })
        {
            using var response = await SendAsync(method, path, clerk);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains("không còn trong danh mục", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        using (var form = AnnexUploadForm.Create("son-la/pu-bau", "2020-2025", SampleWorkbooks.PuBau.ToBytes(), "Biểu 02.xlsx"))
        using (var upload = await SendAsync(HttpMethod.Post, "/api/annexes", clerk, form))
        {
            Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        }
        await Eventually.WaitUntilAsync(() => Host.Keys.All(k => k.Scope != "son-la/pu-bau"), "the removed commune's key is still listed");

        await PutUnitsAsync(units, province);
        await Eventually.WaitUntilAsync(() => Host.Keys.Any(k => k.Scope == "son-la/pu-bau"), "the commune's key is not listed again");
        Assert.Equal(clerk, KeyFor("son-la/pu-bau"));
        Assert.Equal("son-la/pu-bau", (await GetAsync("/api/me", clerk)).GetProperty("commune").GetString());
    }

    private async Task PutUnitsAsync(string document, string key)
    {
        using var response = await SendAsync(HttpMethod.Put, "/api/provinces/son-la/units", key, new StringContent(document, System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task A_bad_file_is_rejected_with_its_code_and_its_original_is_kept()
    {
        var uploadId = await UploadAsync("son-la/chieng-en", BadInputs.Truncated(), "Biểu 01 (lỗi).xlsx");
        var status = await WaitForAsync(uploadId, KeyFor("son-la/chieng-en"), "rejected", "scored", "failed");
        Assert.Equal("rejected", status.GetProperty("status").GetString());
        Assert.Equal("damaged", status.GetProperty("error").GetProperty("code").GetString());
        var upload = await Host.Services.GetRequiredService<SummaryQueries>().GetUploadAsync(uploadId, CancellationToken.None);
        Assert.True((await new RawStorage(Host.ConnectionString).Annexes.GetBlobClient(upload!.BlobName).ExistsAsync()).Value);
    }

    [Fact]
    public async Task An_unreadable_message_in_the_poison_queue_is_dropped_by_the_trigger_without_failing()
    {
        var poison = new RawStorage(Host.ConnectionString).ScorePoisonQueue;
        // Where the WebJobs SDK would move it after five throws: the poison queue's own poison queue.
        var poisonOfPoison = new Azure.Storage.Queues.QueueClient(Host.ConnectionString, poison.Name + "-poison");
        await poison.SendMessageAsync("not json");

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await poison.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the unreadable message is still in the poison queue");
            await Task.Delay(250);
        }

        Assert.False((await poisonOfPoison.ExistsAsync()).Value && (await poisonOfPoison.GetPropertiesAsync()).Value.ApproximateMessagesCount > 0);
        Assert.Null(Host.Failure);
    }

    [Fact]
    public async Task Keys_are_created_on_first_run_and_kept_for_the_next()
    {
        Assert.Contains(Host.Keys, k => k.Role == "province" && k.Scope == "son-la");
        Assert.Contains(Host.Keys, k => k.Role == "commune" && k.Scope == "son-la/pu-bau");
        Assert.Equal(Host.Keys, LocalAccessKeys.LoadOrCreate(_data, await Host.Services.GetRequiredService<UnitRegistryStore>().CurrentAsync(CancellationToken.None)));
    }

    private static (int, int, int) Counts(JsonElement computed) =>
        (computed.GetProperty("exceeded").GetInt32(), computed.GetProperty("met").GetInt32(), computed.GetProperty("notMet").GetInt32());
}
