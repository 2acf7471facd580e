using Microsoft.Playwright;
using Pipeline.Workbooks;
using static Microsoft.Playwright.Assertions;

namespace Pipeline.Portal.Tests;

/// <summary>A commune clerk in the portal: sign-in, upload, live status, the scored table, check-only, access.</summary>
[Collection(PortalCollection.Name)]
public sealed class ClerkTests(PortalFixture fixture)
{
    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 90_000 };

    [Fact]
    public async Task A_remembered_key_that_stopped_working_is_said_so_on_reload()
    {
        await using var portal = await fixture.OpenAsync();
        // As if the key had been revoked since the tab remembered it.
        await portal.Page.EvaluateAsync("() => sessionStorage.setItem('pipeline.accessKey', 'khoa-da-thu-hoi')");
        await portal.Page.ReloadAsync();
        await Expect(portal.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Khóa truy cập đã lưu không còn dùng được");
        await Expect(portal.Page.GetByLabel("Khóa truy cập")).ToBeVisibleAsync();
        Assert.Null(await portal.Page.EvaluateAsync<string?>("() => sessionStorage.getItem('pipeline.accessKey')"));
    }

    [Fact]
    public async Task A_key_that_stops_working_while_the_tab_is_open_returns_to_the_sign_in_form_saying_why()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/pu-bau"));
        var page = portal.Page;
        await Expect(page.Locator(".history-body")).Not.ToBeEmptyAsync();
        // As if the key were revoked now: every API answer is 401 from here on.
        await page.RouteAsync("**/api/**", route => route.FulfillAsync(new() { Status = 401, ContentType = "application/problem+json", Body = "{\"code\":\"unauthorized\"}" }));
        await page.GetByLabel("Nhiệm kỳ", new() { Exact = true }).SelectOptionAsync("2015-2020");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Khóa truy cập đã lưu không còn dùng được");
        await Expect(page.GetByLabel("Khóa truy cập")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#who .who-name").CountAsync());
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('pipeline.accessKey')"));
    }

    [Fact]
    public async Task A_failed_check_and_a_term_change_are_said_where_the_keyboard_and_the_eye_are()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/pu-bau"));
        var page = portal.Page;
        await Expect(page.Locator(".result-body table.annex-table")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        // The old term's table goes at once: the new one's answer is slow here.
        await page.RouteAsync("**/api/communes/**", async route => { await Task.Delay(1500); await route.ContinueAsync(); });
        await page.GetByLabel("Nhiệm kỳ", new() { Exact = true }).SelectOptionAsync("2015-2020");
        await Expect(page.Locator(".result-body")).ToHaveTextAsync("Đang tải…", new() { Timeout = 1000 });
        await Expect(page.Locator(".history-body")).ToHaveTextAsync("Đang tải…", new() { Timeout = 1000 });
        await page.UnrouteAllAsync();

        // A check the API refuses (a file that is no workbook): the refusal is where the keyboard goes.
        await page.GetByLabel("Chọn tệp biểu chỉ tiêu").SetInputFilesAsync(new FilePayload { Name = "khong-phai-bieu.xlsx", MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Buffer = [1, 2, 3] });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra trước (không lưu)" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.matches('.upload-status, #check-heading')", null, new() { Timeout = 30_000 });
        Assert.DoesNotContain(portal.Errors, e => !e.Contains("status of 400", StringComparison.Ordinal)); // the refusal is an answer
    }

    [Fact]
    public async Task A_clerk_signs_in_with_the_key_and_the_tab_remembers_who_they_are()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/pu-bau"));

        await Expect(portal.Page.Locator("#who")).ToContainTextAsync("Cán bộ xã Pú Bẩu, tỉnh Sơn La");
        await portal.Page.ReloadAsync();
        await Expect(portal.Page.Locator("#who")).ToContainTextAsync("Cán bộ xã Pú Bẩu"); // sessionStorage, not a new sign-in
        await Expect(portal.Page.GetByRole(AriaRole.Heading, new() { Name = "Nộp biểu chỉ tiêu" })).ToBeVisibleAsync();
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task An_annex_sent_for_another_commune_than_its_title_names_is_held_until_the_clerk_decides()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/bo-sinh"));
        var page = portal.Page;

        // Check-only says so first.
        await page.GetByLabel("Xã", new() { Exact = true }).SelectOptionAsync("son-la/chieng-en");
        await page.GetByLabel("Nhiệm kỳ", new() { Exact = true }).SelectOptionAsync("2015-2020");
        await page.GetByLabel("Chọn tệp biểu chỉ tiêu").SetInputFilesAsync(PortalPage.Sample("pu-bau-2020-2025.xlsx"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra trước (không lưu)" }).ClickAsync();
        await Expect(page.Locator(".check-result .title-warnings")).ToContainTextAsync("nếu gửi, lần nộp sẽ chờ xác nhận", Slow);

        // Pú Bẩu's annex sent as Chiềng En's, for a term nobody else reads in these tests: held, not current.
        await portal.SendAsync(PortalPage.Sample("pu-bau-2020-2025.xlsx"), "son-la/chieng-en", "2015-2020");
        var status = portal.UploadStatus;
        await Expect(status).ToContainTextAsync("Cần xác nhận", Slow);
        await Expect(status).ToContainTextAsync("CHƯA thay biểu hiện hành");
        await Expect(status.Locator(".upload-warnings")).ToContainTextAsync("ghi tên xã “Pú Bẩu” nhưng được nộp cho xã Chiềng En");
        await Expect(status.Locator(".upload-warnings")).ToContainTextAsync("ghi nhiệm kỳ 2020-2025 nhưng được nộp cho nhiệm kỳ 2015-2020");
        await Expect(page.Locator(".history-body")).ToContainTextAsync("Cần xác nhận");
        // Left unanswered (the page closed), it can be settled from the history too.
        await Expect(page.Locator(".history-body tr.upload-held .history-decision button")).ToHaveCountAsync(2);

        await status.GetByRole(AriaRole.Button, new() { Name = "Hủy lần nộp này" }).ClickAsync();
        await Expect(status).ToContainTextAsync("Đã hủy");
        await Expect(page.Locator(".history-body")).ToContainTextAsync("Đã hủy");
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task A_held_annex_the_clerk_confirms_becomes_the_current_one()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/bo-sinh"));
        // Pú Bẩu's own 2020–2025 annex under a term no other test reads for Pú Bẩu: held for the term.
        await portal.SendAsync(PortalPage.Sample("pu-bau-2020-2025.xlsx"), "son-la/pu-bau", "2015-2020");
        var status = portal.UploadStatus;
        await Expect(status).ToContainTextAsync("Cần xác nhận", Slow);
        await status.GetByRole(AriaRole.Button, new() { Name = "Xác nhận: dùng biểu này" }).ClickAsync();
        await Expect(status).ToContainTextAsync("Đã chấm điểm");
        await Expect(status.Locator(".upload-warnings")).ToContainTextAsync("Đã xác nhận");
        await Expect(portal.Page.Locator(".history-body .badge-current")).ToHaveCountAsync(1);
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task A_wrong_key_is_refused_with_a_message_in_Vietnamese()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.Page.GetByLabel("Khóa truy cập").FillAsync("not-a-key");
        await portal.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();

        await Expect(portal.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Khóa truy cập không đúng");
        Assert.Equal(0, await portal.Page.Locator("#who .who-name").CountAsync());
    }

    [Fact]
    public async Task A_clerk_uploads_the_seed_annex_and_sees_it_scored_with_row_23_flagged()
    {
        await using var portal = await fixture.OpenAsync();
        var page = portal.Page;
        await portal.SignInAsync(fixture.KeyFor("son-la/pu-bau"));

        await portal.SendAsync(PortalPage.Sample("pu-bau-2020-2025.xlsx"), term: "2020-2025");

        var status = portal.UploadStatus;
        await Expect(status).ToContainTextAsync("Đã chấm điểm", Slow);
        var row23 = page.Locator(".result-body tr[data-ordinal='23']");
        await Expect(row23).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("flagged-error"));
        await Expect(row23).ToContainTextAsync("Đảng viên hoàn thành xuất sắc nhiệm vụ");
        await Expect(row23).ToContainTextAsync("62,07 %"); // the ratio the system computed: 18 of 29
        await Expect(row23).ToContainTextAsync("Không đạt");
        await Expect(row23.Locator("td[data-label='Xã tự đánh giá']")).ToHaveTextAsync("Đạt");
        await Expect(row23.Locator(".finding-error")).ToContainTextAsync("Lỗi:");
        await Expect(page.Locator(".result-body tr[data-ordinal='1']")).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("flagged-error"));
        await Expect(page.Locator(".history-body")).ToContainTextAsync("pu-bau-2020-2025.xlsx");
        await Expect(page.Locator(".history-body")).ToContainTextAsync("Đã chấm điểm");
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task A_bad_file_shows_the_clerk_facing_message_and_what_to_do()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/bo-sinh"));

        await portal.SendAsync(new FilePayload
        {
            Name = "Biểu 01 (hỏng).xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = BadInputs.Truncated(),
        });

        var status = portal.UploadStatus;
        await Expect(status).ToContainTextAsync("Bị từ chối", Slow);
        var uploads = await fixture.GetJsonAsync("/api/communes/son-la/bo-sinh/uploads?max=1", fixture.KeyFor("son-la/bo-sinh"));
        var message = uploads[0].GetProperty("error").GetProperty("message").GetString()!;
        Assert.False(string.IsNullOrWhiteSpace(message));
        await Expect(status).ToContainTextAsync(message);
        await Expect(status).ToContainTextAsync("Cách xử lý");
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task Check_only_shows_how_the_file_is_read_and_scored_without_storing_it()
    {
        await using var portal = await fixture.OpenAsync();
        var page = portal.Page;
        var key = fixture.KeyFor("son-la/bo-sinh");
        await portal.SignInAsync(key);
        var before = (await fixture.GetJsonAsync("/api/communes/son-la/bo-sinh/uploads?max=20", key)).GetArrayLength();

        await page.GetByLabel("Chọn tệp biểu chỉ tiêu").SetInputFilesAsync(RepositoryLayout.Sample("chieng-en-2020-2025.xlsx"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra trước (không lưu)" }).ClickAsync();

        var result = page.Locator(".check-result");
        await Expect(result).ToContainTextAsync("chưa được gửi", Slow);
        await Expect(result.Locator("tr[data-ordinal='20']")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("flagged"));
        Assert.Equal(before, (await fixture.GetJsonAsync("/api/communes/son-la/bo-sinh/uploads?max=20", key)).GetArrayLength());
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task Check_only_names_the_columns_the_reader_could_not_place()
    {
        await using var portal = await fixture.OpenAsync();
        var page = portal.Page;
        await portal.SignInAsync(fixture.KeyFor("son-la/bo-sinh"));

        // A second "Thực hiện" of the same period over the percent column: the reader does not read it and says so.
        var table = SeedAnnexes.ChiengEn with { Headers = AnnexHeaders.With((AnnexColumn.ReportedPercent, "Thực hiện khác")) };
        await page.GetByLabel("Chọn tệp biểu chỉ tiêu").SetInputFilesAsync(new FilePayload
        {
            Name = "chieng-en-cot-khong-ro.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = AnnexWorkbook.ToBytes(table),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra trước (không lưu)" }).ClickAsync();

        var result = page.Locator(".check-result");
        await Expect(result).ToContainTextAsync("chưa được gửi", Slow);
        await Expect(result.Locator(".unplaced-columns")).ToHaveTextAsync(
            "Cột F (\"Nhiệm kỳ 2020-2025 Thực hiện khác\") không xác định được nội dung nên chưa được đọc.");
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task Check_only_notes_a_direction_the_system_assumed_from_the_communes_arithmetic()
    {
        await using var portal = await fixture.OpenAsync();
        var page = portal.Page;
        await portal.SignInAsync(fixture.KeyFor("son-la/bo-sinh"));

        // Target 9 rewritten as an indicator the catalogue does not know, reported as a ceiling: 5 ÷ 4 × 100 = 125 %, "Vượt".
        var rows = SeedAnnexes.ChiengEn.Rows.Select(row => row is AnnexTargetRow target && target[AnnexColumn.Ordinal].Equals(CellSpec.Number(9))
            ? AnnexRow.Target(9, "Số hộ vi phạm quy ước thôn bản", "hộ", 5, 4, 125, "Vượt")
            : row).ToArray();
        await page.GetByLabel("Chọn tệp biểu chỉ tiêu").SetInputFilesAsync(new FilePayload
        {
            Name = "chieng-en-tran.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = AnnexWorkbook.ToBytes(SeedAnnexes.ChiengEn with { Rows = rows }),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra trước (không lưu)" }).ClickAsync();

        var result = page.Locator(".check-result");
        await Expect(result).ToContainTextAsync("chưa được gửi", Slow);
        var row9 = result.Locator("tr[data-ordinal='9']");
        await Expect(row9.Locator(".direction-assumed")).ToHaveTextAsync("Chiều đánh giá do hệ thống giả định: càng thấp càng tốt, theo số liệu xã tự tính");
        await Expect(row9).Not.ToHaveClassAsync(new System.Text.RegularExpressions.Regex("flagged"));
        await Expect(result.Locator("tr[data-ordinal='1'] .direction-assumed")).ToHaveCountAsync(0);
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task A_file_typed_in_TCVN3_is_read_in_Unicode_and_the_clerk_is_told_how_many_cells_were_converted()
    {
        await using var portal = await fixture.OpenAsync();
        var page = portal.Page;
        await portal.SignInAsync(fixture.KeyFor("son-la/chieng-en"));
        var sheet = AnnexSheetLayout.ToSheet(SeedAnnexes.ChiengEn, "Biểu 01");
        var legacy = LegacySheets.Tcvn3(sheet);
        var cells = LegacySheets.ChangedTextCells(sheet, legacy);

        await page.GetByLabel("Chọn tệp biểu chỉ tiêu").SetInputFilesAsync(new FilePayload
        {
            Name = "Biểu 01 (ABC).xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = WorkbookWriter.ToBytes([legacy], WorkbookKind.Xlsx),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra trước (không lưu)" }).ClickAsync();

        var result = page.Locator(".check-result");
        await Expect(result).ToContainTextAsync("chưa được gửi", Slow);
        await Expect(result.Locator(".text-conversion")).ToHaveTextAsync($"Đã chuyển {cells} ô chữ từ mã TCVN3 (ABC) sang Unicode.");
        await Expect(result.Locator("tr[data-ordinal='1']")).ToContainTextAsync("Thu nhập bình quân đầu người/năm");
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task A_clerk_cannot_see_another_commune()
    {
        await using var portal = await fixture.OpenAsync();
        var page = portal.Page;
        var key = fixture.KeyFor("son-la/pu-bau");
        await portal.SignInAsync(key);

        var options = await page.GetByLabel("Xã", new() { Exact = true }).Locator("option").AllTextContentsAsync();
        Assert.Equal(["Pú Bẩu"], options);

        await page.GotoAsync("/#/xa/son-la/chieng-en?term=2020-2025");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Không có quyền xem");
        await Expect(page.GetByRole(AriaRole.Alert)).Not.ToBeEmptyAsync();
        // Trying again changes nothing, and a clerk has no list of communes to go back to.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Thử lại" })).ToHaveCountAsync(0);
        await Expect(page.Locator(".back-link a")).ToHaveTextAsync("← Về trang nộp biểu");
        Assert.Equal(0, await page.Locator("table").CountAsync());
        Assert.Equal(403, await fixture.StatusCodeOfAsync("/api/communes/son-la/chieng-en/targets?term=2020-2025", key));
    }

    [Fact]
    public async Task The_clerk_of_a_merged_commune_may_upload_for_its_predecessors()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/bo-sinh"));

        var options = await portal.Page.GetByLabel("Xã", new() { Exact = true }).Locator("option").AllTextContentsAsync();
        Assert.Equal("Bó Sinh", options[0]);
        Assert.Contains(options, o => o.StartsWith("Chiềng En", StringComparison.Ordinal));
        Assert.Contains(options, o => o.StartsWith("Pú Bẩu", StringComparison.Ordinal));
        Assert.Contains(options, o => o.StartsWith("Bó Sinh (cũ)", StringComparison.Ordinal));

        // The new commune's own annex is for its first term, a predecessor's for the term that ended.
        var term = portal.Page.GetByLabel("Nhiệm kỳ", new() { Exact = true });
        Assert.Equal("2025-2030", await term.InputValueAsync());
        await portal.Page.GetByLabel("Xã", new() { Exact = true }).SelectOptionAsync("son-la/pu-bau");
        Assert.Equal("2020-2025", await term.InputValueAsync());
        await portal.Page.GetByLabel("Xã", new() { Exact = true }).SelectOptionAsync("son-la/bo-sinh");
        Assert.Equal("2025-2030", await term.InputValueAsync());
        Assert.Empty(portal.Errors);
    }
}
