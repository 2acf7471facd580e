using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Storage.Tests;

/// <summary>
/// The review routes over real Kestrel and Azurite, wired as the local host wires them, in a province
/// of the test's own: the whole loop over HTTP, and the access matrix route by route.
/// </summary>
[Collection("Azurite")]
public sealed class ReviewRoutesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Term = "2020-2025";
    private static readonly string ClerkKey = AccessKeys.NewKey();
    private static readonly string OtherClerkKey = AccessKeys.NewKey();
    private static readonly string OfficerKey = AccessKeys.NewKey();
    private static readonly string OtherProvinceKey = AccessKeys.NewKey();
    private readonly string _province = $"tinh-{Guid.NewGuid():N}"[..20];
    private ApiServer? _server;

    private HttpClient Http => _server!.Http;

    private string Commune => $"/api/communes/{_province}/chieng-en";

    public async Task InitializeAsync()
    {
        var (province, errors) = ProvinceUnitsValidator.Validate(new ProvinceUnits(_province, "Tỉnh thử",
            [new("chieng-en", "Chiềng En"), new("pu-bau", "Pú Bẩu"), new("bo-sinh", "Bó Sinh")],
            [new MergerUnit("bo-sinh", ["chieng-en", "pu-bau"], "2025-07-01", "Nghị quyết thử")]));
        Assert.Empty(errors);
        var keys = new AccessKeys(
        [
            new(ClerkKey, Caller.CommuneOfficer("Lò Văn Xã", new CommuneId(_province, "chieng-en"))),
            new(OtherClerkKey, Caller.CommuneOfficer("Cán bộ Pú Bẩu", new CommuneId(_province, "pu-bau"))),
            new(OfficerKey, Caller.ProvinceOfficer("Cầm Thị Bình", _province)),
            new(OtherProvinceKey, Caller.ProvinceOfficer("Cán bộ Điện Biên", "dien-bien")),
        ]);
        _server = await ApiServer.StartAsync(azurite.ConnectionString, keys, registry: CommuneRegistry.LoadFile(Pipeline.Workbooks.RepositoryLayout.Sample("registry.json")).With(province!));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? key, object? body = null) =>
        Http.SendWithKeyAsync(method, path, key, body is null ? null : JsonContent.Create(body));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task<HttpResponseMessage> UploadAsync()
    {
        using var form = AnnexUploadForm.Create($"{_province}/chieng-en", Term, SampleWorkbooks.ChiengEn.ToBytes(), "Biểu 02.xlsx");
        return await Http.SendWithKeyAsync(HttpMethod.Post, "/api/annexes", ClerkKey, form);
    }

    private async Task UploadAndScoreAsync()
    {
        var upload = await UploadAsync();
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var record = (await _server!.Storage.Queries.GetUploadAsync((await JsonAsync(upload)).GetProperty("uploadId").GetString()!, CancellationToken.None))!;
        await _server.Storage.Ingestion.ParseAsync(record.BlobName, CancellationToken.None);
        await ScoreQueueReader.ScoreAllAsync(_server.Storage);
    }

    [Fact]
    public async Task The_loop_over_http_return_with_a_row_comment_fix_confirm_refuse_reopen()
    {
        await UploadAndScoreAsync();
        var returned = await SendAsync(HttpMethod.Post, $"{Commune}/review", OfficerKey,
            new { term = Term, decision = "return", comment = "Sửa chỉ tiêu 20.", rows = new[] { new { ordinal = "20", comment = "Đơn vị sai." } } });
        Assert.Equal(HttpStatusCode.OK, returned.StatusCode);
        var state = await JsonAsync(returned);
        Assert.Equal("returned", state.GetProperty("state").GetString());
        Assert.Equal("return", state.GetProperty("lastDecision").GetProperty("action").GetString());
        Assert.Equal("20", state.GetProperty("lastDecision").GetProperty("rows")[0].GetProperty("ordinal").GetString());

        // The clerk sees it on the commune summary.
        var summary = await Http.GetJsonAsync($"{Commune}/summary?term={Term}", ClerkKey);
        Assert.Equal("returned", summary.GetProperty("review").GetProperty("state").GetString());
        Assert.Equal("Sửa chỉ tiêu 20.", summary.GetProperty("review").GetProperty("lastDecision").GetProperty("comment").GetString());

        await UploadAndScoreAsync();
        Assert.Equal("submitted", (await Http.GetJsonAsync($"{Commune}/review?term={Term}", ClerkKey)).GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"{Commune}/review", OfficerKey, new { term = Term, decision = "confirm" })).StatusCode);

        var refused = await UploadAsync();
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await JsonAsync(refused);
        Assert.Equal("annex-confirmed", problem.GetProperty("code").GetString());
        Assert.Contains("Cầm Thị Bình", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var wrong = await SendAsync(HttpMethod.Post, $"{Commune}/review", OfficerKey, new { term = Term, decision = "return", comment = "x" });
        Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);
        Assert.Equal("decision-not-allowed", (await JsonAsync(wrong)).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(HttpMethod.Post, $"{Commune}/review", OfficerKey, new { term = Term, decision = "reopen" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"{Commune}/review", OfficerKey, new { term = Term, decision = "reopen", comment = "Xã xin sửa." })).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await UploadAsync()).StatusCode);

        var history = await Http.GetJsonAsync($"{Commune}/history?term={Term}", ClerkKey);
        Assert.Equal(["upload", "reopen", "confirm", "upload", "return", "upload"], history.EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        Assert.All(history.EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("by").GetString())));

        // The province summary: each commune's review, counts, the deadline, confirmed-only totals.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Put, $"/api/provinces/{_province}/deadlines/{Term}", OfficerKey, new { deadline = "2026-12-31" })).StatusCode);
        var province = await Http.GetJsonAsync($"/api/provinces/{_province}/summary?term={Term}&confirmedOnly=true", OfficerKey);
        var review = province.GetProperty("review");
        Assert.Equal("2026-12-31", review.GetProperty("deadline").GetString());
        Assert.True(review.GetProperty("confirmedOnly").GetBoolean());
        Assert.Equal(1, review.GetProperty("notSubmitted").GetInt32());
        var line = province.GetProperty("communes").EnumerateArray().Single(c => c.GetProperty("commune").GetString() == $"{_province}/chieng-en");
        Assert.False(line.GetProperty("review").GetProperty("confirmed").GetBoolean()); // reopened, then a new upload
        Assert.Equal(0, province.GetProperty("totals").GetProperty("targets").GetInt32());
        var deadlines = await Http.GetJsonAsync($"/api/provinces/{_province}/deadlines", OfficerKey);
        Assert.Equal("2026-12-31", deadlines[0].GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task Only_json_is_read_and_a_mistyped_confirmed_only_is_refused()
    {
        await UploadAndScoreAsync();
        // A cross-site form can post text/plain with a sign-in cookie, never application/json.
        using var plain = new StringContent("""{"term":"2020-2025","decision":"confirm"}""", System.Text.Encoding.UTF8, "text/plain");
        var refused = await Http.SendWithKeyAsync(HttpMethod.Post, $"{Commune}/review", OfficerKey, plain);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Equal("unsupported-media-type", (await JsonAsync(refused)).GetProperty("code").GetString());
        using var plainDeadline = new StringContent("""{"deadline":"2026-12-31"}""", System.Text.Encoding.UTF8, "text/plain");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Http.SendWithKeyAsync(HttpMethod.Put, $"/api/provinces/{_province}/deadlines/2020-2025", OfficerKey, plainDeadline)).StatusCode);
        Assert.Equal("submitted", (await Http.GetJsonAsync($"{Commune}/review?term={Term}", OfficerKey)).GetProperty("state").GetString());

        var typo = await SendAsync(HttpMethod.Get, $"/api/provinces/{_province}/summary?term={Term}&confirmedOnly=yes", OfficerKey);
        Assert.Equal(HttpStatusCode.BadRequest, typo.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Get, $"/api/provinces/{_province}/summary?term={Term}&confirmedOnly=false", OfficerKey)).StatusCode);

        // A body over the deadline's small limit says its limit in KB, not "tối đa 0 MB".
        using var large = new StringContent($$"""{"deadline":"{{new string('9', 8000)}}"}""", System.Text.Encoding.UTF8, "application/json");
        var tooLarge = await Http.SendWithKeyAsync(HttpMethod.Put, $"/api/provinces/{_province}/deadlines/2020-2025", OfficerKey, large);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Contains("tối đa 4 KB", (await JsonAsync(tooLarge)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merged_summary_says_which_predecessors_are_confirmed_and_can_add_up_the_confirmed_ones_only()
    {
        await UploadAndScoreAsync(); // Chiềng En, a predecessor of Bó Sinh
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"{Commune}/review", OfficerKey, new { term = Term, decision = "confirm" })).StatusCode);
        var merged = $"/api/communes/{_province}/bo-sinh/summary";

        var all = await Http.GetJsonAsync(merged, OfficerKey);
        var chiengEn = all.GetProperty("predecessors").EnumerateArray().Single(p => p.GetProperty("commune").GetString() == $"{_province}/chieng-en");
        Assert.True(chiengEn.GetProperty("review").GetProperty("confirmed").GetBoolean());
        var puBau = all.GetProperty("predecessors").EnumerateArray().Single(p => p.GetProperty("commune").GetString() == $"{_province}/pu-bau");
        Assert.Equal("notSubmitted", puBau.GetProperty("review").GetProperty("state").GetString());

        var confirmed = await Http.GetJsonAsync($"{merged}?confirmedOnly=true", OfficerKey);
        Assert.True(confirmed.GetProperty("confirmedOnly").GetBoolean());
        Assert.Equal(1, confirmed.GetProperty("totals").GetProperty("reported").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"{Commune}/review", OfficerKey, new { term = Term, decision = "reopen", comment = "Sửa lại." })).StatusCode);
        var none = await Http.GetJsonAsync($"{merged}?confirmedOnly=true", OfficerKey);
        Assert.Equal(0, none.GetProperty("totals").GetProperty("reported").GetInt32());
        var reopened = none.GetProperty("predecessors").EnumerateArray().Single(p => p.GetProperty("commune").GetString() == $"{_province}/chieng-en");
        Assert.Equal(("submitted", true), (reopened.GetProperty("review").GetProperty("state").GetString(), reopened.GetProperty("missing").GetBoolean()));
        Assert.Equal(1, (await Http.GetJsonAsync(merged, OfficerKey)).GetProperty("totals").GetProperty("reported").GetInt32());
    }

    public static TheoryData<string, string, string, int> Matrix => new()
    {
        // method, path (commune routes under {Commune}, {Province} replaced), caller, expected status
        { "POST", "{Commune}/review", "clerk", 403 },
        { "POST", "{Commune}/review", "otherClerk", 403 },
        { "POST", "{Commune}/review", "otherProvince", 403 },
        { "POST", "{Commune}/review", "none", 401 },
        { "POST", "{Commune}/review", "officer", 409 }, // allowed; nothing is scored to confirm
        { "GET", "{Commune}/review?term=2020-2025", "clerk", 200 },
        { "GET", "{Commune}/review?term=2020-2025", "officer", 200 },
        { "GET", "{Commune}/review?term=2020-2025", "otherClerk", 403 },
        { "GET", "{Commune}/review?term=2020-2025", "otherProvince", 403 },
        { "GET", "{Commune}/history?term=2020-2025", "clerk", 200 },
        { "GET", "{Commune}/history?term=2020-2025", "officer", 200 },
        { "GET", "{Commune}/history?term=2020-2025", "otherClerk", 403 },
        { "GET", "{Commune}/history?term=2020-2025", "otherProvince", 403 },
        { "GET", "{Commune}/history?term=2020-2025", "none", 401 },
        { "PUT", "{Province}/deadlines/2020-2025", "officer", 200 },
        { "PUT", "{Province}/deadlines/2020-2025", "clerk", 403 },
        { "PUT", "{Province}/deadlines/2020-2025", "otherProvince", 403 },
        { "PUT", "{Province}/deadlines/2020-2025", "none", 401 },
        { "GET", "{Province}/deadlines", "officer", 200 },
        { "GET", "{Province}/deadlines", "clerk", 403 },
        { "GET", "{Province}/deadlines", "otherProvince", 403 },
    };

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Only_a_province_officer_of_that_province_decides_and_sets_deadlines_route_by_route(string method, string path, string caller, int status)
    {
        var key = caller switch
        {
            "clerk" => ClerkKey,
            "otherClerk" => OtherClerkKey,
            "officer" => OfficerKey,
            "otherProvince" => OtherProvinceKey,
            _ => null,
        };
        var url = path.Replace("{Commune}", Commune, StringComparison.Ordinal).Replace("{Province}", $"/api/provinces/{_province}", StringComparison.Ordinal);
        object? body = method switch
        {
            "POST" => new { term = Term, decision = "confirm" },
            "PUT" => new { deadline = "2026-12-31" },
            _ => null,
        };
        var response = await SendAsync(new HttpMethod(method), url, key, body);
        Assert.Equal(status, (int)response.StatusCode);
        if (status >= 400) Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
