using Pipeline.Testing;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Workbooks;

namespace Pipeline.Storage.Tests;

/// <summary>
/// The HTTP API over real Kestrel on loopback and real Azurite, route by route and caller by
/// caller. The pipeline steps that triggers run are driven by hand here.
/// </summary>
[Collection("Azurite")]
public sealed class ApiRoutesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string ClerkKey = AccessKeys.NewKey();
    private static readonly string OtherClerkKey = AccessKeys.NewKey();
    private static readonly string ProvinceKey = AccessKeys.NewKey();
    private ApiServer? _server;

    private HttpClient Http => _server!.Http;

    private Pipeline.Testing.OpenedPipeline Storage => _server!.Storage;

    public async Task InitializeAsync()
    {
        var keys = new AccessKeys(
        [
            new(ClerkKey, Caller.CommuneOfficer("Cán bộ Pú Bẩu", new CommuneId("son-la", "pu-bau"))),
            new(OtherClerkKey, Caller.CommuneOfficer("Cán bộ Chiềng En", new CommuneId("son-la", "chieng-en"))),
            new(ProvinceKey, Caller.ProvinceOfficer("Cán bộ tỉnh", "son-la")),
        ]);
        _server = await ApiServer.StartAsync(azurite.ConnectionString, keys);
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string? key, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (key is not null) request.Headers.Add("x-api-key", key);
        return request;
    }

    private static MultipartFormDataContent Upload(byte[] file, string commune, string term) =>
        Pipeline.Testing.AnnexUploadForm.Create(commune, term, file, "Biểu 02.xlsx");

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task A_clerk_uploads_over_http_and_reads_the_scored_annex_and_summary()
    {
        var response = await Http.SendAsync(Request(HttpMethod.Post, "/api/annexes", ClerkKey, Upload(SampleWorkbooks.PuBau.ToBytes(), "son-la/pu-bau", "1990-1995")));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await JsonAsync(response);
        var uploadId = accepted.GetProperty("uploadId").GetString()!;
        Assert.Equal($"/api/annexes/{uploadId}", accepted.GetProperty("statusUrl").GetString());

        var statusText = await (await Http.SendAsync(Request(HttpMethod.Get, $"/api/annexes/{uploadId}", ClerkKey))).Content.ReadAsStringAsync();
        Assert.Contains("\"Biểu 02.xlsx\"", statusText, StringComparison.Ordinal); // Vietnamese written as is, not \u-escaped
        var status = JsonDocument.Parse(statusText).RootElement;
        Assert.Equal("received", status.GetProperty("status").GetString());
        Assert.Equal("Biểu 02.xlsx", status.GetProperty("fileName").GetString());

        var upload = await Storage.Queries.GetUploadAsync(uploadId, CancellationToken.None);
        await Storage.Ingestion.ParseAsync(upload!.BlobName, CancellationToken.None);
        await Pipeline.Testing.ScoreQueueReader.ScoreAllAsync(Storage);

        // The seed's 2020–2025 annex sent for another term (this test's own): held, and confirmed over HTTP.
        status = await JsonAsync(await Http.SendAsync(Request(HttpMethod.Get, $"/api/annexes/{uploadId}", ClerkKey)));
        Assert.Equal(("held", true), (status.GetProperty("status").GetString(), status.GetProperty("needsConfirmation").GetBoolean()));
        Assert.Equal(HttpStatusCode.NotFound, (await Http.SendAsync(Request(HttpMethod.Get, "/api/communes/son-la/pu-bau/summary?term=1990-1995", ClerkKey))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.SendAsync(Request(HttpMethod.Post, $"/api/annexes/{uploadId}/confirm", ProvinceKey))).StatusCode);
        status = await JsonAsync(await Http.SendAsync(Request(HttpMethod.Post, $"/api/annexes/{uploadId}/confirm", ClerkKey)));
        Assert.Equal("scored", status.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(status.GetProperty("confirmedBy").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await Http.SendAsync(Request(HttpMethod.Post, $"/api/annexes/{uploadId}/cancel", ClerkKey))).StatusCode);
        var summary = await JsonAsync(await Http.SendAsync(Request(HttpMethod.Get, "/api/communes/son-la/pu-bau/summary?term=1990-1995", ClerkKey)));
        Assert.Equal(8, summary.GetProperty("counts").GetProperty("computed").GetProperty("exceeded").GetInt32());
        Assert.Equal(65.38m, summary.GetProperty("achievementRate").GetDecimal());
        var targets = await JsonAsync(await Http.SendAsync(Request(HttpMethod.Get, "/api/communes/son-la/pu-bau/targets?term=1990-1995", ProvinceKey)));
        Assert.Equal(26, Assert.Single(targets.GetProperty("annexes").EnumerateArray()).GetProperty("targets").GetArrayLength());
        var province = await JsonAsync(await Http.SendAsync(Request(HttpMethod.Get, "/api/provinces/son-la/summaries?term=1990-1995", ProvinceKey)));
        Assert.Equal("son-la/pu-bau", Assert.Single(province.EnumerateArray()).GetProperty("commune").GetString());
    }

    [Fact]
    public async Task A_province_officer_lists_the_indicators_scored_on_an_assumed_direction()
    {
        // Chiềng En's target 9 rewritten as an indicator nothing in the catalogue knows, reported as a
        // ceiling (5 ÷ 4 × 100 = 125 %, "Vượt"): lower is better by the commune's arithmetic alone.
        const string term = "1985-1990"; // a term of its own, before the 2025 merger (a predecessor has none after it)
        var rows = SeedAnnexes.ChiengEn.Rows.Select(row => row is AnnexTargetRow target && target[AnnexColumn.Ordinal].Equals(CellSpec.Number(9))
            ? AnnexRow.Target(9, "Số hộ vi phạm quy ước thôn bản", "hộ", 5, 4, 125, "Vượt")
            : row).ToArray();
        var file = AnnexWorkbook.ToBytes(SeedAnnexes.ChiengEn with { Rows = rows });
        var response = await Http.SendAsync(Request(HttpMethod.Post, "/api/annexes", OtherClerkKey, Upload(file, "son-la/chieng-en", term)));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var upload = await Storage.Queries.GetUploadAsync((await JsonAsync(response)).GetProperty("uploadId").GetString()!, CancellationToken.None);
        await Storage.Ingestion.ParseAsync(upload!.BlobName, CancellationToken.None);
        await Pipeline.Testing.ScoreQueueReader.ScoreAllAsync(Storage);
        // Sent for this test's own term, the 2020–2025 annex is held: the clerk confirms it.
        Assert.Equal(HttpStatusCode.OK, (await Http.SendAsync(Request(HttpMethod.Post, $"/api/annexes/{upload.UploadId}/confirm", OtherClerkKey))).StatusCode);

        var listed = await Http.SendAsync(Request(HttpMethod.Get, $"/api/provinces/son-la/assumed-directions?term={term}", ProvinceKey));
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var answer = await JsonAsync(listed);
        Assert.Equal(term, answer.GetProperty("term").GetString());
        var indicator = Assert.Single(answer.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("indicator").GetString() == "Số hộ vi phạm quy ước thôn bản");
        Assert.Equal(("hộ", "lower"), (indicator.GetProperty("unit").GetString(), indicator.GetProperty("direction").GetString()));
        Assert.StartsWith("commune's arithmetic:", indicator.GetProperty("directionReason").GetString(), StringComparison.Ordinal);
        Assert.Equal("son-la/chieng-en", Assert.Single(indicator.GetProperty("communes").EnumerateArray()).GetString());
        var occurrence = Assert.Single(indicator.GetProperty("occurrences").EnumerateArray());
        Assert.Equal("son-la/chieng-en", occurrence.GetProperty("commune").GetString());
        Assert.False(string.IsNullOrEmpty(occurrence.GetProperty("communeName").GetString()));
        Assert.True(occurrence.GetProperty("row").GetInt32() > 0);

        // Every listed indicator is one the commune's targets mark as assumed.
        var targets = await JsonAsync(await Http.SendAsync(Request(HttpMethod.Get, $"/api/communes/son-la/chieng-en/targets?term={term}", ProvinceKey)));
        var assumed = targets.GetProperty("annexes").EnumerateArray().SelectMany(a => a.GetProperty("targets").EnumerateArray())
            .Where(t => t.GetProperty("directionAssumed").GetBoolean() && !t.GetProperty("qualitative").GetBoolean())
            .Select(t => t.GetProperty("indicator").GetString()).ToHashSet();
        Assert.All(answer.GetProperty("indicators").EnumerateArray(), i => Assert.Contains(i.GetProperty("indicator").GetString(), assumed));

        Assert.Equal(HttpStatusCode.Forbidden, (await Http.SendAsync(Request(HttpMethod.Get, $"/api/provinces/son-la/assumed-directions?term={term}", OtherClerkKey))).StatusCode);
        var badTerm = await Http.SendAsync(Request(HttpMethod.Get, "/api/provinces/son-la/assumed-directions?term=2045", ProvinceKey));
        Assert.Equal(HttpStatusCode.BadRequest, badTerm.StatusCode);
        Assert.Equal("application/problem+json", badTerm.Content.Headers.ContentType?.MediaType);
        var empty = await JsonAsync(await Http.SendAsync(Request(HttpMethod.Get, "/api/provinces/son-la/assumed-directions?term=2050-2055", ProvinceKey)));
        Assert.Equal(0, empty.GetProperty("indicators").GetArrayLength());
    }

    [Theory]
    [InlineData("GET", "/api/annexes/20261129T014501123-3f9a1c2e")]
    [InlineData("GET", "/api/communes/son-la/pu-bau/summary?term=2020-2025")]
    [InlineData("GET", "/api/communes/son-la/pu-bau/targets?term=2020-2025")]
    [InlineData("GET", "/api/provinces/son-la/summaries?term=2020-2025")]
    [InlineData("GET", "/api/provinces/son-la/assumed-directions?term=2020-2025")]
    [InlineData("POST", "/api/consolidations")]
    [InlineData("GET", "/api/consolidations/20261129T014501123-3f9a1c2e")]
    public async Task Every_route_but_health_needs_a_key(string method, string path)
    {
        var response = await Http.SendAsync(Request(new HttpMethod(method), path, key: null));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var wrongKey = await Http.SendAsync(Request(new HttpMethod(method), path, "not-a-real-key-0123456789"));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Http.GetAsync("/api/health")).StatusCode);
    }

    [Fact]
    public async Task A_clerk_cannot_upload_or_read_for_another_commune_nor_read_the_province()
    {
        var upload = await Http.SendAsync(Request(HttpMethod.Post, "/api/annexes", OtherClerkKey, Upload(SampleWorkbooks.PuBau.ToBytes(), "son-la/pu-bau", "2020-2025")));
        Assert.Equal(HttpStatusCode.Forbidden, upload.StatusCode);
        Assert.Contains("xã Chiềng En", (await JsonAsync(upload)).GetProperty("detail").GetString(), StringComparison.Ordinal); // by name, not id
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.SendAsync(Request(HttpMethod.Get, "/api/communes/son-la/pu-bau/summary?term=2020-2025", OtherClerkKey))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.SendAsync(Request(HttpMethod.Get, "/api/provinces/son-la/summaries?term=2020-2025", ClerkKey))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.SendAsync(Request(HttpMethod.Post, "/api/consolidations", ClerkKey))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.SendAsync(Request(HttpMethod.Post, "/api/annexes", ProvinceKey, Upload(SampleWorkbooks.PuBau.ToBytes(), "son-la/pu-bau", "2020-2025")))).StatusCode);
    }

    [Fact]
    public async Task A_province_officer_starts_consolidation_and_reads_its_record()
    {
        var started = await Http.SendAsync(Request(HttpMethod.Post, "/api/consolidations", ProvinceKey));
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var runId = (await JsonAsync(started)).GetProperty("runId").GetString();
        var run = await JsonAsync(await Http.SendAsync(Request(HttpMethod.Get, $"/api/consolidations/{runId}", ProvinceKey)));
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal("request", run.GetProperty("trigger").GetString());
    }

    [Fact]
    public async Task Bad_requests_are_problem_details_in_vietnamese()
    {
        var badTerm = await Http.SendAsync(Request(HttpMethod.Get, "/api/communes/son-la/pu-bau/summary?term=2020", ClerkKey));
        Assert.Equal(HttpStatusCode.BadRequest, badTerm.StatusCode);
        Assert.Contains("Nhiệm kỳ", (await JsonAsync(badTerm)).GetProperty("detail").GetString());
        var missing = await Http.SendAsync(Request(HttpMethod.Get, "/api/annexes/20261129T014501123-3f9a1c2e", ClerkKey));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var notMultipart = await Http.SendAsync(Request(HttpMethod.Post, "/api/annexes", ClerkKey, JsonContent.Create(new { file = "x" })));
        Assert.Equal(HttpStatusCode.BadRequest, notMultipart.StatusCode);
    }
}
