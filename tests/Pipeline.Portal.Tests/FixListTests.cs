using Microsoft.Playwright;
using Pipeline.Workbooks;
using static Microsoft.Playwright.Assertions;

namespace Pipeline.Portal.Tests;

/// <summary>The clerk's fix-list: each problem with the cell to correct and what to write there, a jump to its row, a filter, a legend.</summary>
[Collection(PortalCollection.Name)]
public sealed class FixListTests(PortalFixture fixture) : IAsyncLifetime
{

    public Task InitializeAsync() => fixture.SeedPredecessorsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_fix_list_names_the_cell_and_what_to_write_and_leads_to_the_row()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/pu-bau"));
        var page = portal.Page;
        await page.GetByLabel("Chọn tệp biểu chỉ tiêu").SetInputFilesAsync(PortalPage.Sample("pu-bau-2020-2025.xlsx"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra trước (không lưu)" }).ClickAsync();
        var check = page.Locator(".check-result");
        var list = check.Locator(".fix-list");

        // Row 23 of Pú Bẩu: "Đạt" and 90 % for 18 against 29 — both its verdict (G30) and its percent (F30).
        var item = list.Locator("li", new() { HasText = "Chỉ tiêu 23 — dòng 30, cột G" });
        await Expect(item).ToContainTextAsync("Sửa đánh giá thành “Không đạt”");
        await Expect(list.Locator("li", new() { HasText = "Chỉ tiêu 23 — dòng 30, cột F" })).ToContainTextAsync("Sửa tỷ lệ thành 62,07 %");
        await Expect(list.Locator("li").First).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("finding-error")); // errors first
        await Expect(list.Locator(".legend")).ToContainTextAsync("Cảnh báo");
        // Errors counted apart from warnings, as the province's "Số lỗi" counts them: the same number on both screens.
        var errors = (await fixture.GetJsonAsync("/api/provinces/son-la/summary?term=2020-2025", fixture.KeyFor("son-la"))).GetProperty("communes")
            .EnumerateArray().Single(c => c.GetProperty("commune").GetString() == "son-la/pu-bau").GetProperty("errorCount").GetInt32();
        await Expect(list.Locator("h3")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex($"^Cần sửa trong tệp: {errors} lỗi, \\d+ cảnh báo$"));

        await item.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(check.Locator("tr[data-ordinal='23']")).ToBeFocusedAsync();

        var rows = check.Locator("table.annex-table tbody tr");
        await Expect(rows).ToHaveCountAsync(26);
        await list.GetByLabel("Chỉ hiện dòng có vấn đề").CheckAsync();
        await Expect(check.Locator("table.annex-table tbody tr:visible")).ToHaveCountAsync(await check.Locator("table.annex-table tbody tr.flagged").CountAsync());
        Assert.True(await check.Locator("table.annex-table tbody tr.flagged").CountAsync() < 26);
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task Only_the_current_upload_is_marked_current_in_the_history()
    {
        Assert.Equal("scored", await fixture.UploadAndWaitAsync("son-la/chieng-en", "2020-2025",
            await File.ReadAllBytesAsync(Workbooks.RepositoryLayout.Sample("chieng-en-2020-2025.xlsx")), "chieng-en-lan-2.xlsx"));
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/chieng-en"));
        var history = portal.Page.Locator(".history-body");
        await Expect(history.Locator("tr.upload-scored")).Not.ToHaveCountAsync(0);
        await Expect(history.Locator(".badge-current")).ToHaveCountAsync(1);
        await Expect(history.Locator("tr", new() { Has = portal.Page.Locator(".badge-current") })).ToContainTextAsync("chieng-en-lan-2.xlsx");
        Assert.True(await history.Locator("tr.upload-scored").CountAsync() >= 2);
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task An_annex_of_hundreds_of_flagged_rows_lists_the_first_and_says_how_many_more_and_the_province_counts_them_all()
    {
        // 300 rows each wrong twice over (percent and verdict), as Pú Bẩu's 2020–2025 annex for a while; the seed annex is sent again after.
        Assert.Equal("scored", await fixture.UploadAndWaitAsync("son-la/pu-bau", "2020-2025", AnnexWorkbook.ToBytes(LargeAnnex.Flagged(300)), "pu-bau-300-dong.xlsx"));
        try
        {
            var summary = await fixture.GetJsonAsync("/api/communes/son-la/pu-bau/summary?term=2020-2025", fixture.KeyFor("son-la/pu-bau"));
            var totals = summary.GetProperty("findingTotals");
            var (error, warning, info) = (totals.GetProperty("error").GetInt32(), totals.GetProperty("warning").GetInt32(), totals.GetProperty("info").GetInt32());
            var listed = summary.GetProperty("findings").GetArrayLength();
            Assert.True(error + warning + info > listed, "the annex has more findings than a summary lists");

            await using var portal = await fixture.OpenAsync();
            await portal.SignInAsync(fixture.KeyFor("son-la/pu-bau"));
            var page = portal.Page;
            await page.GotoAsync("/#/xa/son-la/pu-bau?term=2020-2025");
            // The summary's "Phát hiện" panel (the scored annex below lists each row's findings too).
            var panel = page.Locator("section[aria-labelledby='findings-heading']");
            await Expect(page.Locator(".annex-slot table.annex-table tbody tr")).ToHaveCountAsync(300);
            await Expect(panel.Locator("ul.findings > li")).ToHaveCountAsync(listed);
            await Expect(panel.Locator(".unlisted-findings")).ToContainTextAsync($"Còn {Number(error + warning + info - listed)} phát hiện khác");
            await Expect(panel.Locator(".unlisted-findings")).ToContainTextAsync($"Tổng cộng {Number(error)} lỗi");

            // The province's "Số lỗi" counts every error, not the few its line lists.
            await using var province = await fixture.OpenAsync();
            await province.SignInAsync(fixture.KeyFor("son-la"));
            await province.Page.GotoAsync("/#/tinh?term=2020-2025");
            await Expect(province.Page.Locator("table.communes tr[data-commune='son-la/pu-bau'] td[data-label='Số lỗi']")).ToHaveTextAsync(Number(error));
            Assert.Empty(portal.Errors);
            Assert.Empty(province.Errors);
        }
        finally
        {
            Assert.Equal("scored", await fixture.UploadAndWaitAsync("son-la/pu-bau", "2020-2025",
                await File.ReadAllBytesAsync(Workbooks.RepositoryLayout.Sample("pu-bau-2020-2025.xlsx")), "pu-bau-2020-2025.xlsx"));
        }
    }

    /// <summary>A count as the portal writes it (Vietnamese thousands separator).</summary>
    private static string Number(int value) => value.ToString("#,0", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}
