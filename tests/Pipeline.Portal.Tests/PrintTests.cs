using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pipeline.Portal.Tests;

/// <summary>
/// A commune's summary and a merged commune's summary printed: a title with the commune, the
/// term and the print date, no controls, rows kept whole, and a PDF Chromium actually makes.
/// The PDF and a print-emulated screenshot of each go to PIPELINE_SCREENSHOTS_DIR when set, else beside the tests, to look at.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class PrintTests(PortalFixture fixture) : IAsyncLifetime
{
    public static TheoryData<string, string, string, string> Summaries => new()
    {
        // route, what shows it has loaded, the commune and the term the title names
        { "/#/xa/son-la/bo-sinh", "tr[data-code='budget-revenue'] td.total", "Xã Bó Sinh", "2020-2025" },
        { "/#/xa/son-la/pu-bau?term=2020-2025", "table.annex-table tr[data-ordinal='23']", "Xã Pú Bẩu", "2020-2025" },
    };

    private static string OutputDirectory =>
        Environment.GetEnvironmentVariable("PIPELINE_SCREENSHOTS_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    // Each page object of the PDF ("/Type /Page", not the "/Type /Pages" tree above them).
    [GeneratedRegex(@"/Type\s*/Page(?!s)")]
    private static partial Regex PdfPage();

    public Task InitializeAsync() => fixture.SeedPredecessorsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Summaries))]
    public async Task A_summary_prints_as_a_titled_report_without_controls(string route, string loaded, string commune, string term)
    {
        await using var portal = await fixture.OpenAsync(1280);
        await portal.SignInAsync(fixture.KeyFor("son-la"));
        var page = portal.Page;
        await page.GotoAsync(route);
        await Expect(page.Locator(loaded)).ToBeVisibleAsync();
        // On screen the title stays out of the way; the buttons are there.
        await Expect(page.Locator(".print-title")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Tải CSV (.csv)" })).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var title = page.Locator(".print-title");
        await Expect(title).ToBeVisibleAsync();
        await Expect(title.Locator(".print-unit")).ToContainTextAsync(commune);
        await Expect(title.Locator(".print-unit")).ToContainTextAsync(term);
        await Expect(title.Locator(".print-date")).ToHaveTextAsync(new Regex(@"^Ngày in: \d{2}/\d{2}/\d{4}$"));
        await Expect(page.Locator("main h1")).ToBeVisibleAsync();
        await Expect(page.Locator("button:visible, select:visible, input:visible, .skip-link:visible, .site-header:visible, .back-link:visible, .actions:visible"))
            .ToHaveCountAsync(0);
        Assert.Equal("avoid", await page.Locator("table.data tbody tr").First.EvaluateAsync<string>("row => getComputedStyle(row).breakInside"));
        Assert.Equal("table-header-group", await page.Locator("table.data thead").First.EvaluateAsync<string>("head => getComputedStyle(head).display"));

        Directory.CreateDirectory(OutputDirectory);
        var name = $"print-{route.Split('/')[^1].Split('?')[0]}";
        await page.ScreenshotAsync(new() { Path = Path.Combine(OutputDirectory, $"{name}.png"), FullPage = true });
        var pdfPath = Path.Combine(OutputDirectory, $"{name}.pdf");
        var pdf = await page.PdfAsync(new() { Path = pdfPath, PreferCSSPageSize = true, PrintBackground = true });
        Assert.True(File.Exists(pdfPath));
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4));
        Assert.True(PdfPage().Count(System.Text.Encoding.Latin1.GetString(pdf)) >= 1, "the PDF has no page");

        // Printed from a phone, the print preview is as narrow as the phone: nothing may stick out of it.
        await page.SetViewportSizeAsync(375, 800);
        var overflow = await portal.HorizontalOverflowAsync();
        Assert.True(overflow.Length == 0, $"the print layout at 375 px is wider than the page: {overflow}");
        Assert.Empty(portal.Errors);
    }
}
