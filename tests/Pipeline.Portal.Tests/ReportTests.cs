using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Pipeline.Testing;
using Pipeline.Workbooks;
using static Microsoft.Playwright.Assertions;

namespace Pipeline.Portal.Tests;

/// <summary>
/// A commune's Word report (issue 17): the new Bó Sinh's clerk checks and sends the seed report,
/// whose three annexes are its predecessors' and go to them, and reads where its text disagrees
/// with its own tables ("Báo cáo và biểu").
/// </summary>
/// <remarks>
/// The report's annexes become the predecessors' current 2020–2025 annexes, which other tests read as the
/// seed workbooks left them: after each test the workbooks are sent again.
/// </remarks>
[Collection(PortalCollection.Name)]
public sealed class ReportTests(PortalFixture fixture) : IAsyncLifetime
{
    private const string Report = "bo-sinh-report-2025.docx";
    private static readonly LocatorAssertionsToContainTextOptions Slow = new() { Timeout = 90_000 };
    private static readonly (string Commune, string Name, string Workbook)[] Predecessors =
        [("son-la/chieng-en", "Chiềng En", "chieng-en-2020-2025.xlsx"), ("son-la/pu-bau", "Pú Bẩu", "pu-bau-2020-2025.xlsx"), ("son-la/bo-sinh-cu", "Bó Sinh (cũ)", "bo-sinh-2020-2025.xlsx")];

    private bool _sent;

    public Task InitializeAsync() => fixture.SeedPredecessorsAsync();

    public async Task DisposeAsync()
    {
        if (!_sent) return;
        foreach (var (commune, _, workbook) in Predecessors)
        {
            var status = await fixture.UploadAndWaitAsync(commune, "2020-2025", await File.ReadAllBytesAsync(Workbooks.RepositoryLayout.Sample(workbook)), workbook);
            if (status != "scored") throw new InvalidOperationException($"The seed annex {workbook} sent again ended {status}.");
        }
    }

    private static FilePayload WordReport() => new()
    {
        Name = Report,
        MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        Buffer = File.ReadAllBytes(Workbooks.RepositoryLayout.Sample(Report)),
    };

    [Fact]
    public async Task The_clerk_checks_then_sends_the_report_and_its_annexes_go_to_the_three_old_communes_with_the_texts_disagreements_listed()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/bo-sinh"));
        var page = portal.Page;
        Assert.Contains(".docx", await page.GetByLabel("Chọn tệp biểu chỉ tiêu").GetAttributeAsync("accept") ?? "", StringComparison.Ordinal);
        await Expect(page.Locator(".drop-zone")).ToContainTextAsync("Chọn tệp Excel (.xlsx, .xls) hoặc báo cáo Word (.docx)");

        // Check first: where the annexes would go, and the text against the tables.
        await page.GetByLabel("Chọn tệp biểu chỉ tiêu").SetInputFilesAsync(WordReport());
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra trước (không lưu)" }).ClickAsync();
        var check = page.Locator(".check-result");
        await Expect(check).ToContainTextAsync("chưa được gửi", Slow);
        foreach (var (commune, name, _) in Predecessors)
            await Expect(check.Locator($".report-parts-preview li[data-commune='{commune}']")).ToContainTextAsync($"Biểu của xã {name}, nhiệm kỳ 2020-2025");
        await AssertReportSectionAsync(check.Locator(".report-check"));
        // On a phone: the tallies stay a small table, the quotes wrap, nothing scrolls sideways.
        await page.SetViewportSizeAsync(375, 800);
        await Expect(check.Locator(".report-section[data-commune='Pú Bẩu'] table.report-tally")).ToBeVisibleAsync();
        Assert.Equal("", await portal.HorizontalOverflowAsync());
        await page.SetViewportSizeAsync(1280, 900);

        // Sent: the report is read, its three annexes scored each for its own commune; none is the new commune's.
        await portal.SendAsync(WordReport());
        _sent = true;
        var status = portal.UploadStatus;
        await Expect(status).ToContainTextAsync("Đã xử lý xong", Slow);
        await Expect(status).ToContainTextAsync($"Báo cáo “{Report}” đã được đọc");
        await Expect(status).ToContainTextAsync("biểu hiện hành của xã giữ nguyên");
        await Expect(status).Not.ToContainTextAsync("nay là biểu hiện hành của xã");
        await Expect(status.Locator("li.report-part")).ToHaveCountAsync(3);
        foreach (var (commune, name, _) in Predecessors)
        {
            var part = status.Locator($"li.report-part[data-commune='{commune}']");
            await Expect(part).ToContainTextAsync($"Biểu của xã {name}, nhiệm kỳ 2020-2025 — đã chuyển về đúng xã");
            await Expect(part.Locator(".part-status")).ToContainTextAsync("Đã chấm điểm", Slow);
        }
        // Nothing became current for Bó Sinh's 2025–2030 from it: its targets plan stays.
        await Expect(page.Locator(".result-body table.plan-table")).ToBeVisibleAsync();
        // The report's text against its tables, as the check said it, now from the stored upload.
        await AssertReportSectionAsync(page.Locator(".report-result .report-check"));

        // Each part's own status says it came from the report, and the clerk may look at it: Pú Bẩu's 2020–2025.
        var puBau = status.Locator("li.report-part[data-commune='son-la/pu-bau']");
        var partId = await puBau.GetAttributeAsync("data-upload");
        var partStatus = await fixture.GetJsonAsync($"/api/annexes/{partId}", fixture.KeyFor("son-la/bo-sinh"));
        Assert.Equal("scored", partStatus.GetProperty("status").GetString());
        Assert.False(string.IsNullOrEmpty(partStatus.GetProperty("reportOf").GetString()));
        await puBau.GetByRole(AriaRole.Button, new() { Name = "Xem biểu của xã Pú Bẩu, nhiệm kỳ 2020-2025" }).ClickAsync();
        await Expect(page.GetByLabel("Xã", new() { Exact = true })).ToHaveValueAsync("son-la/pu-bau");
        await Expect(page.GetByLabel("Nhiệm kỳ", new() { Exact = true })).ToHaveValueAsync("2020-2025");
        await Expect(page.Locator(".history-body .badge-current")).ToHaveCountAsync(1);
        await Expect(page.Locator($".history-body tr[data-upload='{partId}'] .badge-current")).ToHaveCountAsync(1);
        await Expect(page.Locator($".history-body tr[data-upload='{partId}']")).ToContainTextAsync("Biểu trong một báo cáo, đã chuyển về đúng xã.");
        await Expect(page.Locator(".result-body tr[data-ordinal='23']")).ToContainTextAsync("Đảng viên hoàn thành xuất sắc nhiệm vụ");
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task The_province_sees_how_many_places_each_communes_report_disagrees_with_its_annex()
    {
        // The clerk's report sent over the API, as another tab would, and its three parts scored.
        var clerk = fixture.KeyFor("son-la/bo-sinh");
        _sent = true;
        var reportId = await fixture.Http.UploadAsync("son-la/bo-sinh", "2025-2030", await File.ReadAllBytesAsync(Workbooks.RepositoryLayout.Sample(Report)), Report, clerk);
        var report = await fixture.Http.WaitForUploadAsync(reportId, clerk);
        Assert.Equal("scored", report.GetProperty("status").GetString());
        foreach (var part in report.GetProperty("parts").EnumerateArray())
            Assert.Equal("scored", (await fixture.Http.WaitForUploadAsync(part.GetProperty("uploadId").GetString()!, clerk)).GetProperty("status").GetString());
        var province = fixture.KeyFor("son-la");
        var rollup = await fixture.GetJsonAsync("/api/provinces/son-la/summary?term=2020-2025", province);
        var expected = rollup.GetProperty("communes").EnumerateArray().Single(c => c.GetProperty("commune").GetString() == "son-la/chieng-en").GetProperty("reportFindings").GetInt32();
        Assert.True(expected > 0, "Chiềng En's section of the seed report disagrees with its table (8/12/1 against 7/13/1).");

        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(province);
        var page = portal.Page;
        await page.GotoAsync("/#/tinh?term=2020-2025");
        var chiengEn = page.Locator("table.communes tr[data-commune='son-la/chieng-en'] td[data-label='Báo cáo ≠ biểu']");
        await Expect(chiengEn).ToHaveTextAsync(expected.ToString(System.Globalization.CultureInfo.InvariantCulture));
        // Sortable like the other columns.
        await page.Locator("table.communes th[data-key='reportFindings'] button").ClickAsync();
        await Expect(page.Locator("table.communes th[aria-sort='ascending']")).ToContainTextAsync("Báo cáo ≠ biểu");
        // In the export, under the same heading.
        var csv = DownloadedTable.ReadCsv(await DownloadAsync(page, "Tải bảng CSV (.csv)"));
        Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), csv.RowWhere("Xã", "Chiềng En")[csv.Column("Báo cáo ≠ biểu")]);
        // A phone: the column is one more labelled line of each commune's card, no sideways scroll.
        await page.SetViewportSizeAsync(375, 800);
        await Expect(chiengEn).ToBeVisibleAsync();
        Assert.Equal("", await portal.HorizontalOverflowAsync());
        await page.SetViewportSizeAsync(1280, 900);

        // The drill-down says it by the counts, and lists where.
        await page.Locator("table.communes tr[data-commune='son-la/chieng-en'] th a").ClickAsync();
        await Expect(page.Locator(".report-findings-count")).ToHaveTextAsync($"Báo cáo có {expected} chỗ khác với biểu");
        await Expect(page.Locator(".report-slot .report-section[data-commune='Chiềng En'] li.report-finding")).ToHaveCountAsync(expected);

        // The new commune's own annex for 2025–2030 came in no report: no count.
        await page.GotoAsync("/#/tinh?term=2025-2030");
        await Expect(page.Locator("table.communes tr[data-commune='son-la/bo-sinh'] td[data-label='Báo cáo ≠ biểu']")).ToHaveTextAsync("—");
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task The_province_sees_a_pdf_reports_disagreements_on_each_commune_it_names_and_when_the_annex_was_replaced_since()
    {
        // The new Bó Sinh's report as a PDF, sent over the API: its sections checked against the old communes' current annexes.
        var clerk = fixture.KeyFor("son-la/bo-sinh");
        _sent = true;
        var pdf = await fixture.Http.UploadAsync("son-la/bo-sinh", "2025-2030", Workbooks.ReportPdf.WithText(Workbooks.SeedReportText.Lines), "bao-cao.pdf", clerk);
        Assert.Equal("scored", (await fixture.Http.WaitForUploadAsync(pdf, clerk)).GetProperty("status").GetString());
        var province = fixture.KeyFor("son-la");
        var rollup = await fixture.GetJsonAsync("/api/provinces/son-la/summary?term=2020-2025", province);
        var line = rollup.GetProperty("communes").EnumerateArray().Single(c => c.GetProperty("commune").GetString() == "son-la/pu-bau");
        Assert.Equal(pdf, line.GetProperty("reportUploadId").GetString());
        var expected = line.GetProperty("reportFindings").GetInt32();
        Assert.True(expected > 0, "Pú Bẩu's section of the seed report disagrees with its table (5/13/8 against 7/11/8).");
        var count = expected.ToString(System.Globalization.CultureInfo.InvariantCulture);

        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(province);
        var page = portal.Page;
        await page.GotoAsync("/#/tinh?term=2020-2025");
        var cell = page.Locator("table.communes tr[data-commune='son-la/pu-bau'] td[data-label='Báo cáo ≠ biểu']");
        await Expect(cell).ToHaveTextAsync(count);
        // The drill-down: the count, and the PDF's section about Pú Bẩu with each disagreement.
        await page.Locator("table.communes tr[data-commune='son-la/pu-bau'] th a").ClickAsync();
        await Expect(page.Locator(".report-findings-count")).ToHaveTextAsync($"Báo cáo có {count} chỗ khác với biểu");
        await Expect(page.Locator(".report-slot .report-section[data-commune='Pú Bẩu'] li.report-finding")).ToHaveCountAsync(expected);
        await Expect(page.Locator(".report-slot .report-section")).ToHaveCountAsync(1);

        // Pú Bẩu sends its annex again: the count is the PDF's of the earlier annex, and says so.
        Assert.Equal("scored", await fixture.UploadAndWaitAsync("son-la/pu-bau", "2020-2025",
            await File.ReadAllBytesAsync(Workbooks.RepositoryLayout.Sample("pu-bau-2020-2025.xlsx")), "pu-bau-2020-2025.xlsx"));
        await page.GotoAsync("/#/tinh?term=2020-2025");
        await Expect(cell).ToHaveTextAsync($"{count} (biểu trước)");
        await page.Locator("table.communes tr[data-commune='son-la/pu-bau'] th a").ClickAsync();
        await Expect(page.Locator(".report-findings-count")).ToContainTextAsync($"Báo cáo có {count} chỗ khác với biểu trước đây của xã");
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task A_held_report_naming_other_communes_is_not_confirmed_into_the_clerks_commune_and_the_clerk_cancels_it()
    {
        // The old Pú Bẩu's clerk speaks for Pú Bẩu only: the report stays whole with Pú Bẩu and is held (no part, nothing current changes).
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/pu-bau"));
        await portal.SendAsync(WordReport(), "son-la/pu-bau", "2020-2025");
        var status = portal.UploadStatus;
        await Expect(status).ToContainTextAsync("Cần xác nhận", Slow);
        var confirm = status.GetByRole(AriaRole.Button, new() { Name = "Xác nhận: dùng biểu này" });
        await confirm.ClickAsync();

        // Refused, saying which annexes name which commune; the report stays held and cancelling is what is left.
        var refusal = status.Locator(".confirm-refused");
        await Expect(refusal).ToContainTextAsync("Không xác nhận được");
        await Expect(refusal).ToContainTextAsync("ghi xã Chiềng En");
        await Expect(confirm).ToHaveCountAsync(0);
        await status.GetByRole(AriaRole.Button, new() { Name = "Hủy lần nộp này" }).ClickAsync();
        await Expect(status).ToContainTextAsync("biểu hiện hành của xã giữ nguyên");
        // The only console error is the refused confirmation's 409.
        Assert.All(portal.Errors, error => Assert.Contains("status of 409", error, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_tally_of_targets_met_and_exceeded_together_is_shown_as_written_and_agrees_with_the_table()
    {
        // Chiềng En's opening as many reports put it: "20/21 chỉ tiêu đạt và vượt" — its table's 7 exceeded and 13 met together.
        var lines = SeedReportText.Lines.Select(line => line.Replace("08 chỉ tiêu vượt, 12 chỉ tiêu đạt, 01 chỉ tiêu không đạt", "20/21 chỉ tiêu đạt và vượt, 01 chỉ tiêu không đạt", StringComparison.Ordinal)).ToArray();
        Assert.NotEqual(SeedReportText.Lines, lines);
        var file = new FilePayload
        {
            Name = "bao-cao-dat-va-vuot.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = WordReportWriter.ToBytes(new WordReport(lines, SeedAnnexes.Results2020To2025)),
        };
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/bo-sinh"));
        var page = portal.Page;
        await page.GetByLabel("Chọn tệp biểu chỉ tiêu").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kiểm tra trước (không lưu)" }).ClickAsync();
        var chiengEn = page.Locator(".check-result .report-section[data-commune='Chiềng En']");
        await Expect(chiengEn.Locator("tr[data-tally='stated'] td[data-kind='met']")).ToHaveTextAsync("20 (cả đạt và vượt)", new() { Timeout = 90_000 });
        await Expect(chiengEn.Locator("tr[data-tally='stated'] td[data-kind='notMet']")).ToHaveTextAsync("1");
        // The seed's own "08 vượt, 12 đạt" disagreed with the table's 7 / 13; 20 together agrees with it.
        await Expect(chiengEn.Locator("li.report-finding[data-code='stated-tally-mismatch']")).ToHaveCountAsync(0);
        Assert.Empty(portal.Errors);
    }

    private static async Task<string> DownloadAsync(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{download.SuggestedFilename}");
        await download.SaveAsAsync(path);
        return path;
    }

    /// <summary>Pú Bẩu's stated tally against its table's and its figures', and the quote "133/30 đảng viên" beside Chiềng En's row 20.</summary>
    private static async Task AssertReportSectionAsync(ILocator report)
    {
        await Expect(report.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo và biểu", Exact = true })).ToBeVisibleAsync();
        var puBau = report.Locator(".report-section[data-commune='Pú Bẩu']");
        // The figures for Pú Bẩu: the text says 5 / 13 / 8, the table 7 / 11 / 8, the figures give 8 / 9 / 9.
        await Expect(puBau.Locator("tr[data-tally='stated'] td")).ToHaveTextAsync(["5", "13", "8"]);
        await Expect(puBau.Locator("tr[data-tally='table'] td")).ToHaveTextAsync(["7", "11", "8"]);
        await Expect(puBau.Locator("tr[data-tally='computed'] td")).ToHaveTextAsync(["8", "9", "9"]);

        // "133/30 đảng viên": the text's target 30 against the table's 50, quoted with the row beside it.
        var admissions = report.Locator(".report-section[data-commune='Chiềng En'] li.report-finding")
            .Filter(new() { Has = report.Page.Locator("blockquote", new() { HasTextString = "133/30 đảng viên" }) }).First;
        // Its row as the scored annex shows it (the Word table's 26th row) and its target's number, 20.
        await Expect(admissions.Locator(".report-row")).ToContainTextAsync("dòng 26 — chỉ tiêu 20 “Kết nạp mới 50 đảng viên trở lên;”");
        await Expect(admissions).ToContainTextAsync("Lỗi:");

        // Errors before warnings in every section; the English detail and the codes never on screen.
        var severities = await report.Locator(".report-section").EvaluateAllAsync<string[][]>(
            "sections => sections.map(s => [...s.querySelectorAll('li.report-finding')].map(li => li.classList.contains('finding-error') ? 'e' : 'w'))");
        Assert.All(severities, order => Assert.DoesNotMatch("w.*e", string.Concat(order)));
        Assert.True(severities.Sum(s => s.Length) > 0);
        var text = await report.InnerTextAsync();
        Assert.DoesNotMatch(new Regex("Stated|stated-|tally|Statement|row \\d", RegexOptions.CultureInvariant), text);
    }
}
