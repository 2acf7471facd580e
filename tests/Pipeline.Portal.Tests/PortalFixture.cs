using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using Microsoft.Playwright;
using Pipeline.Local.Serve;
using Pipeline.Testing;

namespace Pipeline.Portal.Tests;

/// <summary>
/// One local host on Azurite (the same one `dotnet run --project src/Pipeline.Local` starts, in
/// memory and on a free port) and one headless Debian Chromium driven by Playwright, shared by
/// the browser tests.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    // --lang=vi: the browser's own words (the file picker's button) in Vietnamese, as on a clerk's machine.
    // Without the background-networking flags Chromium tries to reach Google's hosts, which this network refuses.
    private static readonly string[] ChromiumFlags =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=vi"];

    private readonly string _data = Directory.CreateTempSubdirectory("pipeline-portal-").FullName;
    private LocalHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public LocalHost Host => _host ?? throw new InvalidOperationException("The fixture has not started.");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture has not started.");

    public HttpClient Http { get; private set; } = new();

    /// <summary>
    /// How long an expectation waits, for every browser test, set once here (it is Playwright's process-wide default: set in
    /// each class it was whichever class ran last). Generous, as a loaded CI machine needs: it only delays a failure.
    /// </summary>
    private const float ExpectTimeoutMilliseconds = 60_000;

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMilliseconds);
        var chromium = await ChromiumInstall.EnsureAsync();
        _host = await LocalHost.StartAsync(new ServeOptions(null, _data, "http://127.0.0.1:0", InMemoryStorage: true), CancellationToken.None);
        Http = new HttpClient { BaseAddress = _host.BaseAddress };
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true, Args = ChromiumFlags });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        Http.Dispose();
        if (_host is not null) await _host.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    private Task? _seeded;

    /// <summary>
    /// The seed's three predecessor annexes scored and Bó Sinh consolidated, once for the tests that
    /// read the province (repeating an upload of the same file would change nothing they check).
    /// </summary>
    public Task SeedPredecessorsAsync() => _seeded ??= SeedAsync();

    private async Task SeedAsync()
    {
        var files = new Dictionary<string, string>
        {
            ["son-la/chieng-en"] = "chieng-en-2020-2025.xlsx",
            ["son-la/pu-bau"] = "pu-bau-2020-2025.xlsx",
            ["son-la/bo-sinh-cu"] = "bo-sinh-2020-2025.xlsx",
        };
        foreach (var (commune, file) in files)
        {
            var status = await UploadAndWaitAsync(commune, "2020-2025", await File.ReadAllBytesAsync(Workbooks.RepositoryLayout.Sample(file)), file);
            if (status != "scored") throw new InvalidOperationException($"The seed annex {file} ended {status}.");
        }
        // Bó Sinh's own targets for the new term, shown beside the predecessors' baselines.
        const string targets = "bo-sinh-2025-2030-targets.xlsx";
        var targetsStatus = await UploadAndWaitAsync("son-la/bo-sinh", "2025-2030", await File.ReadAllBytesAsync(Workbooks.RepositoryLayout.Sample(targets)), targets);
        if (targetsStatus != "scored") throw new InvalidOperationException($"The seed annex {targets} ended {targetsStatus}.");
        using var response = await Http.SendWithKeyAsync(HttpMethod.Post, "/api/consolidations", KeyFor("son-la"));
        response.EnsureSuccessStatusCode();
    }

    private Task? _years;

    /// <summary>
    /// The new Bó Sinh's 2026 and 2027 results (issue 16) sent for their years over the API, once, on top of
    /// <see cref="SeedPredecessorsAsync"/>: its progress toward the 2025–2030 targets has two years. They never
    /// replace its whole-term annex, the targets plan other tests read.
    /// </summary>
    public Task SeedYearsAsync() => _years ??= SeedYearsCoreAsync();

    private async Task SeedYearsCoreAsync()
    {
        await SeedPredecessorsAsync();
        foreach (var (file, period) in new[] { ("bo-sinh-2026-results.xlsx", "2026"), ("bo-sinh-2027-results.xlsx", "2027") })
        {
            var key = KeyFor("son-la/bo-sinh");
            using var form = AnnexUploadForm.Create("son-la/bo-sinh", "2025-2030", await File.ReadAllBytesAsync(Workbooks.RepositoryLayout.Sample(file)), file, period);
            using var response = await Http.SendWithKeyAsync(HttpMethod.Post, "/api/annexes", key, form);
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != System.Net.HttpStatusCode.Accepted) throw new InvalidOperationException($"The yearly annex {file} was answered {(int)response.StatusCode}: {body}");
            var uploadId = JsonDocument.Parse(body).RootElement.GetProperty("uploadId").GetString()!;
            var status = (await Http.WaitForUploadAsync(uploadId, key)).GetProperty("status").GetString();
            if (status != "scored") throw new InvalidOperationException($"The yearly annex {file} ended {status}.");
        }
    }

    public string KeyFor(string scope) => Host.Keys.Single(k => k.Scope == scope).Key;

    /// <summary>A fresh browser context (its own sessionStorage) at the given width, recording console errors.</summary>
    public async Task<PortalPage> OpenAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
            AcceptDownloads = true,
        });
        var page = await context.NewPageAsync();
        var portalPage = new PortalPage(context, page);
        await page.GotoAsync("/");
        return portalPage;
    }

    /// <summary>Uploads a file through the API (as a clerk's other tab would) and waits until it is final; returns the final status.</summary>
    public async Task<string> UploadAndWaitAsync(string commune, string term, byte[] file, string fileName)
    {
        var uploadId = await Http.UploadAsync(commune, term, file, fileName, KeyFor(commune));
        var status = (await Http.WaitForUploadAsync(uploadId, KeyFor(commune))).GetProperty("status").GetString()!;
        if (status != "held") return status;
        // A seed annex sent under a test's own term is held (its titles say 2020-2025): confirmed as its clerk would.
        using var confirm = new HttpRequestMessage(HttpMethod.Post, $"/api/annexes/{uploadId}/confirm");
        confirm.Headers.Add("x-api-key", KeyFor(commune));
        using var response = await Http.SendAsync(confirm);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString()!;
    }

    /// <summary>GETs <paramref name="path"/> with <paramref name="key"/>, the body as JSON.</summary>
    public Task<JsonElement> GetJsonAsync(string path, string key) => Http.GetJsonAsync(path, key);

    /// <summary>GETs <paramref name="path"/> with <paramref name="key"/>, only the status code.</summary>
    public async Task<int> StatusCodeOfAsync(string path, string key)
    {
        using var response = await Http.SendWithKeyAsync(HttpMethod.Get, path, key);
        return (int)response.StatusCode;
    }
}

/// <summary>Browser test classes share one host and one browser.</summary>
[CollectionDefinition(Name)]
[SuppressMessage("Naming", "CA1711:Identifiers should not have incorrect suffix", Justification = "xunit's naming convention for collection definitions.")]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "Portal";
}
