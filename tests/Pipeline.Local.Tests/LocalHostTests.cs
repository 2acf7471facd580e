using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Pipeline.Local.Serve;
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

    private async Task<string> UploadAsync(string commune, byte[] file, string name)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", name);
        form.Add(new StringContent(commune), "commune");
        form.Add(new StringContent("2020-2025"), "term");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/annexes") { Content = form };
        request.Headers.Add("x-api-key", KeyFor(commune));
        var response = await Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("uploadId").GetString()!;
    }

    private async Task<JsonElement> GetAsync(string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-api-key", key);
        var response = await Http.SendAsync(request);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private async Task<JsonElement> WaitForAsync(string uploadId, string key, params string[] final)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var status = await GetAsync($"/api/annexes/{uploadId}", key);
            if (final.Contains(status.GetProperty("status").GetString())) return status;
            Assert.True(DateTime.UtcNow < deadline, $"upload {uploadId} still {status.GetProperty("status")}");
            await Task.Delay(250);
        }
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

    [Fact]
    public async Task A_bad_file_is_rejected_with_its_code_and_its_original_is_kept()
    {
        var uploadId = await UploadAsync("son-la/chieng-en", BadInputs.Truncated(), "Biểu 01 (lỗi).xlsx");
        var status = await WaitForAsync(uploadId, KeyFor("son-la/chieng-en"), "rejected", "scored", "failed");
        Assert.Equal("rejected", status.GetProperty("status").GetString());
        Assert.Equal("not-a-workbook", status.GetProperty("error").GetProperty("code").GetString());
        var upload = await Host.Storage.Queries.GetUploadAsync(uploadId, CancellationToken.None);
        Assert.True((await Host.Storage.Annexes.GetBlobClient(upload!.BlobName).ExistsAsync()).Value);
    }

    [Fact]
    public async Task Keys_are_created_on_first_run_and_kept_for_the_next()
    {
        Assert.Contains(Host.Keys, k => k.Role == "province" && k.Scope == "son-la");
        Assert.Contains(Host.Keys, k => k.Role == "commune" && k.Scope == "son-la/pu-bau");
        Assert.Equal(Host.Keys, LocalAccessKeys.LoadOrCreate(_data, await Host.Storage.Units.CurrentAsync(CancellationToken.None)));
    }

    private static (int, int, int) Counts(JsonElement computed) =>
        (computed.GetProperty("exceeded").GetInt32(), computed.GetProperty("met").GetInt32(), computed.GetProperty("notMet").GetInt32());
}
