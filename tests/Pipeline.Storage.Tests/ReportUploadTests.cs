using System.Net;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Uploads;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Storage.Tests;

/// <summary>
/// A commune's Word report through the real route (issue 17): the new Bó Sinh's clerk sends the seed report for the new
/// commune's term; its three annexes go, as uploads of their own, to the three old communes for 2020–2025 and are scored
/// exactly as the workbooks are. On real Kestrel and Azurite, in a province of the test's own.
/// </summary>
[Collection("Azurite")]
public sealed class ReportUploadTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string ClerkKey = AccessKeys.NewKey();
    private static readonly string PredecessorClerkKey = AccessKeys.NewKey();
    private static readonly string OfficerKey = AccessKeys.NewKey();
    private readonly string _province = $"tinh-{Guid.NewGuid():N}"[..20];
    private ApiServer? _server;

    private HttpClient Http => _server!.Http;

    public async Task InitializeAsync()
    {
        var keys = new AccessKeys(
        [
            new(ClerkKey, Caller.CommuneOfficer("Cán bộ Bó Sinh", new CommuneId(_province, "bo-sinh"))),
            new(PredecessorClerkKey, Caller.CommuneOfficer("Cán bộ Pú Bẩu", new CommuneId(_province, "pu-bau"))),
            new(OfficerKey, Caller.ProvinceOfficer("Cầm Thị Bình", _province)),
        ]);
        _server = await ApiServer.StartAsync(azurite.ConnectionString, keys, registry: SeedProvince.Registry(_province));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    private async Task<string> PostAsync(string commune, string term, byte[] file, string fileName, string key, string? period = null)
    {
        using var form = AnnexUploadForm.Create($"{_province}/{commune}", term, file, fileName, period);
        var response = await Http.SendWithKeyAsync(HttpMethod.Post, "/api/annexes", key, form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("uploadId").GetString()!;
    }

    private async Task ParseAndScoreAsync(string uploadId)
    {
        var record = (await _server!.Storage.Queries.GetUploadAsync(uploadId, CancellationToken.None))!;
        await _server.Storage.Ingestion.ParseAsync(record.BlobName, CancellationToken.None);
        await ScoreQueueReader.ScoreAllAsync(_server.Storage);
    }

    private async Task<JsonElement> ComputedCountsAsync(string commune, string term, string key) =>
        (await Http.GetJsonAsync($"/api/communes/{_province}/{commune}/summary?term={term}", key)).GetProperty("counts").GetProperty("computed");

    [Fact]
    public async Task The_seed_report_sent_for_the_new_commune_gives_each_old_commune_its_annex_scored_as_its_workbook()
    {
        var report = await PostAsync("bo-sinh", "2025-2030", SampleReports.BoSinh2025.ToBytes(), "bao-cao-chinh-tri.docx", ClerkKey);
        var record = (await _server!.Storage.Queries.GetUploadAsync(report, CancellationToken.None))!;
        Assert.EndsWith(".docx", record.BlobName, StringComparison.Ordinal);
        await ParseAndScoreAsync(report);

        // The report is the new Bó Sinh's and carries none of its annexes: done once its three parts are sent on.
        var status = await Http.GetJsonAsync($"/api/annexes/{report}", ClerkKey);
        Assert.Equal("scored", status.GetProperty("status").GetString());
        var parts = status.GetProperty("parts").EnumerateArray().ToArray();
        Assert.Equal([("chieng-en", "2020-2025", 1, "scored"), ("pu-bau", "2020-2025", 1, "scored"), ("bo-sinh-cu", "2020-2025", 1, "scored")],
            parts.Select(p => (p.GetProperty("commune").GetString()!.Split('/')[1], p.GetProperty("term").GetString(), p.GetProperty("annexCount").GetInt32(),
                p.GetProperty("status").GetString())));
        var notCurrent = await Http.SendWithKeyAsync(HttpMethod.Get, $"/api/communes/{_province}/bo-sinh/summary?term=2025-2030", ClerkKey);
        Assert.Equal(HttpStatusCode.NotFound, notCurrent.StatusCode);

        // Each part is an upload of its commune, scored and current: the counts the workbooks give (the seed's figures).
        foreach (var part in parts)
        {
            var partStatus = await Http.GetJsonAsync($"/api/annexes/{part.GetProperty("uploadId").GetString()}", ClerkKey);
            Assert.Equal(("scored", report, false), (partStatus.GetProperty("status").GetString(), partStatus.GetProperty("reportOf").GetString(),
                partStatus.GetProperty("needsConfirmation").GetBoolean()));
            Assert.Empty(partStatus.GetProperty("warnings").EnumerateArray());
        }
        var puBauSummary = await Http.GetJsonAsync($"/api/communes/{_province}/pu-bau/summary?term=2020-2025", ClerkKey);
        var puBauFindings = (await Http.GetJsonAsync($"/api/annexes/{parts[1].GetProperty("uploadId").GetString()}", ClerkKey)).GetProperty("report").GetProperty("findings").GetArrayLength();
        Assert.True(puBauFindings > 0);
        Assert.Equal(puBauFindings, puBauSummary.GetProperty("reportFindings").GetInt32());
        foreach (var (commune, sample) in new[] { ("chieng-en", SampleWorkbooks.ChiengEn), ("pu-bau", SampleWorkbooks.PuBau), ("bo-sinh-cu", SampleWorkbooks.BoSinh) })
        {
            var fromReport = await ComputedCountsAsync(commune, "2020-2025", ClerkKey);
            await ParseAndScoreAsync(await PostAsync(commune, "2020-2025", sample.ToBytes(), Path.GetFileName(sample.RelativePath), ClerkKey));
            Assert.Equal(fromReport.GetRawText(), (await ComputedCountsAsync(commune, "2020-2025", ClerkKey)).GetRawText());
        }
        // Sent again as a workbook, the annex has no report beside it.
        Assert.False((await Http.GetJsonAsync($"/api/communes/{_province}/pu-bau/summary?term=2020-2025", ClerkKey)).TryGetProperty("reportFindings", out _));
        var puBau = await ComputedCountsAsync("pu-bau", "2020-2025", ClerkKey);
        Assert.Equal((8, 9, 9), (puBau.GetProperty("exceeded").GetInt32(), puBau.GetProperty("met").GetInt32(), puBau.GetProperty("notMet").GetInt32()));

        // The report's text against its tables: all of it on the report, each commune's share on its part, counted on its summary.
        var whole = status.GetProperty("report");
        Assert.Equal(["Chiềng En", "Pú Bẩu", "Bó Sinh"], whole.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("commune").GetString()));
        Assert.Equal(3, whole.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("code").GetString() == "stated-tally-mismatch"));
        var puBauPart = await Http.GetJsonAsync($"/api/annexes/{parts[1].GetProperty("uploadId").GetString()}", ClerkKey);
        var partReport = puBauPart.GetProperty("report");
        Assert.Equal("Pú Bẩu", Assert.Single(partReport.GetProperty("sections").EnumerateArray()).GetProperty("commune").GetString());
        var partFindings = partReport.GetProperty("findings").EnumerateArray().ToArray();
        Assert.All(partFindings, f => Assert.Equal("Pú Bẩu", f.GetProperty("commune").GetString()));
        Assert.Equal(whole.GetProperty("findings").EnumerateArray().Count(f => f.GetProperty("commune").GetString() == "Pú Bẩu"), partFindings.Length);
        Assert.Contains(partFindings, f => f.GetProperty("code").GetString() == "stated-result-mismatch" && f.GetProperty("quote").GetString()!.Contains("53", StringComparison.Ordinal));

        // The old commune's own clerk sees the part in its uploads.
        var listed = await Http.GetJsonAsync($"/api/communes/{_province}/pu-bau/uploads", PredecessorClerkKey);
        Assert.Contains(listed.EnumerateArray(), u => u.GetProperty("uploadId").GetString() == parts[1].GetProperty("uploadId").GetString());
    }

    [Fact]
    public async Task The_check_says_where_the_reports_annexes_would_go_and_holds_nothing()
    {
        using var form = AnnexUploadForm.Create($"{_province}/bo-sinh", "2025-2030", SampleReports.BoSinh2025.ToBytes(), "bao-cao.docx", period: null);
        var response = await Http.SendWithKeyAsync(HttpMethod.Post, "/api/annexes/check", ClerkKey, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var check = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.False(check.TryGetProperty("wouldBeHeld", out _));
        Assert.False(check.TryGetProperty("titleWarnings", out _));
        Assert.Equal([("Chiềng En", "2020-2025", 1), ("Pú Bẩu", "2020-2025", 1), ("Bó Sinh (cũ)", "2020-2025", 1)],
            check.GetProperty("parts").EnumerateArray().Select(p => (p.GetProperty("name").GetString(), p.GetProperty("term").GetString(), p.GetProperty("sheets").GetArrayLength())));
        Assert.Equal([("Chiềng En", "2020-2025"), ("Pú Bẩu", "2020-2025"), ("Bó Sinh (cũ)", "2020-2025")],
            check.GetProperty("annexes").EnumerateArray().Select(a => (a.GetProperty("commune").GetString(), a.GetProperty("term").GetString())));
        // The annexes themselves, scored as the upload scores them: Bó Sinh (cũ)'s 6 / 8 / 4.
        var boSinhCu = check.GetProperty("annexes")[2].GetProperty("counts").GetProperty("computed");
        Assert.Equal((6, 8, 4), (boSinhCu.GetProperty("exceeded").GetInt32(), boSinhCu.GetProperty("met").GetInt32(), boSinhCu.GetProperty("notMet").GetInt32()));

        // The old Pú Bẩu's own clerk speaks for no other commune: the annexes naming them would be held.
        using var own = AnnexUploadForm.Create($"{_province}/pu-bau", "2020-2025", SampleReports.BoSinh2025.ToBytes(), "bao-cao.docx", period: null);
        var ownCheck = JsonDocument.Parse(await (await Http.SendWithKeyAsync(HttpMethod.Post, "/api/annexes/check", PredecessorClerkKey, own)).Content.ReadAsStringAsync()).RootElement;
        Assert.True(ownCheck.GetProperty("wouldBeHeld").GetBoolean());
        Assert.False(ownCheck.TryGetProperty("parts", out _));
    }

    private async Task<JsonElement> CheckAsync(string commune, string term, byte[] file, string fileName, string key, string? period)
    {
        using var form = AnnexUploadForm.Create($"{_province}/{commune}", term, file, fileName, period);
        var response = await Http.SendWithKeyAsync(HttpMethod.Post, "/api/annexes/check", key, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task A_period_chosen_for_the_new_communes_term_leaves_the_old_terms_annexes_read_by_their_own_titles_in_the_check_and_the_upload()
    {
        var file = SampleReports.BoSinh2025.ToBytes();
        // The three annexes are 2020–2025's, sent on as parts: "2026" chosen for 2025–2030 says nothing of them.
        var withPeriod = await CheckAsync("bo-sinh", "2025-2030", file, "bao-cao.docx", ClerkKey, period: "2026");
        var without = await CheckAsync("bo-sinh", "2025-2030", file, "bao-cao.docx", ClerkKey, period: null);
        var annexes = withPeriod.GetProperty("annexes").EnumerateArray().ToArray();
        Assert.Equal(3, annexes.Length);
        Assert.All(annexes, a => Assert.NotEqual("2026", a.TryGetProperty("period", out var p) ? p.GetString() : null));
        // Chiềng En's results read (not a targets-only annex), each target scored.
        Assert.All(annexes, a => Assert.Equal(0, a.GetProperty("counts").GetProperty("computed").GetProperty("unscored").GetInt32()));
        Assert.Equal(without.GetProperty("annexes").GetRawText(), withPeriod.GetProperty("annexes").GetRawText());
        Assert.Equal(without.GetProperty("report").GetRawText(), withPeriod.GetProperty("report").GetRawText());

        // Each section's annex is its own commune's, and every section found its annex.
        var report = withPeriod.GetProperty("report");
        Assert.Equal(["Chiềng En", "Pú Bẩu", "Bó Sinh (cũ)"],
            report.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("annex").GetProperty("commune").GetString()));
        Assert.DoesNotContain(report.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "section-without-annex");

        // The upload does what the check showed: its report is the check's, each part scored for the term.
        var uploadId = await PostAsync("bo-sinh", "2025-2030", file, "bao-cao.docx", ClerkKey, period: "2026");
        await ParseAndScoreAsync(uploadId);
        var status = await Http.GetJsonAsync($"/api/annexes/{uploadId}", ClerkKey);
        Assert.Equal(report.GetRawText(), status.GetProperty("report").GetRawText());
        foreach (var part in status.GetProperty("parts").EnumerateArray())
        {
            var partStatus = await Http.GetJsonAsync($"/api/annexes/{part.GetProperty("uploadId").GetString()}", ClerkKey);
            Assert.Equal(("scored", "term"), (partStatus.GetProperty("status").GetString(), partStatus.GetProperty("period").GetString()));
        }
    }

    [Fact]
    public async Task The_reports_sections_name_each_annex_by_its_own_commune_on_the_upload_as_on_the_check()
    {
        var file = SampleReports.BoSinh2025.ToBytes();
        var check = await CheckAsync("bo-sinh", "2025-2030", file, "bao-cao.docx", ClerkKey, period: null);
        var uploadId = await PostAsync("bo-sinh", "2025-2030", file, "bao-cao.docx", ClerkKey);
        await ParseAndScoreAsync(uploadId);
        var report = (await Http.GetJsonAsync($"/api/annexes/{uploadId}", ClerkKey)).GetProperty("report");
        Assert.Equal(["Chiềng En", "Pú Bẩu", "Bó Sinh (cũ)"],
            report.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("annex").GetProperty("commune").GetString()));
        Assert.Equal(check.GetProperty("report").GetRawText(), report.GetRawText());
    }

    [Fact]
    public async Task A_years_results_taken_from_the_file_for_a_term_without_that_year_is_held_and_cannot_be_confirmed()
    {
        // Chiềng En's clerk (here the new Bó Sinh's, who speaks for it) sends the 2026 results for 2020–2025, choosing no period.
        var sample = SampleWorkbooks.BoSinhResults2026;
        var uploadId = await PostAsync("chieng-en", "2020-2025", sample.ToBytes(), Path.GetFileName(sample.RelativePath), ClerkKey);
        await ParseAndScoreAsync(uploadId);
        var status = await Http.GetJsonAsync($"/api/annexes/{uploadId}", ClerkKey);
        Assert.Equal("held", status.GetProperty("status").GetString());
        Assert.Contains(status.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("không phải một năm của nhiệm kỳ 2020-2025", StringComparison.Ordinal));

        var refused = await DecideAsync(uploadId, "confirm", ClerkKey);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("period-not-of-term", problem.GetProperty("code").GetString());
        Assert.Contains("hủy", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
        // Nothing became current; cancelling is still open.
        var summary = await Http.SendWithKeyAsync(HttpMethod.Get, $"/api/communes/{_province}/chieng-en/summary?term=2020-2025", ClerkKey);
        Assert.Equal(HttpStatusCode.NotFound, summary.StatusCode);
        Assert.Equal("held", (await Http.GetJsonAsync($"/api/annexes/{uploadId}", ClerkKey)).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(uploadId, "cancel", ClerkKey)).StatusCode);
    }

    /// <summary>The uploaded report's parts by commune slug: (upload id, status, annexes, warnings) as each part's own record says.</summary>
    private async Task<Dictionary<string, (string Id, string Status, int Annexes, string[] Warnings)>> PartsAsync(string report)
    {
        var parts = new Dictionary<string, (string, string, int, string[])>();
        foreach (var part in (await Http.GetJsonAsync($"/api/annexes/{report}", ClerkKey)).GetProperty("parts").EnumerateArray())
        {
            var id = part.GetProperty("uploadId").GetString()!;
            var record = await Http.GetJsonAsync($"/api/annexes/{id}", ClerkKey);
            parts[part.GetProperty("commune").GetString()!.Split('/')[1]] = (id, record.GetProperty("status").GetString()!, part.GetProperty("annexCount").GetInt32(),
                record.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToArray());
        }
        return parts;
    }

    [Fact]
    public async Task Two_tables_of_one_commune_in_a_report_hold_that_communes_part_naming_both_and_the_text_is_checked_against_neither()
    {
        // The "BIỂU SỐ 01" block pasted twice: Chiềng En's part has both tables, held, and nothing of it counts yet.
        var twice = await PostAsync("bo-sinh", "2025-2030", DuplicatedAnnexes.BlockTwice(), "bao-cao.docx", ClerkKey);
        await ParseAndScoreAsync(twice);
        var parts = await PartsAsync(twice);
        Assert.Equal(("held", 2), (parts["chieng-en"].Status, parts["chieng-en"].Annexes));
        Assert.StartsWith("Báo cáo có hai biểu cùng ghi xã Chiềng En, nhiệm kỳ 2020-2025 (Bảng 2 và Bảng 3)", parts["chieng-en"].Warnings[0], StringComparison.Ordinal);
        Assert.Equal([("scored", 1, 0), ("scored", 1, 0)], new[] { parts["pu-bau"], parts["bo-sinh-cu"] }.Select(p => (p.Status, p.Annexes, p.Warnings.Length)));
        Assert.Equal(HttpStatusCode.NotFound, (await Http.SendWithKeyAsync(HttpMethod.Get, $"/api/communes/{_province}/chieng-en/summary?term=2020-2025", ClerkKey)).StatusCode);

        // Chiềng En's title changed to Pú Bẩu: Pú Bẩu's part has Chiềng En's table and its own, held; its section is checked against neither.
        var renamed = await PostAsync("bo-sinh", "2025-2030", DuplicatedAnnexes.ChiengEnTitledPuBau(), "bao-cao.docx", ClerkKey);
        await ParseAndScoreAsync(renamed);
        parts = await PartsAsync(renamed);
        Assert.False(parts.ContainsKey("chieng-en"));
        Assert.Equal(("held", 2), (parts["pu-bau"].Status, parts["pu-bau"].Annexes));
        Assert.StartsWith("Báo cáo có hai biểu cùng ghi xã Pú Bẩu, nhiệm kỳ 2020-2025 (Bảng 2 và Bảng 3)", parts["pu-bau"].Warnings[0], StringComparison.Ordinal);
        var findings = (await Http.GetJsonAsync($"/api/annexes/{renamed}", ClerkKey)).GetProperty("report").GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("commune").GetString(), f.GetProperty("code").GetString())).ToArray();
        Assert.Equal([("Pú Bẩu", "section-with-several-annexes")], findings.Where(f => f.Item1 == "Pú Bẩu"));
        Assert.Equal([("Chiềng En", "section-without-annex")], findings.Where(f => f.Item1 == "Chiềng En"));
    }

    [Fact]
    public async Task A_table_with_no_title_of_its_own_holds_the_report_it_stayed_with_and_the_check_says_so()
    {
        var copied = DuplicatedAnnexes.TableTwiceUntitled();
        var report = await PostAsync("bo-sinh", "2025-2030", copied, "bao-cao.docx", ClerkKey);
        await ParseAndScoreAsync(report);
        var status = await Http.GetJsonAsync($"/api/annexes/{report}", ClerkKey);
        Assert.Equal("held", status.GetProperty("status").GetString());
        Assert.Equal(1, (await _server!.Storage.Queries.GetUploadAsync(report, CancellationToken.None))!.AnnexCount);
        var warnings = status.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToArray();
        Assert.StartsWith("Bảng 3 của báo cáo không có tiêu đề riêng ghi tên xã", warnings[0], StringComparison.Ordinal);
        // The titled tables go on as before, each to its commune, scored.
        var parts = await PartsAsync(report);
        Assert.Equal(["bo-sinh-cu", "chieng-en", "pu-bau"], parts.Keys.Order(StringComparer.Ordinal));
        Assert.All(parts.Values, p => Assert.Equal(("scored", 1, 0), (p.Status, p.Annexes, p.Warnings.Length)));

        // The check says it before the upload: held, with the same warning; the duplicated block's part too.
        foreach (var (file, expected) in new[] { (copied, "Bảng 3 của báo cáo không có tiêu đề riêng"), (DuplicatedAnnexes.BlockTwice(), "Báo cáo có hai biểu cùng ghi xã Chiềng En") })
        {
            using var form = AnnexUploadForm.Create($"{_province}/bo-sinh", "2025-2030", file, "bao-cao.docx", period: null);
            var check = JsonDocument.Parse(await (await Http.SendWithKeyAsync(HttpMethod.Post, "/api/annexes/check", ClerkKey, form)).Content.ReadAsStringAsync()).RootElement;
            Assert.True(check.GetProperty("wouldBeHeld").GetBoolean());
            Assert.Contains(check.GetProperty("titleWarnings").EnumerateArray(), w => w.GetString()!.StartsWith(expected, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task A_pdf_reports_text_is_checked_against_the_old_communes_current_annexes_and_a_scan_is_refused()
    {
        foreach (var (commune, sample) in new[] { ("chieng-en", SampleWorkbooks.ChiengEn), ("pu-bau", SampleWorkbooks.PuBau), ("bo-sinh-cu", SampleWorkbooks.BoSinh) })
            await ParseAndScoreAsync(await PostAsync(commune, "2020-2025", sample.ToBytes(), Path.GetFileName(sample.RelativePath), ClerkKey));
        // The new Bó Sinh has its own targets for 2025–2030: "Bó Sinh cũ" is still the old commune, checked against its results.
        await ParseAndScoreAsync(await PostAsync("bo-sinh", "2025-2030", SampleWorkbooks.BoSinhTargets2030.ToBytes(), "chi-tieu.xlsx", ClerkKey));

        var pdf = ReportPdf.WithText(SeedReportText.Lines);
        // The check says what the upload will: each section against its commune's current annex (the term before the new commune's).
        using var form = AnnexUploadForm.Create($"{_province}/bo-sinh", "2025-2030", pdf, "bao-cao.pdf", period: null);
        var check = JsonDocument.Parse(await (await Http.SendWithKeyAsync(HttpMethod.Post, "/api/annexes/check", ClerkKey, form)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["Biểu 01", "Biểu 02", "Biểu 03"], check.GetProperty("report").GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("annex").GetProperty("sheet").GetString()));

        var uploadId = await PostAsync("bo-sinh", "2025-2030", pdf, "bao-cao.pdf", ClerkKey);
        Assert.EndsWith(".pdf", (await _server!.Storage.Queries.GetUploadAsync(uploadId, CancellationToken.None))!.BlobName, StringComparison.Ordinal);
        await ParseAndScoreAsync(uploadId);
        var status = await Http.GetJsonAsync($"/api/annexes/{uploadId}", ClerkKey);
        Assert.Equal("scored", status.GetProperty("status").GetString());
        var report = status.GetProperty("report");
        Assert.Equal(check.GetProperty("report").GetProperty("findings").GetRawText(), report.GetProperty("findings").GetRawText());
        var tallies = report.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("code").GetString() == "stated-tally-mismatch").ToArray();
        Assert.Equal(["Chiềng En", "Pú Bẩu", "Bó Sinh"], tallies.Select(f => f.GetProperty("commune").GetString()));
        // It carries no annex and replaces none: the new commune's summary is still its targets'.
        var summary = await Http.GetJsonAsync($"/api/communes/{_province}/bo-sinh/summary?term=2025-2030", ClerkKey);
        Assert.Equal("targets-only", summary.GetProperty("kind").GetString());

        var scan = await PostAsync("bo-sinh", "2025-2030", ReportPdf.Scanned(), "bao-cao-scan.pdf", ClerkKey);
        await ParseAndScoreAsync(scan);
        var refused = await Http.GetJsonAsync($"/api/annexes/{scan}", ClerkKey);
        Assert.Equal(("rejected", "no-text"), (refused.GetProperty("status").GetString(), refused.GetProperty("error").GetProperty("code").GetString()));
        Assert.Contains("quét", refused.GetProperty("error").GetProperty("message").GetString()!, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_report_that_replaces_nothing_still_arrives_after_the_province_confirmed_the_communes_annex()
    {
        await ParseAndScoreAsync(await PostAsync("bo-sinh", "2025-2030", SampleWorkbooks.BoSinhTargets2030.ToBytes(), "chi-tieu.xlsx", ClerkKey));
        using var confirm = System.Net.Http.Json.JsonContent.Create(new { term = "2025-2030", decision = "confirm" });
        Assert.Equal(HttpStatusCode.OK, (await Http.SendWithKeyAsync(HttpMethod.Post, $"/api/communes/{_province}/bo-sinh/review", OfficerKey, confirm)).StatusCode);

        // A workbook for the locked term is refused; the report, whose annexes all go to the old communes, and a PDF report are not.
        using var workbook = AnnexUploadForm.Create($"{_province}/bo-sinh", "2025-2030", SampleWorkbooks.BoSinhTargets2030.ToBytes(), "chi-tieu.xlsx", period: null);
        Assert.Equal(HttpStatusCode.Conflict, (await Http.SendWithKeyAsync(HttpMethod.Post, "/api/annexes", ClerkKey, workbook)).StatusCode);
        // Chiềng En's 2020–2025 annex is confirmed too: that part is refused as any upload for it would be, and the report says so.
        await ParseAndScoreAsync(await PostAsync("chieng-en", "2020-2025", SampleWorkbooks.ChiengEn.ToBytes(), "chieng-en.xlsx", ClerkKey));
        using var confirmChiengEn = System.Net.Http.Json.JsonContent.Create(new { term = "2020-2025", decision = "confirm" });
        Assert.Equal(HttpStatusCode.OK, (await Http.SendWithKeyAsync(HttpMethod.Post, $"/api/communes/{_province}/chieng-en/review", OfficerKey, confirmChiengEn)).StatusCode);
        var report = await PostAsync("bo-sinh", "2025-2030", SampleReports.BoSinh2025.ToBytes(), "bao-cao.docx", ClerkKey);
        await ParseAndScoreAsync(report);
        var status = await Http.GetJsonAsync($"/api/annexes/{report}", ClerkKey);
        Assert.Equal("scored", status.GetProperty("status").GetString());
        Assert.Equal(["rejected", "scored", "scored"], status.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("status").GetString()));
        var pdf = await PostAsync("bo-sinh", "2025-2030", ReportPdf.WithText(SeedReportText.Lines), "bao-cao.pdf", ClerkKey);
        await ParseAndScoreAsync(pdf);
        Assert.Equal("scored", (await Http.GetJsonAsync($"/api/annexes/{pdf}", ClerkKey)).GetProperty("status").GetString());
        // The confirmed annex is untouched.
        Assert.Equal("targets-only", (await Http.GetJsonAsync($"/api/communes/{_province}/bo-sinh/summary?term=2025-2030", ClerkKey)).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Parsing_the_report_again_after_a_lost_status_finds_its_parts_and_leaves_them_as_they_are()
    {
        var report = await PostAsync("bo-sinh", "2025-2030", SampleReports.BoSinh2025.ToBytes(), "bao-cao.docx", ClerkKey);
        await ParseAndScoreAsync(report);
        var uploads = _server!.Storage.Services.GetRequiredService<UploadStore>();
        var first = (await uploads.GetAsync(report, CancellationToken.None))!;
        var partIds = first.Parts!.Select(p => p.UploadId).ToArray();

        // As if the host died before the report's status was written: it is parsed again from the start.
        await uploads.UpdateAsync(first with { Status = UploadStatus.Received, Parts = null }, CancellationToken.None);
        await ParseAndScoreAsync(report);

        var again = (await uploads.GetAsync(report, CancellationToken.None))!;
        Assert.Equal(partIds, again.Parts!.Select(p => p.UploadId));
        foreach (var id in partIds)
        {
            var part = (await uploads.GetAsync(id, CancellationToken.None))!;
            Assert.Equal((UploadStatus.Scored, report), (part.Status, part.ReportOf));
        }
        var chiengEn = await Http.GetJsonAsync($"/api/communes/{_province}/chieng-en/uploads", ClerkKey);
        Assert.Single(chiengEn.EnumerateArray());
    }

    private async Task<HttpResponseMessage> DecideAsync(string uploadId, string decision, string key) =>
        await Http.SendWithKeyAsync(HttpMethod.Post, $"/api/annexes/{uploadId}/{decision}", key);

    private async Task<int> ProvinceTargetsAsync(string term) =>
        (await Http.GetJsonAsync($"/api/provinces/{_province}/summary?term={term}", OfficerKey)).GetProperty("totals").GetProperty("targets").GetInt32();

    [Fact]
    public async Task A_held_report_is_not_folded_into_the_commune_of_the_clerk_who_confirms_it()
    {
        // The old Pú Bẩu's clerk speaks for Pú Bẩu only: the report's Chiềng En and Bó Sinh annexes stay with it, and it is held.
        var report = await PostAsync("pu-bau", "2020-2025", SampleReports.BoSinh2025.ToBytes(), "bao-cao.docx", PredecessorClerkKey);
        await ParseAndScoreAsync(report);
        var held = await Http.GetJsonAsync($"/api/annexes/{report}", PredecessorClerkKey);
        Assert.Equal("held", held.GetProperty("status").GetString());
        Assert.False(held.TryGetProperty("parts", out var noParts) && noParts.ValueKind == JsonValueKind.Array);

        // Confirming would count Chiềng En's and the old Bó Sinh's targets as Pú Bẩu's: refused, saying which annexes name which commune.
        var refused = await DecideAsync(report, "confirm", PredecessorClerkKey);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("annex-of-another-commune", problem.GetProperty("code").GetString());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("ghi xã Chiềng En", detail, StringComparison.Ordinal);
        Assert.Contains("ghi xã Bó Sinh", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("ghi xã Pú Bẩu", detail, StringComparison.Ordinal);
        Assert.Contains("hủy", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("nộp lại cả báo cáo", detail, StringComparison.Ordinal);
        // Nothing recorded, nothing current.
        var after = await Http.GetJsonAsync($"/api/annexes/{report}", PredecessorClerkKey);
        Assert.Equal(("held", JsonValueKind.Null), (after.GetProperty("status").GetString(), after.GetProperty("confirmedAt").ValueKind));
        Assert.Equal(HttpStatusCode.NotFound, (await Http.SendWithKeyAsync(HttpMethod.Get, $"/api/communes/{_province}/pu-bau/summary?term=2020-2025", ClerkKey)).StatusCode);

        // The new Bó Sinh's clerk may decide for Pú Bẩu and speaks for the others too: told to send the report again, each annex then going to its commune.
        var byNewClerk = JsonDocument.Parse(await (await DecideAsync(report, "confirm", ClerkKey)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("annex-of-another-commune", byNewClerk.GetProperty("code").GetString());
        Assert.Contains("nộp lại cả báo cáo", byNewClerk.GetProperty("detail").GetString()!, StringComparison.Ordinal);

        // Done as told: cancelled, and sent again by the new commune's clerk: Pú Bẩu counts its own annex only, and the province each target once.
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(report, "cancel", PredecessorClerkKey)).StatusCode);
        await ParseAndScoreAsync(await PostAsync("pu-bau", "2020-2025", SampleReports.BoSinh2025.ToBytes(), "bao-cao.docx", ClerkKey));
        var puBau = await ComputedCountsAsync("pu-bau", "2020-2025", ClerkKey);
        Assert.Equal((8, 9, 9), (puBau.GetProperty("exceeded").GetInt32(), puBau.GetProperty("met").GetInt32(), puBau.GetProperty("notMet").GetInt32()));
        var perCommune = 0;
        foreach (var commune in new[] { "chieng-en", "pu-bau", "bo-sinh-cu" })
            perCommune += (await Http.GetJsonAsync($"/api/communes/{_province}/{commune}/summary?term=2020-2025", ClerkKey)).GetProperty("targets").GetInt32();
        Assert.Equal(perCommune, await ProvinceTargetsAsync("2020-2025"));
    }

    [Fact]
    public async Task Confirming_a_held_report_whose_read_annexes_were_lost_has_it_read_again_and_decides_nothing_unseen()
    {
        var report = await PostAsync("pu-bau", "2020-2025", SampleReports.BoSinh2025.ToBytes(), "bao-cao.docx", PredecessorClerkKey);
        await ParseAndScoreAsync(report);
        // As if the emulator lost its last seconds: the parsed document is gone, the record says held.
        await new BlobServiceClient(azurite.ConnectionString).GetBlobContainerClient(StorageNames.ParsedContainer).DeleteBlobAsync($"{report}.json");

        var answer = await DecideAsync(report, "confirm", PredecessorClerkKey);
        Assert.Equal(HttpStatusCode.Conflict, answer.StatusCode);
        Assert.Equal("not-held", JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
        var record = (await _server!.Storage.Queries.GetUploadAsync(report, CancellationToken.None))!;
        Assert.Equal((UploadStatus.Received, null), (record.Status, record.ConfirmedAt));

        // Read again (the re-drive's step): held again, and its confirmation refused as before.
        await ParseAndScoreAsync(report);
        Assert.Equal("held", (await Http.GetJsonAsync($"/api/annexes/{report}", PredecessorClerkKey)).GetProperty("status").GetString());
        var again = JsonDocument.Parse(await (await DecideAsync(report, "confirm", PredecessorClerkKey)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("annex-of-another-commune", again.GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_report_held_for_its_period_is_confirmed_for_its_own_annexes_and_each_held_part_for_its_own()
    {
        // Sent for a year its titles do not state: the report (Pú Bẩu's annex) and its parts are each held for the period, and nothing else.
        var report = await PostAsync("pu-bau", "2020-2025", SampleReports.BoSinh2025.ToBytes(), "bao-cao.docx", ClerkKey, period: "2024");
        await ParseAndScoreAsync(report);
        var status = await Http.GetJsonAsync($"/api/annexes/{report}", ClerkKey);
        Assert.Equal("held", status.GetProperty("status").GetString());
        var parts = status.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("uploadId").GetString()!).ToArray();
        Assert.Equal(2, parts.Length);
        foreach (var id in parts) Assert.Equal("held", (await Http.GetJsonAsync($"/api/annexes/{id}", ClerkKey)).GetProperty("status").GetString());

        // The reader's attribution confirmed: each upload becomes its own commune's, for the period chosen.
        var confirmed = JsonDocument.Parse(await (await DecideAsync(report, "confirm", ClerkKey)).Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(("scored", "2024"), (confirmed.GetProperty("status").GetString(), confirmed.GetProperty("period").GetString()));
        // Each part names its own commune ("XÃ BÓ SINH" is the old Bó Sinh's, registered "Bó Sinh (cũ)"): nothing foreign, each confirmed.
        foreach (var (id, commune) in parts.Zip(["chieng-en", "bo-sinh-cu"]))
        {
            Assert.Equal(HttpStatusCode.OK, (await DecideAsync(id, "confirm", ClerkKey)).StatusCode);
            var part = await Http.GetJsonAsync($"/api/annexes/{id}", ClerkKey);
            Assert.Equal(("scored", commune), (part.GetProperty("status").GetString(), part.GetProperty("commune").GetString()!.Split('/')[1]));
        }
        // Confirming again answers it as it is.
        Assert.Equal(HttpStatusCode.OK, (await DecideAsync(report, "confirm", ClerkKey)).StatusCode);
    }

    [Fact]
    public async Task The_province_counts_a_pdf_reports_disagreements_for_each_commune_it_checked_and_says_when_the_annex_was_replaced_since()
    {
        foreach (var (commune, sample) in new[] { ("chieng-en", SampleWorkbooks.ChiengEn), ("pu-bau", SampleWorkbooks.PuBau), ("bo-sinh-cu", SampleWorkbooks.BoSinh) })
            await ParseAndScoreAsync(await PostAsync(commune, "2020-2025", sample.ToBytes(), Path.GetFileName(sample.RelativePath), ClerkKey));
        var pdf = await PostAsync("bo-sinh", "2025-2030", ReportPdf.WithText(SeedReportText.Lines), "bao-cao.pdf", ClerkKey);
        await ParseAndScoreAsync(pdf);

        // What the PDF's own report says of each section's commune, less the notices that nothing could be compared.
        var findings = (await Http.GetJsonAsync($"/api/annexes/{pdf}", ClerkKey)).GetProperty("report").GetProperty("findings").EnumerateArray().ToArray();
        int Disagreements(string heading) => findings.Count(f => f.GetProperty("commune").GetString() == heading
            && f.GetProperty("code").GetString() is not ("no-sections" or "section-without-annex"));
        var sections = new[] { ("chieng-en", "Chiềng En"), ("pu-bau", "Pú Bẩu"), ("bo-sinh-cu", "Bó Sinh") };
        async Task<JsonElement> LineAsync(string slug) =>
            (await Http.GetJsonAsync($"/api/provinces/{_province}/summary?term=2020-2025", OfficerKey)).GetProperty("communes").EnumerateArray()
                .Single(c => c.GetProperty("commune").GetString() == $"{_province}/{slug}");

        // The province sees, on each commune the PDF's sections name (for the term its annexes are of), the PDF's count and where to read it.
        foreach (var (slug, heading) in sections)
        {
            var line = await LineAsync(slug);
            Assert.True(Disagreements(heading) > 0);
            Assert.Equal((Disagreements(heading), pdf), (line.GetProperty("reportFindings").GetInt32(), line.GetProperty("reportUploadId").GetString()));
            Assert.False(line.TryGetProperty("reportOfEarlierAnnex", out _));
        }
        // The commune's summary says the same, with the PDF's part about it: its own section and findings only.
        var summary = await Http.GetJsonAsync($"/api/communes/{_province}/pu-bau/summary?term=2020-2025", OfficerKey);
        Assert.Equal(Disagreements("Pú Bẩu"), summary.GetProperty("reportFindings").GetInt32());
        Assert.Equal("Pú Bẩu", Assert.Single(summary.GetProperty("report").GetProperty("sections").EnumerateArray()).GetProperty("commune").GetString());
        Assert.All(summary.GetProperty("report").GetProperty("findings").EnumerateArray(), f => Assert.Equal("Pú Bẩu", f.GetProperty("commune").GetString()));
        // The new commune's own term is no term the PDF checked.
        Assert.DoesNotContain((await Http.GetJsonAsync($"/api/provinces/{_province}/summary?term=2025-2030", OfficerKey)).GetProperty("communes").EnumerateArray(),
            c => c.TryGetProperty("reportFindings", out _));

        // Pú Bẩu's annex replaced after the PDF came: its count is said to be of the earlier annex; the others stand as they were.
        await ParseAndScoreAsync(await PostAsync("pu-bau", "2020-2025", SampleWorkbooks.PuBau.ToBytes(), "pu-bau-moi.xlsx", ClerkKey));
        var replaced = await LineAsync("pu-bau");
        Assert.Equal((Disagreements("Pú Bẩu"), true), (replaced.GetProperty("reportFindings").GetInt32(), replaced.GetProperty("reportOfEarlierAnnex").GetBoolean()));
        Assert.True((await Http.GetJsonAsync($"/api/communes/{_province}/pu-bau/summary?term=2020-2025", OfficerKey)).GetProperty("reportOfEarlierAnnex").GetBoolean());
        Assert.False((await LineAsync("chieng-en")).TryGetProperty("reportOfEarlierAnnex", out _));

        // The report sent again is checked against the current annex.
        var again = await PostAsync("bo-sinh", "2025-2030", ReportPdf.WithText(SeedReportText.Lines), "bao-cao.pdf", ClerkKey);
        await ParseAndScoreAsync(again);
        var rechecked = await LineAsync("pu-bau");
        Assert.Equal((Disagreements("Pú Bẩu"), again), (rechecked.GetProperty("reportFindings").GetInt32(), rechecked.GetProperty("reportUploadId").GetString()));
        Assert.False(rechecked.TryGetProperty("reportOfEarlierAnnex", out _));
    }
}
