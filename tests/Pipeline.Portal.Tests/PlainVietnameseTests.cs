using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pipeline.Portal.Tests;

/// <summary>
/// Every screen of both roles, at a phone's width and a desktop's, and every export, read as a
/// clerk or an officer reads them: nothing raw (no "[object", "undefined", "null", "NaN", no
/// commune id where a name belongs) and no English word of the API's vocabulary ("economy",
/// "scored", "notMet", …) where Vietnamese belongs.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class PlainVietnameseTests(PortalFixture fixture) : IAsyncLifetime
{
    public static TheoryData<int> Widths => new() { 375, 1280 };

    // Raw values and the API's English vocabulary, as whole words; ids where names belong.
    [GeneratedRegex(@"\[object|\b(?:undefined|null|NaN|Infinity|true|false|economy|society|environment|party|scored|missing|results|targets-only|exceeded|notMet|met|higher|lower|received|parsed|rejected|failed|running|succeeded|schedule|request|warning|error|info|merged|sum|range)\b|son-la/|(?<![\w.-])(?:chieng-en|pu-bau|bo-sinh-cu|bo-sinh)(?![\w.-])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Raw();

    // With Bó Sinh's 2026 and 2027 results: the progress screens (the commune's years, the province's counts and slow indicators) have figures.
    public Task InitializeAsync() => fixture.SeedYearsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_province_officers_screens_say_everything_in_Vietnamese(int width)
    {
        await using var portal = await fixture.OpenAsync(width);
        await portal.SignInAsync(fixture.KeyFor("son-la"));
        var found = new List<string>();
        // A term with annexes, the new term, and an earlier one.
        foreach (var term in new[] { "2020-2025", "2025-2030", "2015-2020" })
        {
            await portal.Page.GotoAsync($"/#/tinh?term={term}");
            await Expect(portal.Page.Locator("#overview-heading")).ToContainTextAsync(term);
            // 2025–2030 has yearly results: the progress columns and the indicators behind, once loaded.
            if (term == "2025-2030") await Expect(portal.Page.Locator("#slow-heading ~ [role='status']")).ToContainTextAsync("Tính từ tiến độ");
            found.AddRange(await RawTextAsync(portal, $"province {term}"));
        }
        // Pú Bẩu for 2025–2030: a commune with nothing for the term, a state said by name, not an error.
        // The review screens too: the drill-down's review panel, uploads and history (2015–2020 is where the
        // review tests decide), a commune with uploads but no scored annex, a drill-down without a term.
        foreach (var screen in new[] { "/#/xa/son-la/pu-bau?term=2020-2025", "/#/xa/son-la/bo-sinh", "/#/xa/son-la/bo-sinh?term=2025-2030", "/#/xa/son-la/pu-bau?term=2025-2030",
            "/#/xa/son-la/pu-bau?term=2015-2020", "/#/xa/son-la/bo-sinh-cu?term=2015-2020", "/#/xa/son-la/pu-bau" })
        {
            await portal.Page.GotoAsync(screen);
            await Expect(portal.Page.Locator("main h1")).Not.ToBeEmptyAsync();
            await Expect(portal.Page.Locator("main .loading")).ToHaveCountAsync(0); // the page and its progress section loaded
            await Expect(portal.Page.Locator("main")).Not.ToContainTextAsync("Đang tải…");
            found.AddRange(await RawTextAsync(portal, screen));
            // Each decision's form, opened (and left unsent).
            foreach (var decision in new[] { "Trả lại", "Xác nhận", "Mở lại" })
            {
                var button = portal.Page.Locator(".review-actions").GetByRole(AriaRole.Button, new() { Name = decision, Exact = true });
                if (await button.CountAsync() == 0) continue;
                await button.ClickAsync();
                found.AddRange(await RawTextAsync(portal, $"{screen} {decision}"));
            }
        }
        Assert.Empty(found);
        Assert.Empty(portal.Errors);
    }

    [Theory]
    [MemberData(nameof(Widths))]
    public async Task The_clerks_screens_say_everything_in_Vietnamese(int width)
    {
        await using var portal = await fixture.OpenAsync(width);
        await portal.SignInAsync(fixture.KeyFor("son-la/bo-sinh"));
        var page = portal.Page;
        var found = new List<string>();
        await Expect(page.Locator(".history-body")).Not.ToBeEmptyAsync();
        found.AddRange(await RawTextAsync(portal, "upload page"));

        await page.GetByLabel("Chọn tệp biểu chỉ tiêu").SetInputFilesAsync(PortalPage.Sample("pu-bau-2020-2025.xlsx"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra trước (không lưu)" }).ClickAsync();
        await Expect(page.Locator(".check-result")).ToContainTextAsync("chưa được gửi");
        found.AddRange(await RawTextAsync(portal, "check-only"));

        // A Word report checked: where its annexes would go, and "Báo cáo và biểu" with each disagreement quoted.
        await page.GetByLabel("Chọn tệp biểu chỉ tiêu").SetInputFilesAsync(new FilePayload
        {
            Name = "bo-sinh-report-2025.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = File.ReadAllBytes(Workbooks.RepositoryLayout.Sample("bo-sinh-report-2025.docx")),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra trước (không lưu)" }).ClickAsync();
        await Expect(page.Locator(".check-result .report-check li.report-finding").First).ToBeVisibleAsync();
        found.AddRange(await RawTextAsync(portal, "report check"));

        await page.GotoAsync("/#/xa/son-la/bo-sinh");
        await Expect(page.Locator("main h1")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("main .loading")).ToHaveCountAsync(0);
        found.AddRange(await RawTextAsync(portal, "merged view"));

        // The progress toward the 2025–2030 targets, year by year, as the clerk reaches it.
        await page.GotoAsync("/#/xa/son-la/bo-sinh?term=2025-2030");
        await Expect(page.Locator("section.progress-section article.progress-indicator").First).ToBeVisibleAsync();
        await Expect(page.Locator("main .loading")).ToHaveCountAsync(0);
        found.AddRange(await RawTextAsync(portal, "progress"));

        // A predecessor's page with its review state, its uploads and its history of uploads and decisions.
        await page.GotoAsync("/#/");
        await page.GetByLabel("Xã", new() { Exact = true }).SelectOptionAsync("son-la/pu-bau");
        await page.GetByLabel("Nhiệm kỳ", new() { Exact = true }).SelectOptionAsync("2015-2020");
        await Expect(page.Locator(".review-history-body")).Not.ToContainTextAsync("Đang tải…");
        await Expect(page.Locator(".result-body")).Not.ToContainTextAsync("Đang tải…");
        found.AddRange(await RawTextAsync(portal, "predecessor 2015-2020 with its review"));
        Assert.Empty(found);
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task The_exports_say_everything_in_Vietnamese()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la"));
        var page = portal.Page;
        var found = new List<string>();
        await page.GotoAsync("/#/tinh?term=2020-2025");
        await Expect(page.Locator("table.communes tr[data-commune='son-la/pu-bau']")).ToContainTextAsync("Đã chấm");
        found.AddRange(RawIn("province table", await DownloadTextAsync(page, "Tải bảng CSV (.csv)")));
        await page.GotoAsync("/#/xa/son-la/bo-sinh");
        await Expect(page.Locator("main h1")).ToContainTextAsync("Bó Sinh");
        found.AddRange(RawIn("merged indicators", await DownloadTextAsync(page, "Tải CSV (.csv)")));
        await page.GotoAsync("/#/tinh?term=2025-2030");
        await Expect(page.Locator("table.communes tr[data-commune='son-la/bo-sinh'] td[data-label='Tiến độ: năm gần nhất']")).ToHaveTextAsync("2027");
        found.AddRange(RawIn("province table with progress", await DownloadTextAsync(page, "Tải bảng CSV (.csv)")));
        await page.GotoAsync("/#/xa/son-la/bo-sinh?term=2025-2030");
        await Expect(page.Locator("section.progress-section article.progress-indicator").First).ToBeVisibleAsync();
        found.AddRange(RawIn("progress", await DownloadTextAsync(page, "Tải tiến độ CSV (.csv)")));
        await page.GotoAsync("/#/xa/son-la/pu-bau?term=2020-2025");
        await Expect(page.Locator("main h1")).ToContainTextAsync("Pú Bẩu");
        if (await page.GetByRole(AriaRole.Button, new() { Name = "Tải CSV (.csv)" }).CountAsync() > 0)
            found.AddRange(RawIn("annex", await DownloadTextAsync(page, "Tải CSV (.csv)")));
        Assert.Empty(found);
    }

    private static async Task<IEnumerable<string>> RawTextAsync(PortalPage portal, string screen) =>
        RawIn(screen, await portal.Page.Locator("body").InnerTextAsync());

    // A file's name is the clerk's own ("bo-sinh-2026-results.xlsx", "bo-sinh-report-2025.docx"), shown as it was sent, not the portal's words.
    [GeneratedRegex(@"\S+\.(?:xlsx?|docx)\b", RegexOptions.CultureInvariant)]
    private static partial Regex FileName();

    private static IEnumerable<string> RawIn(string where, string text) =>
        text.Split('\n').Select(line => FileName().Replace(line, "")).SelectMany(line => Raw().Matches(line).Select(m => $"{where}: \"{m.Value}\" in \"{line.Trim()[..Math.Min(line.Trim().Length, 120)]}\""));

    private static async Task<string> DownloadTextAsync(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).First.ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{download.SuggestedFilename}");
        await download.SaveAsAsync(path);
        try
        {
            return await File.ReadAllTextAsync(path);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
