using Microsoft.Playwright;
using Pipeline.Workbooks;
using static Microsoft.Playwright.Assertions;

namespace Pipeline.Portal.Tests;

/// <summary>
/// The province's review (issue 15) in Chromium, as both roles: the clerk uploads, the province
/// returns it with a comment on a row, the clerk sees the banner and the row's comment and sends a
/// fix, the province confirms, the clerk's next upload is refused with the lock's message, the
/// province reopens. Pú Bẩu's 2015–2020 annex, which no other test reads as returned or confirmed;
/// the loop ends reopened, so a later upload for it is taken as before.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ReviewTests(PortalFixture fixture) : IAsyncLifetime
{
    private const string Term = "2015-2020";
    private const string Drill = "/#/xa/son-la/pu-bau?term=" + Term;
    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 90_000 };

    public Task InitializeAsync() => fixture.SeedPredecessorsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Pú Bẩu's annex titled for 2015–2020, so that sending it for that term is not held.</summary>
    private static FilePayload PuBau2015(string name) => new()
    {
        Name = name,
        MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Buffer = AnnexWorkbook.ToBytes(SeedAnnexes.PuBau with
        {
            Titles = ["BIỂU SỐ 02", "KẾT QUẢ THỰC HIỆN NGHỊ ĐẠI HỘI ĐẢNG BỘ XÃ PÚ BẨU", "NHIỆM KỲ 2015-2020"],
        }),
    };

    // Waits for the keyboard to land there: focus moves once the page has reloaded what the action changed.
    private static Task ExpectFocusOnAsync(IPage page, string className) =>
        Expect(page.Locator("*:focus")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex($@"(^|\s){className}(\s|$)"), new() { Timeout = 30_000 });

    [Fact]
    public async Task Clerk_and_province_go_round_the_review_loop_return_fix_confirm_refuse_reopen()
    {
        await using var clerk = await fixture.OpenAsync();
        await clerk.SignInAsync(fixture.KeyFor("son-la/pu-bau"));
        await using var officer = await fixture.OpenAsync();
        await officer.SignInAsync(fixture.KeyFor("son-la"));
        var status = clerk.UploadStatus;

        // 1. The clerk sends the annex; the keyboard goes to the outcome.
        await clerk.SendAsync(PuBau2015("pu-bau-2015-2020.xlsx"), term: Term);
        await Expect(status).ToContainTextAsync("Đã xử lý xong", Slow);
        await ExpectFocusOnAsync(clerk.Page, "upload-status");
        await Expect(clerk.Page.Locator(".result-body .review-line")).ToContainTextAsync("Chờ duyệt");

        // 2. The province returns it: a general comment is required, row 23 gets its own.
        var page = officer.Page;
        await page.GotoAsync(Drill);
        var panel = page.Locator(".review-panel");
        await Expect(panel.Locator(".review-summary")).ToContainTextAsync("Chờ duyệt");
        await Expect(page.Locator(".uploads-body")).ToContainTextAsync("pu-bau-2015-2020.xlsx");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Trả lại", Exact = true }).ClickAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Trả lại biểu cho xã" }).ClickAsync();
        await Expect(panel.Locator(".form-error")).ToContainTextAsync("Hãy ghi nhận xét chung");
        await panel.GetByLabel("Nhận xét chung (bắt buộc)").FillAsync("Sửa chỉ tiêu 23 rồi gửi lại.");
        await panel.GetByLabel("Chỉ tiêu", new() { Exact = true }).SelectOptionAsync("23");
        await panel.GetByLabel("Nhận xét cho chỉ tiêu này").FillAsync("Tỷ lệ phải là 62,07 %, không đạt.");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Thêm nhận xét chỉ tiêu" }).ClickAsync();
        await Expect(panel.Locator(".chosen-rows")).ToContainTextAsync("Chỉ tiêu 23:");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Trả lại biểu cho xã" }).ClickAsync();
        await Expect(panel.Locator(".review-result")).ToContainTextAsync("Đã trả lại biểu cho xã.");
        await ExpectFocusOnAsync(page, "review-result");
        await Expect(panel.Locator(".review-summary")).ToContainTextAsync("Đã trả lại");
        var history = page.Locator(".review-history-body");
        await Expect(history.Locator("li.history-return")).ToContainTextAsync("Sửa chỉ tiêu 23 rồi gửi lại.");
        await Expect(history.Locator("li.history-return")).ToContainTextAsync("Cán bộ tỉnh Sơn La");
        await Expect(history.Locator("li.history-return")).ToContainTextAsync("Chỉ tiêu 23: Tỷ lệ phải là 62,07 %, không đạt.");
        await Expect(history.Locator("li.history-upload")).ToHaveCountAsync(1);

        // 3. The clerk sees the banner, who returned it and when, and row 23's comment in the fix-list.
        await clerk.Page.ReloadAsync();
        await clerk.Page.GetByLabel("Nhiệm kỳ", new() { Exact = true }).SelectOptionAsync(Term);
        var banner = clerk.Page.Locator(".result-body .review-banner-returned");
        await Expect(banner).ToContainTextAsync("Tỉnh đã trả lại biểu này");
        await Expect(banner).ToContainTextAsync("Cán bộ tỉnh Sơn La");
        await Expect(banner).ToContainTextAsync("Nhận xét: Sửa chỉ tiêu 23 rồi gửi lại.");
        await Expect(clerk.Page.Locator(".fix-list li.finding-review")).ToContainTextAsync("Chỉ tiêu 23");
        await Expect(clerk.Page.Locator(".fix-list li.finding-review")).ToContainTextAsync("Tỷ lệ phải là 62,07 %, không đạt.");
        await Expect(clerk.Page.Locator(".result-body tr[data-ordinal='23'] .finding-review")).ToContainTextAsync("Tỉnh nhận xét");
        await Expect(clerk.Page.Locator(".review-history-body li.history-return")).ToContainTextAsync("Sửa chỉ tiêu 23 rồi gửi lại.");

        // 4. The clerk sends a fix: submitted again, the banner gone.
        await clerk.SendAsync(PuBau2015("pu-bau-2015-2020-da-sua.xlsx"));
        await Expect(status).ToContainTextAsync("Đã xử lý xong", Slow);
        await Expect(clerk.Page.Locator(".result-body .review-line")).ToContainTextAsync("Chờ duyệt");
        await Expect(clerk.Page.Locator(".result-body .review-banner")).ToHaveCountAsync(0);

        // 5. The province confirms it, asked once more first.
        await page.ReloadAsync();
        await Expect(panel.Locator(".review-summary")).ToContainTextAsync("Chờ duyệt");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Xác nhận", Exact = true }).ClickAsync();
        await Expect(panel.Locator(".review-form")).ToContainTextAsync("biểu bị khóa");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Đồng ý xác nhận" }).ClickAsync();
        await Expect(panel.Locator(".review-summary")).ToContainTextAsync("Đã xác nhận");
        await Expect(history.Locator("li.history-confirm")).ToHaveCountAsync(1);

        // 6. The clerk's page says it is locked; a new upload is refused with the API's sentence.
        await clerk.Page.ReloadAsync();
        await clerk.Page.GetByLabel("Nhiệm kỳ", new() { Exact = true }).SelectOptionAsync(Term);
        await Expect(clerk.Page.Locator(".result-body .review-banner-confirmed")).ToContainTextAsync("mở lại");
        await clerk.SendAsync(PuBau2015("pu-bau-lan-3.xlsx"));
        await Expect(status).ToContainTextAsync("Không gửi được — biểu đã được tỉnh xác nhận", Slow);
        await Expect(status.Locator(".locked-advice")).ToContainTextAsync("đề nghị cán bộ tỉnh mở lại");
        await ExpectFocusOnAsync(clerk.Page, "upload-status");

        // 7. The province reopens it, with a reason: submitted again, every step in the history.
        await page.ReloadAsync();
        await panel.GetByRole(AriaRole.Button, new() { Name = "Mở lại", Exact = true }).ClickAsync();
        await panel.GetByLabel("Lý do mở lại (bắt buộc)").FillAsync("Xã xin nộp lại số liệu bổ sung.");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Mở lại biểu" }).ClickAsync();
        await Expect(panel.Locator(".review-summary")).ToContainTextAsync("Chờ duyệt");
        await Expect(history.Locator("li.history-reopen")).ToContainTextAsync("Xã xin nộp lại số liệu bổ sung.");
        await Expect(history.Locator("li.history-upload")).ToHaveCountAsync(2);
        await Expect(history.Locator("li").First).ToContainTextAsync("Mở lại"); // newest first

        // The dashboard lists it as awaiting review, and its filter finds it.
        await page.GotoAsync($"/#/tinh?term={Term}");
        var row = page.Locator("table.communes tr[data-commune='son-la/pu-bau']");
        await Expect(row.Locator("td[data-label='Duyệt']")).ToContainTextAsync("Chờ duyệt");
        await page.GetByLabel("Hiển thị").SelectOptionAsync("awaiting");
        await Expect(row).ToBeVisibleAsync();
        await page.GetByLabel("Hiển thị").SelectOptionAsync("confirmed");
        await Expect(row).ToHaveCountAsync(0);
        Assert.DoesNotContain(clerk.Errors, e => !e.Contains("409", StringComparison.Ordinal)); // the refusal is an answer
        Assert.Empty(officer.Errors);
    }

    [Fact]
    public async Task The_province_sets_the_deadline_and_sees_late_communes_and_the_confirmed_only_totals()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la"));
        var page = portal.Page;
        await page.GotoAsync($"/#/tinh?term={Term}");
        var overview = page.Locator(".review-overview");
        await Expect(overview).ToContainTextAsync("Chờ duyệt");

        // A deadline long past: every commune of the term is late, whether it sent its annex or not.
        await overview.GetByLabel($"Hạn nộp biểu nhiệm kỳ {Term}").FillAsync("2020-06-30");
        await overview.GetByRole(AriaRole.Button, new() { Name = "Đặt hạn nộp" }).Or(overview.GetByRole(AriaRole.Button, new() { Name = "Đổi hạn nộp" })).ClickAsync();
        await Expect(page.Locator(".deadline-status")).ToContainTextAsync("Đã lưu hạn nộp 30/06/2020");
        await ExpectFocusOnAsync(page, "deadline-status");
        await Expect(overview).ToContainTextAsync("Hạn nộp: 30/06/2020");
        await Expect(overview.Locator("dt", new() { HasText = "Trễ hạn" })).ToBeVisibleAsync();
        await page.GetByLabel("Hiển thị").SelectOptionAsync("late");
        await Expect(page.Locator("table.communes tbody tr[data-commune]").First).ToContainTextAsync("trễ hạn");

        await page.GetByLabel("Chỉ tính biểu đã xác nhận").CheckAsync();
        await Expect(page.Locator(".confirmed-only-notice")).ToContainTextAsync("chỉ tính");
        await Expect(page.GetByLabel("Chỉ tính biểu đã xác nhận")).ToBeCheckedAsync();
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task A_commune_without_a_scored_annex_still_shows_its_uploads_and_history_to_the_province()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la"));
        var page = portal.Page;
        // Bó Sinh (cũ) sent only its 2020–2025 annex: nothing scored for 2015–2020.
        await page.GotoAsync("/#/xa/son-la/bo-sinh-cu?term=2015-2020");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Chưa có biểu");
        await Expect(page.Locator(".uploads-body")).ToContainTextAsync("bo-sinh-2020-2025.xlsx");
        await Expect(page.Locator(".review-history-body")).ToContainTextAsync("Chưa có lần nộp hay quyết định nào");
        await Expect(page.GetByLabel("Nhiệm kỳ", new() { Exact = true })).ToHaveValueAsync("2015-2020");
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task A_drill_down_without_a_term_shows_the_first_term_and_a_term_picker()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la"));
        var page = portal.Page;
        await page.GotoAsync("/#/xa/son-la/pu-bau");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Xã Pú Bẩu");
        await Expect(page.Locator("main .lead")).ToContainTextAsync("Nhiệm kỳ 2020-2025");
        await Expect(page.GetByLabel("Nhiệm kỳ", new() { Exact = true })).ToHaveValueAsync("2020-2025");
        await page.GetByLabel("Nhiệm kỳ", new() { Exact = true }).SelectOptionAsync("2025-2030");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("term=2025-2030"));
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Chưa có biểu");

        // The merged view says, for each predecessor, whether what it stands on is confirmed.
        await page.GotoAsync("/#/xa/son-la/bo-sinh");
        await Expect(page.Locator("article.card[data-commune='son-la/pu-bau'] .predecessor-review")).ToContainTextAsync("chưa được tỉnh xác nhận");
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task After_Thu_lai_the_keyboard_is_on_what_was_loaded_not_on_the_page_body()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la"));
        var page = portal.Page;
        var failed = 0;
        // Storage busy once: the first answer is a 503, the retry's is the summary.
        await page.RouteAsync("**/api/communes/son-la/pu-bau/summary?*", async route =>
        {
            if (Interlocked.Increment(ref failed) == 1) await route.FulfillAsync(new() { Status = 503, ContentType = "application/problem+json", Body = "{\"detail\":\"Kho dữ liệu đang bận.\"}" });
            else await route.ContinueAsync();
        });
        await page.GotoAsync("/#/xa/son-la/pu-bau?term=2020-2025");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thử lại" }).ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("Xã Pú Bẩu");
        await page.WaitForFunctionAsync("() => document.activeElement?.tagName === 'H1'", null, new() { Timeout = 15_000 });
        Assert.DoesNotContain(portal.Errors, e => !e.Contains("status of 503", StringComparison.Ordinal)); // the refusal is an answer
    }

    [Fact]
    public async Task A_predecessors_own_clerk_is_offered_no_term_after_its_merger()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/pu-bau"));
        var terms = portal.Page.GetByLabel("Nhiệm kỳ", new() { Exact = true });
        await Expect(terms.Locator("option")).ToHaveTextAsync(["2015-2020", "2020-2025"]);
        await Expect(terms).ToHaveValueAsync("2020-2025");
        Assert.Empty(portal.Errors);
    }
}
