using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pipeline.Portal.Tests;

/// <summary>
/// Yearly progress toward the term's targets (issue 16): the new Bó Sinh's clerk sends its 2026 and 2027
/// results for 2025–2030, with and without choosing the period; the progress view shows the years and the
/// hand-checked figures of docs/progress.md; the province's dashboard counts them and lists the indicators
/// communes are behind on.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ProgressTests(PortalFixture fixture) : IAsyncLifetime
{
    private const string Nbsp = "\u00a0";
    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 90_000 };

    public Task InitializeAsync() => fixture.SeedPredecessorsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_clerk_sends_two_years_and_reads_the_progress_with_the_hand_checked_figures()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/bo-sinh"));
        var page = portal.Page;
        var period = page.GetByLabel("Kỳ báo cáo");

        // The term's years after its first (the baseline year), the whole term and the mid-term review; nothing chosen by default.
        await Expect(period.Locator("option")).ToHaveTextAsync(["Để hệ thống đọc từ tiêu đề biểu", "Cả nhiệm kỳ", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030", "Sơ kết giữa nhiệm kỳ"]);
        await Expect(period).ToHaveValueAsync("");

        // 2026 chosen as the period; 2027 left to the file's titles.
        await period.SelectOptionAsync("2026");
        await portal.SendAsync(PortalPage.Sample("bo-sinh-2026-results.xlsx"));
        await Expect(portal.UploadStatus).ToContainTextAsync("Đã xử lý xong", Slow);
        await Expect(portal.UploadStatus).ToContainTextAsync("biểu năm 2026 hiện hành");
        await period.SelectOptionAsync("");
        await portal.SendAsync(PortalPage.Sample("bo-sinh-2027-results.xlsx"));
        await Expect(portal.UploadStatus).ToContainTextAsync("Đã xử lý xong", Slow);
        await Expect(portal.UploadStatus).ToContainTextAsync("biểu năm 2027 hiện hành");

        // The uploads list says each one's year; the whole term's annex is still the targets plan.
        var history = page.Locator(".history-body");
        await Expect(history.Locator("tr", new() { HasText = "bo-sinh-2026-results.xlsx" }).First).ToContainTextAsync("2025-2030 · Năm 2026");
        await Expect(history.Locator("tr", new() { HasText = "bo-sinh-2027-results.xlsx" }).First).ToContainTextAsync("2025-2030 · Năm 2027");
        await Expect(page.Locator(".result-body table.plan-table")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem tiến độ thực hiện chỉ tiêu nhiệm kỳ 2025-2030 của xã Bó Sinh" }).ClickAsync();
        var section = page.Locator("section.progress-section");
        await Expect(section.Locator("h2")).ToHaveTextAsync("Tiến độ thực hiện chỉ tiêu nhiệm kỳ 2025-2030");
        await Expect(section).ToContainTextAsync("Các năm đã có kết quả: 2026, 2027");

        // By hand (docs/progress.md): budget revenue 420 → 515; 2026: 452, 32 / 95 = 33,68 % against 20 % expected, on track;
        // 2027, an estimate: 455, 35 / 95 = 36,84 % against 40 %, behind.
        var budget = section.Locator("article.progress-indicator[data-code='budget-revenue']");
        await Expect(budget.Locator(".progress-meta")).ToContainTextAsync("Mốc đầu nhiệm kỳ: 420");
        await Expect(budget.Locator(".progress-meta")).ToContainTextAsync("Chỉ tiêu đến năm 2030: 515");
        var y2026 = budget.Locator("tr[data-period='2026']");
        await Expect(y2026.Locator("td[data-label='Kết quả']")).ToHaveTextAsync("452");
        await Expect(y2026.Locator("td[data-label='Đã đi (%)']")).ToHaveTextAsync($"33,68{Nbsp}%");
        await Expect(y2026.Locator("td[data-label='Cần đạt (%)']")).ToHaveTextAsync($"20{Nbsp}%");
        await Expect(y2026.Locator("td[data-label='Đánh giá'] .badge")).ToHaveTextAsync("Đúng tiến độ");
        var y2027 = budget.Locator("tr[data-period='2027']");
        await Expect(y2027.Locator("td[data-label='Kết quả']")).ToHaveTextAsync("455 (ước)");
        await Expect(y2027.Locator("td[data-label='Đã đi (%)']")).ToHaveTextAsync($"36,84{Nbsp}%");
        await Expect(y2027.Locator("td[data-label='Cần đạt (%)']")).ToHaveTextAsync($"40{Nbsp}%");
        await Expect(y2027.Locator("td[data-label='Đánh giá'] .badge")).ToHaveTextAsync("Chậm");
        // The chart says what it shows; the table is its text alternative.
        var chart = budget.Locator("canvas[role='img']");
        await Expect(chart).ToBeVisibleAsync();
        Assert.Contains("năm 2027: 455 (ước)", await chart.GetAttributeAsync("aria-label"), StringComparison.Ordinal);

        // Only the behind ones, by the latest year.
        await section.GetByLabel("Hiển thị chỉ tiêu (theo năm gần nhất)").SelectOptionAsync("late");
        await Expect(budget).ToBeVisibleAsync();
        await Expect(section.Locator("article.progress-indicator[data-latest='onTrack']").First).ToBeHiddenAsync();

        // Exported with title rows; numbers stay numbers.
        var csv = DownloadedTable.ReadCsv(await DownloadAsync(page, "Tải tiến độ CSV (.csv)"));
        Assert.Equal(["Xã Bó Sinh", "Nhiệm kỳ 2025-2030"], csv.Titles.Take(2));
        var budgetRows = csv.Rows.Skip(1).Where(r => (string?)r[csv.Column("Chỉ tiêu")] == "Thu ngân sách trên địa bàn").ToList();
        Assert.Equal(["2026", "2027"], budgetRows.Select(r => r[csv.Column("Năm")]?.ToString()));
        Assert.Equal(("452", "33,68", "20", "Đúng tiến độ"), ((string?)budgetRows[0][csv.Column("Kết quả")], (string?)budgetRows[0][csv.Column("Đã đi (%)")],
            (string?)budgetRows[0][csv.Column("Cần đạt (%)")], (string?)budgetRows[0][csv.Column("Đánh giá")]));
        Assert.Equal("Có", budgetRows[1][csv.Column("Số ước tính")]);
        var xlsx = DownloadedTable.ReadXlsx(await DownloadAsync(page, "Tải tiến độ Excel (.xlsx)"));
        var row = xlsx.Rows.Skip(1).First(r => (string?)r[xlsx.Column("Chỉ tiêu")] == "Thu ngân sách trên địa bàn");
        Assert.Equal((2026d, 452d, 420d, 515d), (row[xlsx.Column("Năm")], row[xlsx.Column("Kết quả")], row[xlsx.Column("Mốc đầu nhiệm kỳ")], row[xlsx.Column("Chỉ tiêu nhiệm kỳ")]));
        Assert.Equal(33.68, Assert.IsType<double>(row[xlsx.Column("Đã đi (%)")]), 2);
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task The_province_dashboard_counts_each_communes_progress_sorts_exports_and_lists_the_indicators_behind()
    {
        await fixture.SeedYearsAsync();
        var officer = fixture.KeyFor("son-la");
        var rollup = await fixture.GetJsonAsync("/api/provinces/son-la/summary?term=2025-2030", officer);
        var counts = rollup.GetProperty("communes").EnumerateArray().Single(c => c.GetProperty("commune").GetString() == "son-la/bo-sinh").GetProperty("progress");
        Assert.Equal(2027, counts.GetProperty("latestPeriod").GetInt32());

        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(officer);
        var page = portal.Page;
        await page.GotoAsync("/#/tinh?term=2025-2030");
        var boSinh = page.Locator("table.communes tr[data-commune='son-la/bo-sinh']");
        foreach (var (label, property) in new[] { ("Tiến độ: đã đạt", "reached"), ("Tiến độ: đúng tiến độ", "onTrack"), ("Tiến độ: chậm", "behind"), ("Tiến độ: rất chậm", "farBehind") })
            await Expect(boSinh.Locator($"td[data-label='{label}']")).ToHaveTextAsync(counts.GetProperty(property).GetInt32().ToString(CultureInfo.InvariantCulture));
        await Expect(boSinh.Locator("td[data-label='Tiến độ: năm gần nhất']")).ToHaveTextAsync("2027");
        await Expect(page.Locator("table.communes th[scope='colgroup']")).ToContainTextAsync("Tiến độ so với chỉ tiêu nhiệm kỳ");

        // Sortable like the other columns: the commune with counts first, the empty cells last.
        await page.Locator("table.communes th button", new() { HasText = "Chậm" }).First.ClickAsync();
        await Expect(page.Locator("table.communes th[aria-sort='ascending']")).ToContainTextAsync("Chậm");
        await Expect(page.Locator("table.communes tbody tr").First).ToHaveAttributeAsync("data-commune", "son-la/bo-sinh");

        // The indicators the communes are behind on: budget revenue is behind in Bó Sinh's 2027 (36,84 % of the way against 40 %).
        var slow = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Chỉ tiêu nhiều xã đang chậm" }) });
        await Expect(slow.Locator("[role='status']")).ToContainTextAsync("Tính từ tiến độ của 1 xã.");
        await Expect(slow.Locator("li", new() { HasText = "Thu ngân sách trên địa bàn" })).ToContainTextAsync("chậm ở Bó Sinh");

        var csv = DownloadedTable.ReadCsv(await DownloadAsync(page, "Tải bảng CSV (.csv)"));
        var line = csv.RowWhere("Xã", "Bó Sinh");
        Assert.Equal(counts.GetProperty("behind").GetInt32().ToString(CultureInfo.InvariantCulture), line[csv.Column("Tiến độ: chậm")]);
        Assert.Equal("2027", line[csv.Column("Tiến độ: năm gần nhất")]);

        // A term without yearly results has neither the columns nor the list.
        await page.GotoAsync("/#/tinh?term=2020-2025");
        await Expect(page.Locator("table.communes tr[data-commune='son-la/pu-bau']")).ToContainTextAsync("Đã chấm");
        await Expect(page.Locator("table.communes th[scope='colgroup']")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Chỉ tiêu nhiều xã đang chậm" })).ToHaveCountAsync(0);
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task A_commune_without_a_targets_annex_for_the_term_is_told_so_plainly()
    {
        await fixture.SeedYearsAsync();
        // The merged view links to the new term's progress.
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la"));
        var page = portal.Page;
        await page.GotoAsync("/#/xa/son-la/bo-sinh");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem tiến độ thực hiện chỉ tiêu nhiệm kỳ 2025-2030 theo từng năm" }).ClickAsync();
        await Expect(page.Locator("section.progress-section article.progress-indicator").First).ToBeVisibleAsync();
        // An end-of-term annex without yearly results: no years yet, said in words.
        await page.GotoAsync("/#/xa/son-la/pu-bau?term=2020-2025");
        await Expect(page.Locator("section.progress-section")).ToContainTextAsync("Chưa có kết quả năm nào của nhiệm kỳ 2020-2025");
        // A term the commune has no targets annex for.
        Assert.Equal(404, await fixture.StatusCodeOfAsync("/api/communes/son-la/pu-bau/progress?term=2025-2030", fixture.KeyFor("son-la")));
        await page.GotoAsync("/#/xa/son-la/pu-bau?term=2025-2030");
        await Expect(page.Locator("section.progress-section .progress-missing")).ToContainTextAsync("Xã chưa có biểu chỉ tiêu cả nhiệm kỳ 2025-2030 nên chưa theo dõi được tiến độ thực hiện.");
        Assert.Empty(portal.Errors);
    }

    private static async Task<string> DownloadAsync(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync());
        Assert.Null(await download.FailureAsync());
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{download.SuggestedFilename}");
        await download.SaveAsAsync(path);
        return path;
    }
}
