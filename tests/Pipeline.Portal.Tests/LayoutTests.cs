using Microsoft.Playwright;
using Pipeline.Workbooks;
using static Microsoft.Playwright.Assertions;

namespace Pipeline.Portal.Tests;

/// <summary>
/// The main screens at a phone's width (375 px) and a desktop's: nothing wider than the screen,
/// every control labelled, focus visible, no console errors; a screenshot of each. Screenshots go
/// to PIPELINE_SCREENSHOTS_DIR when it is set (docs/screenshots is refreshed that way), else beside the tests.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class LayoutTests(PortalFixture fixture) : IAsyncLifetime
{
    public static TheoryData<int, string> Widths => new() { { 375, "phone" }, { 1280, "desktop" } };

    private static string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("PIPELINE_SCREENSHOTS_DIR") is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public Task InitializeAsync() => fixture.SeedPredecessorsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_sign_in_page_fits_and_is_usable_by_keyboard(int width, string device)
    {
        await using var portal = await fixture.OpenAsync(width);
        var page = portal.Page;

        await Expect(page.GetByLabel("Khóa truy cập")).ToBeFocusedAsync(); // typing can start at once
        await page.Keyboard.PressAsync("Shift+Tab");
        await Expect(page.Locator(".skip-link")).ToBeFocusedAsync();
        await Expect(page.Locator(".skip-link")).ToBeInViewportAsync(); // shown when focused, hidden otherwise
        Assert.NotEqual("none", await page.Locator(".skip-link").EvaluateAsync<string>("e => getComputedStyle(e).outlineStyle"));
        await CheckScreenAsync(portal, $"sign-in-{device}");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_clerks_page_with_a_scored_annex_fits(int width, string device)
    {
        await using var portal = await fixture.OpenAsync(width);
        await portal.SignInAsync(fixture.KeyFor("son-la/pu-bau"));
        await Expect(portal.Page.Locator(".result-body tr[data-ordinal='23']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("flagged-error"));
        await CheckScreenAsync(portal, $"commune-{device}");
        // The scored table itself, as cards on a phone: labels beside values, nothing drawn over anything.
        var flagged = portal.Page.Locator(".result-body tr[data-ordinal='23']");
        await flagged.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"commune-row-{device}.png") });
        var overlaps = await flagged.EvaluateAsync<string[]>(
            "row => { const cells = [...row.querySelectorAll('td, th')].map(c => c.getBoundingClientRect()); const out = []; " +
            "for (let i = 0; i < cells.length; i++) for (let j = i + 1; j < cells.length; j++) { const a = cells[i], b = cells[j]; " +
            "if (a.width && b.width && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) out.push(`${i}/${j}`); } return out; }");
        Assert.Empty(overlaps);
        // A card line's label (its ::before) fits inside its cell: a wrapped label never runs into the next line.
        var spilling = await flagged.EvaluateAsync<string[]>(
            "row => [...row.querySelectorAll('td')].filter(c => parseFloat(getComputedStyle(c, '::before').height) > c.getBoundingClientRect().height + 1).map(c => c.dataset.label)");
        Assert.Empty(spilling);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_province_dashboard_fits(int width, string device)
    {
        await using var portal = await fixture.OpenAsync(width);
        await portal.SignInAsync(fixture.KeyFor("son-la"));
        await Expect(portal.Page.Locator("table.communes tr[data-commune='son-la/pu-bau']")).ToContainTextAsync("Đã chấm");
        await portal.Page.WaitForTimeoutAsync(300); // the chart's first layout
        await CheckScreenAsync(portal, $"province-{device}");
    }

    [Fact]
    public async Task The_province_dashboard_still_fits_the_moment_the_screen_narrows()
    {
        // A tablet turned upright, a window made narrow: Chart.js redraws its canvas a frame later, and
        // until then the wide canvas must not give the page a sideways scroll.
        await using var portal = await fixture.OpenAsync(1280);
        await portal.SignInAsync(fixture.KeyFor("son-la"));
        await Expect(portal.Page.Locator("table.communes tr[data-commune='son-la/pu-bau']")).ToContainTextAsync("Đã chấm");
        await portal.Page.Locator("figure.chart canvas").WaitForAsync();
        await portal.Page.SetViewportSizeAsync(375, 800);
        Assert.Equal("", await portal.HorizontalOverflowAsync());
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_progress_toward_the_terms_targets_fits(int width, string device)
    {
        await fixture.SeedYearsAsync();
        await using var portal = await fixture.OpenAsync(width);
        await portal.SignInAsync(fixture.KeyFor("son-la"));
        await portal.Page.GotoAsync("/#/xa/son-la/bo-sinh?term=2025-2030");
        await Expect(portal.Page.Locator("article.progress-indicator[data-code='budget-revenue'] tr[data-period='2027']")).ToContainTextAsync("Chậm");
        await portal.Page.WaitForTimeoutAsync(300); // the charts' first layout
        await CheckScreenAsync(portal, $"progress-{device}");
        // One indicator: its years' table beside (on a phone, above) its chart.
        await portal.Page.Locator("article.progress-indicator[data-code='budget-revenue']").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"progress-indicator-{device}.png") });
        await portal.Page.GotoAsync("/#/tinh?term=2025-2030");
        await Expect(portal.Page.Locator("#slow-heading ~ [role='status']")).ToContainTextAsync("Tính từ tiến độ");
        await CheckScreenAsync(portal, $"province-progress-{device}");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_merged_communes_summary_fits(int width, string device)
    {
        await using var portal = await fixture.OpenAsync(width);
        await portal.SignInAsync(fixture.KeyFor("son-la"));
        await portal.Page.GotoAsync("/#/xa/son-la/bo-sinh");
        await Expect(portal.Page.Locator("tr[data-code='budget-revenue'] td.total")).ToContainTextAsync("545");
        await CheckScreenAsync(portal, $"merged-summary-{device}");
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_provinces_review_of_a_commune_fits_with_the_return_form_open(int width, string device)
    {
        await using var portal = await fixture.OpenAsync(width);
        await portal.SignInAsync(fixture.KeyFor("son-la"));
        await portal.Page.GotoAsync("/#/xa/son-la/pu-bau?term=2020-2025");
        var panel = portal.Page.Locator(".review-panel");
        await Expect(panel.Locator(".review-summary")).ToContainTextAsync("Chờ duyệt");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Trả lại", Exact = true }).ClickAsync(); // opened, never sent
        await Expect(panel.Locator(".row-picker")).ToBeVisibleAsync();
        await Expect(portal.Page.Locator(".review-history-body li").First).ToBeVisibleAsync();
        await CheckScreenAsync(portal, $"review-{device}");
    }

    private static async Task CheckScreenAsync(PortalPage portal, string name)
    {
        var page = portal.Page;
        Directory.CreateDirectory(ScreenshotDirectory);
        // Desktop: the whole page; phone: the first screen and a half, which is what a clerk sees on opening it.
        var phone = page.ViewportSize!.Width < 500;
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreenshotDirectory, $"{name}.png"),
            FullPage = !phone,
            Clip = phone ? new Clip { X = 0, Y = 0, Width = page.ViewportSize.Width, Height = 1200 } : null,
        });

        var overflow = await portal.HorizontalOverflowAsync();
        Assert.True(overflow.Length == 0, $"{name}: the page is wider than the screen: {overflow}");
        var unlabelled = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('input:not([type=hidden]), select, textarea')].filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).map(e => e.outerHTML)");
        Assert.Empty(unlabelled);
        var nameless = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('button, a[href]')].filter(e => !e.textContent.trim() && !e.getAttribute('aria-label')).map(e => e.outerHTML)");
        Assert.Empty(nameless);
        Assert.Equal("vi", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        Assert.Empty(portal.Errors);
    }
}
