using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pipeline.Portal.Tests;

/// <summary>The clerk's fix-list: each problem with the cell to correct and what to write there, a jump to its row, a filter, a legend.</summary>
[Collection(PortalCollection.Name)]
public sealed class FixListTests(PortalFixture fixture) : IAsyncLifetime
{
    static FixListTests() => SetDefaultExpectTimeout(30_000);

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
            .EnumerateArray().Single(c => c.GetProperty("commune").GetString() == "son-la/pu-bau").GetProperty("errors").GetArrayLength();
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
}
