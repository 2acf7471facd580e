using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using Azure.Data.Tables;
using Pipeline.Core.Periods;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Consolidations;
using Pipeline.Storage.Queries;
using Pipeline.Storage.Scoring;
using Pipeline.Storage.Uploads;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Storage.Tests;

/// <summary>
/// Yearly annexes over HTTP (issue 16), on real Kestrel and Azurite in a province of the test's own holding the new Bó Sinh
/// (formed from Chiềng En and Pú Bẩu): uploads with and without a period, a period the titles contradict held, a year's
/// annex never replacing the whole term's, the progress route and the province summary's counts.
/// </summary>
[Collection("Azurite")]
public sealed class ProgressRoutesTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const string Term = "2025-2030";
    private static readonly string ClerkKey = AccessKeys.NewKey();
    private static readonly string OtherClerkKey = AccessKeys.NewKey();
    private static readonly string OfficerKey = AccessKeys.NewKey();
    private readonly string _province = $"tinh-{Guid.NewGuid():N}"[..20];
    private ApiServer? _server;

    private HttpClient Http => _server!.Http;

    private string BoSinh => $"{_province}/bo-sinh";

    public async Task InitializeAsync()
    {
        var (province, errors) = ProvinceUnitsValidator.Validate(new ProvinceUnits(_province, "Tỉnh thử",
            [new("chieng-en", "Chiềng En"), new("pu-bau", "Pú Bẩu"), new("bo-sinh", "Bó Sinh"), new("muong-moi", "Mường Mới")],
            [new MergerUnit("bo-sinh", ["chieng-en", "pu-bau"], "2025-07-01", "Nghị quyết thử")]));
        Assert.Empty(errors);
        var keys = new AccessKeys(
        [
            new(ClerkKey, Caller.CommuneOfficer("Cán bộ Bó Sinh", new CommuneId(_province, "bo-sinh"))),
            new(OtherClerkKey, Caller.CommuneOfficer("Cán bộ Mường Mới", new CommuneId(_province, "muong-moi"))),
            new(OfficerKey, Caller.ProvinceOfficer("Cầm Thị Bình", _province)),
        ]);
        _server = await ApiServer.StartAsync(azurite.ConnectionString, keys, registry: CommuneRegistry.Empty.With(province!));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private async Task<HttpResponseMessage> PostAsync(string path, SampleWorkbook workbook, string? period, string term = Term)
    {
        using var form = AnnexUploadForm.Create(BoSinh, term, workbook.ToBytes(), Path.GetFileName(workbook.RelativePath), period);
        return await Http.SendWithKeyAsync(HttpMethod.Post, path, ClerkKey, form);
    }

    /// <summary>Uploads, parses and scores; the upload's status document as GET /api/annexes/{id} answers it.</summary>
    private async Task<JsonElement> SendAsync(SampleWorkbook workbook, string? period)
    {
        var response = await PostAsync("/api/annexes", workbook, period);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var uploadId = (await JsonAsync(response)).GetProperty("uploadId").GetString()!;
        var record = (await _server!.Storage.Queries.GetUploadAsync(uploadId, CancellationToken.None))!;
        await _server.Storage.Ingestion.ParseAsync(record.BlobName, CancellationToken.None);
        await ScoreQueueReader.ScoreAllAsync(_server.Storage);
        return await Http.GetJsonAsync($"/api/annexes/{uploadId}", ClerkKey);
    }

    private async Task<string?> SummaryUploadAsync() =>
        (await _server!.Storage.Queries.GetSummaryAsync(new CommuneId(_province, "bo-sinh"), Term, CancellationToken.None))?.UploadId;

    [Fact]
    public async Task Yearly_uploads_with_and_without_a_period_are_followed_beside_the_term_targets_which_they_never_replace()
    {
        // No targets annex yet: nothing to follow.
        var none = await Http.SendWithKeyAsync(HttpMethod.Get, $"/api/communes/{BoSinh}/progress?term={Term}", ClerkKey);
        Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);

        var targets = await SendAsync(SampleWorkbooks.BoSinhTargets2030, period: null);
        Assert.Equal(("scored", "term"), (targets.GetProperty("status").GetString(), targets.GetProperty("period").GetString()));
        var targetsId = targets.GetProperty("uploadId").GetString();

        // Without a period: the file's own (its titles say 2026), no hold. With one that agrees: as chosen.
        var year2026 = await SendAsync(SampleWorkbooks.BoSinhResults2026, period: null);
        Assert.Equal(("scored", "2026"), (year2026.GetProperty("status").GetString(), year2026.GetProperty("period").GetString()));
        var year2027 = await SendAsync(SampleWorkbooks.BoSinhResults2027, period: "2027");
        Assert.Equal(("scored", "2027", false), (year2027.GetProperty("status").GetString(), year2027.GetProperty("period").GetString(),
            year2027.GetProperty("needsConfirmation").GetBoolean()));

        // The whole term's annex is still the targets: summary, targets route.
        Assert.Equal(targetsId, await SummaryUploadAsync());
        var summary = await Http.GetJsonAsync($"/api/communes/{BoSinh}/summary?term={Term}", ClerkKey);
        Assert.Equal(targetsId, summary.GetProperty("uploadId").GetString());

        var progress = await Http.GetJsonAsync($"/api/communes/{BoSinh}/progress?term={Term}", ClerkKey);
        Assert.Equal(("Bó Sinh", Term), (progress.GetProperty("commune").GetString(), progress.GetProperty("term").GetString()));
        Assert.Equal([2026, 2027], progress.GetProperty("periods").EnumerateArray().Select(p => p.GetInt32()));
        // By hand (docs/progress.md): budget revenue 420 → 515; 2026: 452, (452 − 420) / (515 − 420) = 32 / 95 = 0.3368 ≥ 0.2, on track;
        // 2027 (an estimate): 455, 35 / 95 = 0.3684 < 0.4 but ≥ 0.2, behind.
        var budget = progress.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicatorCode").GetString() == "budget-revenue");
        Assert.Equal(("higher", 420m, 515m), (budget.GetProperty("direction").GetString(), budget.GetProperty("baseline").GetDecimal(), budget.GetProperty("target").GetDecimal()));
        var values = budget.GetProperty("values").EnumerateArray().ToArray();
        Assert.Equal((2026, 452m, false, 440m, "exceeded", 0.3368m, 0.2m, "onTrack"), (values[0].GetProperty("period").GetInt32(), values[0].GetProperty("value").GetDecimal(),
            values[0].GetProperty("estimate").GetBoolean(), values[0].GetProperty("plan").GetDecimal(), values[0].GetProperty("planStatus").GetString(),
            values[0].GetProperty("share").GetDecimal(), values[0].GetProperty("expectedShare").GetDecimal(), values[0].GetProperty("assessment").GetString()));
        Assert.Equal((2027, 455m, true, 0.3684m, "behind"), (values[1].GetProperty("period").GetInt32(), values[1].GetProperty("value").GetDecimal(),
            values[1].GetProperty("estimate").GetBoolean(), values[1].GetProperty("share").GetDecimal(), values[1].GetProperty("assessment").GetString()));

        // The province summary: Bó Sinh's counts in 2027, each indicator's latest year (29 indicators); the others have none.
        var province = await Http.GetJsonAsync($"/api/provinces/{_province}/summary?term={Term}", OfficerKey);
        var line = province.GetProperty("communes").EnumerateArray().Single(c => c.GetProperty("commune").GetString() == BoSinh).GetProperty("progress");
        Assert.Equal((3, 11, 14, 1, 0, 2027), (line.GetProperty("reached").GetInt32(), line.GetProperty("onTrack").GetInt32(), line.GetProperty("behind").GetInt32(),
            line.GetProperty("farBehind").GetInt32(), line.GetProperty("noBaseline").GetInt32(), line.GetProperty("latestPeriod").GetInt32()));
        var again = await Http.GetJsonAsync($"/api/provinces/{_province}/summary?term={Term}", OfficerKey); // from the stored counts now
        Assert.Equal(line.GetRawText(), again.GetProperty("communes").EnumerateArray().Single(c => c.GetProperty("commune").GetString() == BoSinh).GetProperty("progress").GetRawText());
    }

    [Fact]
    public async Task A_period_the_titles_contradict_is_held_and_leaves_the_years_current_annex_alone()
    {
        await SendAsync(SampleWorkbooks.BoSinhTargets2030, period: null);
        await SendAsync(SampleWorkbooks.BoSinhResults2026, period: "2026");
        var wrong = await SendAsync(SampleWorkbooks.BoSinhResults2027, period: "2026"); // its titles say 2027
        Assert.Equal(("held", true, "2026"), (wrong.GetProperty("status").GetString(), wrong.GetProperty("needsConfirmation").GetBoolean(), wrong.GetProperty("period").GetString()));
        Assert.Contains(wrong.GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("năm 2027", StringComparison.Ordinal)
            && w.GetString()!.Contains("năm 2026", StringComparison.Ordinal));

        var progress = await Http.GetJsonAsync($"/api/communes/{BoSinh}/progress?term={Term}", ClerkKey);
        Assert.Equal([2026], progress.GetProperty("periods").EnumerateArray().Select(p => p.GetInt32()));
        var budget = progress.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicatorCode").GetString() == "budget-revenue");
        Assert.Equal(452m, budget.GetProperty("values")[0].GetProperty("value").GetDecimal()); // still the 2026 file's

        // Confirmed, it is 2026's current annex as the clerk chose (read as 2026's: its 2027 columns are another year's).
        using var confirm = new StringContent("");
        var confirmed = await Http.SendWithKeyAsync(HttpMethod.Post, $"/api/annexes/{wrong.GetProperty("uploadId").GetString()}/confirm", ClerkKey, confirm);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        progress = await Http.GetJsonAsync($"/api/communes/{BoSinh}/progress?term={Term}", ClerkKey);
        Assert.Equal([2026], progress.GetProperty("periods").EnumerateArray().Select(p => p.GetInt32()));
        var current = await _server!.Storage.Services.GetRequiredService<PeriodSummaryStore>().ListAsync(new CommuneId(_province, "bo-sinh"), Term, CancellationToken.None);
        Assert.Equal((ReportingPeriod.OfYear(2026), wrong.GetProperty("uploadId").GetString()), (Assert.Single(current).Period, current[0].Summary.UploadId));

        // The check says so before anything is stored.
        var check = await JsonAsync(await PostAsync("/api/annexes/check", SampleWorkbooks.BoSinhResults2027, "2026"));
        Assert.True(check.GetProperty("wouldBeHeld").GetBoolean());
    }

    [Theory]
    [InlineData("quý 3", "invalid-period")]
    [InlineData("2031", "period-not-of-term")]
    [InlineData("2025", "period-not-of-term")] // the term's first year is its baseline, not one of its years
    public async Task A_period_that_is_none_or_not_a_year_of_the_term_is_refused_400(string period, string code)
    {
        foreach (var path in new[] { "/api/annexes", "/api/annexes/check" })
        {
            var response = await PostAsync(path, SampleWorkbooks.BoSinhResults2026, period);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var problem = await JsonAsync(response);
            Assert.Equal(code, problem.GetProperty("code").GetString());
            Assert.Contains("năm", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Progress_is_read_as_the_commune_summary_is_and_needs_a_valid_term()
    {
        await SendAsync(SampleWorkbooks.BoSinhTargets2030, period: null);
        await SendAsync(SampleWorkbooks.BoSinhResults2026, period: "2026");
        var path = $"/api/communes/{BoSinh}/progress?term={Term}";
        Assert.Equal(HttpStatusCode.OK, (await Http.SendWithKeyAsync(HttpMethod.Get, path, OfficerKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Http.SendWithKeyAsync(HttpMethod.Get, path, OtherClerkKey)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Http.SendWithKeyAsync(HttpMethod.Get, path, null)).StatusCode);
        var badTerm = await Http.SendWithKeyAsync(HttpMethod.Get, $"/api/communes/{BoSinh}/progress?term=2025", ClerkKey);
        Assert.Equal(HttpStatusCode.BadRequest, badTerm.StatusCode);
        Assert.Equal("invalid-term", (await JsonAsync(badTerm)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_provinces_confirmation_locks_the_whole_term_annex_only_a_years_results_sent_as_such_still_arrive()
    {
        await SendAsync(SampleWorkbooks.BoSinhTargets2030, period: null);
        using var confirm = JsonContent.Create(new { term = Term, decision = "confirm" });
        Assert.Equal(HttpStatusCode.OK, (await Http.SendWithKeyAsync(HttpMethod.Post, $"/api/communes/{BoSinh}/review", OfficerKey, confirm)).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync("/api/annexes", SampleWorkbooks.BoSinhTargets2030, period: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync("/api/annexes", SampleWorkbooks.BoSinhTargets2030, period: "term")).StatusCode);
        var year = await SendAsync(SampleWorkbooks.BoSinhResults2026, period: "2026");
        Assert.Equal("scored", year.GetProperty("status").GetString());
        // Sent without choosing its year (the clerk's form may not ask), a year's results still arrive: the file says what it is.
        var unchosen = await SendAsync(SampleWorkbooks.BoSinhResults2027, period: null);
        Assert.Equal("scored", unchosen.GetProperty("status").GetString());
        var history = await Http.GetJsonAsync($"/api/communes/{BoSinh}/history?term={Term}", OfficerKey);
        Assert.DoesNotContain(history.EnumerateArray(), e => e.TryGetProperty("uploadId", out var id) && id.GetString() == year.GetProperty("uploadId").GetString());
        Assert.Contains(history.EnumerateArray(), e => e.GetProperty("action").GetString() == "upload"); // the targets' upload is there
    }

    [Fact]
    public async Task The_scheduled_run_brings_the_progress_counts_up_to_the_years_that_arrived()
    {
        await SendAsync(SampleWorkbooks.BoSinhTargets2030, period: null);
        await SendAsync(SampleWorkbooks.BoSinhResults2026, period: null);
        var consolidation = _server!.Storage.Consolidation;
        var first = await consolidation.RunAsync(await consolidation.StartAsync(ConsolidationTrigger.Schedule, "test", _province, CancellationToken.None), CancellationToken.None);
        Assert.Contains($"{_province} {Term}: tiến độ 1 xã", first.Recomputed);

        await SendAsync(SampleWorkbooks.BoSinhResults2027, period: null);
        var second = await consolidation.RunAsync(await consolidation.StartAsync(ConsolidationTrigger.Schedule, "test", _province, CancellationToken.None), CancellationToken.None);
        Assert.Contains($"{_province} {Term}: tiến độ 1 xã", second.Recomputed);
        var third = await consolidation.RunAsync(await consolidation.StartAsync(ConsolidationTrigger.Schedule, "test", _province, CancellationToken.None), CancellationToken.None);
        Assert.DoesNotContain(third.Recomputed, r => r.Contains("tiến độ", StringComparison.Ordinal)); // nothing new: nothing computed again

        var stored = await _server.Storage.Services.GetRequiredService<ProgressCountsStore>().ListAsync(_province, Term, CancellationToken.None);
        Assert.Equal(2027, stored["bo-sinh"].Counts!.LatestPeriod);
    }

    [Fact]
    public async Task A_catalogue_replaced_makes_the_stored_counts_stale_once()
    {
        await SendAsync(SampleWorkbooks.BoSinhTargets2030, period: null);
        await SendAsync(SampleWorkbooks.BoSinhResults2026, period: "2026");
        var consolidation = _server!.Storage.Consolidation;
        async Task<IReadOnlyList<string>> RunAsync() =>
            (await consolidation.RunAsync(await consolidation.StartAsync(ConsolidationTrigger.Schedule, "test", _province, CancellationToken.None), CancellationToken.None)).Recomputed;
        Assert.Contains($"{_province} {Term}: tiến độ 1 xã", await RunAsync());
        Assert.DoesNotContain(await RunAsync(), r => r.Contains("tiến độ", StringComparison.Ordinal));

        // The province's catalogue gains an indicator: directions and codes may differ now, so the counts are computed again — once.
        const string tea = """
            { "indicators": [ { "code": "tea-area", "name": "Diện tích chè", "unit": "ha", "direction": "higher", "additive": true,
                                "group": "economy", "patterns": [ { "all": ["diện tích", "chè"] } ] } ] }
            """;
        var (_, error) = await _server.Storage.Catalogues.ReplaceAsync(_province, BinaryData.FromString(tea), CancellationToken.None);
        Assert.Null(error);
        Assert.Contains($"{_province} {Term}: tiến độ 1 xã", await RunAsync());
        Assert.DoesNotContain(await RunAsync(), r => r.Contains("tiến độ", StringComparison.Ordinal));
    }

    private async Task<HttpResponseMessage> PutDeadlineAsync(object body)
    {
        using var content = JsonContent.Create(body);
        return await Http.SendWithKeyAsync(HttpMethod.Put, $"/api/provinces/{_province}/deadlines/{Term}", OfficerKey, content);
    }

    private async Task<JsonElement> ProvinceAsync(string query) => await Http.GetJsonAsync($"/api/provinces/{_province}/summary?term={Term}{query}", OfficerKey);

    [Fact]
    public async Task A_years_deadline_is_its_own_and_the_province_summary_tells_for_that_year_who_sent_when_on_time_or_late()
    {
        // The 2026 results' deadline, early the next year; the whole term's stays unset.
        var set = await PutDeadlineAsync(new { deadline = "2027-03-31", period = "2026" });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var setBody = await JsonAsync(set);
        Assert.Equal(("2026", "2027-03-31"), (setBody.GetProperty("period").GetString(), setBody.GetProperty("deadline").GetString()));
        var deadlines = (await Http.GetJsonAsync($"/api/provinces/{_province}/deadlines", OfficerKey)).EnumerateArray().ToArray();
        Assert.Equal((Term, "2026", "2027-03-31"), (Assert.Single(deadlines).GetProperty("term").GetString(), deadlines[0].GetProperty("period").GetString(),
            deadlines[0].GetProperty("deadline").GetString()));

        await SendAsync(SampleWorkbooks.BoSinhTargets2030, period: null);
        var sent = await SendAsync(SampleWorkbooks.BoSinhResults2026, period: "2026");
        var receivedAt = (await _server!.Storage.Queries.GetUploadAsync(sent.GetProperty("uploadId").GetString()!, CancellationToken.None))!.ReceivedAt;

        // Expected for 2025–2030: Bó Sinh and Mường Mới (Chiềng En and Pú Bẩu were merged into Bó Sinh). Bó Sinh sent, before the deadline;
        // Mường Mới has not, and still has time: neither late.
        var year = await ProvinceAsync("&period=2026");
        var completeness = year.GetProperty("periodCompleteness");
        Assert.Equal(("2026", "2027-03-31", 2, 1, 1, 1, 0), (completeness.GetProperty("period").GetString(), completeness.GetProperty("deadline").GetString(),
            completeness.GetProperty("expected").GetInt32(), completeness.GetProperty("sent").GetInt32(), completeness.GetProperty("notSent").GetInt32(),
            completeness.GetProperty("onTime").GetInt32(), completeness.GetProperty("late").GetInt32()));
        Assert.Equal($"{_province}/muong-moi", Assert.Single(completeness.GetProperty("notSentCommunes").EnumerateArray()).GetProperty("commune").GetString());
        var boSinh = year.GetProperty("communes").EnumerateArray().Single(c => c.GetProperty("commune").GetString() == BoSinh).GetProperty("periodSubmission");
        Assert.Equal((true, sent.GetProperty("uploadId").GetString(), "onTime"), (boSinh.GetProperty("sent").GetBoolean(), boSinh.GetProperty("uploadId").GetString(),
            boSinh.GetProperty("timeliness").GetString()));
        Assert.Equal(receivedAt, boSinh.GetProperty("sentAt").GetDateTimeOffset());
        // The term's review is the whole-term annex's: no deadline of its own set, so none there.
        Assert.False(year.GetProperty("review").TryGetProperty("deadline", out var termDeadline) && termDeadline.ValueKind != JsonValueKind.Null);

        // The year sent again: still judged on the first sent; a deadline moved into the past makes both late (Mường Mới sent nothing).
        var again = await SendAsync(SampleWorkbooks.BoSinhResults2026, period: "2026");
        Assert.Equal(HttpStatusCode.OK, (await PutDeadlineAsync(new { deadline = "2026-01-31", period = "2026" })).StatusCode);
        year = await ProvinceAsync("&period=2026");
        boSinh = year.GetProperty("communes").EnumerateArray().Single(c => c.GetProperty("commune").GetString() == BoSinh).GetProperty("periodSubmission");
        Assert.Equal((again.GetProperty("uploadId").GetString(), receivedAt, "late"), (boSinh.GetProperty("uploadId").GetString(), boSinh.GetProperty("sentAt").GetDateTimeOffset(),
            boSinh.GetProperty("timeliness").GetString()));
        Assert.Equal((0, 2), (year.GetProperty("periodCompleteness").GetProperty("onTime").GetInt32(), year.GetProperty("periodCompleteness").GetProperty("late").GetInt32()));

        // 2027: nobody sent, no deadline; without a period (or the whole term) nothing is added.
        var y2027 = (await ProvinceAsync("&period=2027")).GetProperty("periodCompleteness");
        Assert.Equal((0, 2, JsonValueKind.Null), (y2027.GetProperty("sent").GetInt32(), y2027.GetProperty("notSent").GetInt32(), y2027.GetProperty("deadline").ValueKind));
        Assert.False((await ProvinceAsync("")).TryGetProperty("periodCompleteness", out _));
        Assert.False((await ProvinceAsync("&period=term")).TryGetProperty("periodCompleteness", out _));
        Assert.DoesNotContain((await ProvinceAsync("")).GetProperty("communes").EnumerateArray(), c => c.TryGetProperty("periodSubmission", out _));
    }

    [Theory]
    [InlineData("2031", "2031-12-31", "period-not-of-term")]
    [InlineData("2025", "2025-12-31", "period-not-of-term")]
    [InlineData("quý 3", "2026-12-31", "invalid-period")]
    [InlineData("2026", "2027-07-01", "invalid-deadline")] // past the first half of the next year
    [InlineData("2026", "2025-12-31", "invalid-deadline")]
    [InlineData("mid-term", "2030-06-30", "invalid-deadline")]
    public async Task A_periods_deadline_outside_its_window_or_of_no_period_of_the_term_is_refused_and_nothing_is_stored(string period, string day, string code)
    {
        var refused = await PutDeadlineAsync(new { deadline = day, period });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await JsonAsync(refused);
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.Contains(code == "invalid-deadline" ? "Hạn nộp" : "năm", problem.GetProperty("detail").GetString()!, StringComparison.Ordinal);
        Assert.Empty((await Http.GetJsonAsync($"/api/provinces/{_province}/deadlines", OfficerKey)).EnumerateArray());
    }

    [Theory]
    [InlineData("quý 3", "invalid-period")]
    [InlineData("2031", "period-not-of-term")]
    public async Task The_province_summary_refuses_a_period_that_is_none_or_not_of_the_term(string period, string code)
    {
        var response = await Http.SendWithKeyAsync(HttpMethod.Get, $"/api/provinces/{_province}/summary?term={Term}&period={Uri.EscapeDataString(period)}", OfficerKey);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await JsonAsync(response)).GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_deadline_stored_before_periods_existed_is_still_the_whole_terms_beside_a_years()
    {
        // As stored then: row key the term, a document without a period.
        var table = new TableClient(azurite.ConnectionString, StorageNames.ReviewsTable);
        var old = new TableEntity(TableKeys.Deadlines(_province), Term)
        {
            ["Json"] = """{"term":"2025-2030","deadline":"2031-03-31","setBy":"Cầm Thị Bình","setAt":"2026-01-02T03:04:05+00:00"}""",
        };
        await table.UpsertEntityAsync(old);
        Assert.Equal(HttpStatusCode.OK, (await PutDeadlineAsync(new { deadline = "2027-12-31", period = "2027" })).StatusCode);

        var deadlines = (await Http.GetJsonAsync($"/api/provinces/{_province}/deadlines", OfficerKey)).EnumerateArray()
            .ToDictionary(d => d.GetProperty("period").GetString()!, d => d.GetProperty("deadline").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["term"] = "2031-03-31", ["2027"] = "2027-12-31" }, deadlines);
        Assert.Equal("2031-03-31", (await ProvinceAsync("")).GetProperty("review").GetProperty("deadline").GetString());
        Assert.Equal("2027-12-31", (await ProvinceAsync("&period=2027")).GetProperty("periodCompleteness").GetProperty("deadline").GetString());

        // Set again without a period: the same entity, the whole term's.
        Assert.Equal(HttpStatusCode.OK, (await PutDeadlineAsync(new { deadline = "2031-06-30" })).StatusCode);
        Assert.Equal(2, (await Http.GetJsonAsync($"/api/provinces/{_province}/deadlines", OfficerKey)).GetArrayLength());
        Assert.Equal("2031-06-30", (await ProvinceAsync("")).GetProperty("review").GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task A_year_sent_again_makes_the_stored_counts_stale_and_the_scheduled_run_computes_them_again_once()
    {
        await SendAsync(SampleWorkbooks.BoSinhTargets2030, period: null);
        await SendAsync(SampleWorkbooks.BoSinhResults2026, period: "2026");
        var consolidation = _server!.Storage.Consolidation;
        async Task<IReadOnlyList<string>> RunAsync() =>
            (await consolidation.RunAsync(await consolidation.StartAsync(ConsolidationTrigger.Schedule, "test", _province, CancellationToken.None), CancellationToken.None)).Recomputed;
        var store = _server.Storage.Services.GetRequiredService<ProgressCountsStore>();
        Assert.Contains($"{_province} {Term}: tiến độ 1 xã", await RunAsync());
        var before = (await store.ListAsync(_province, Term, CancellationToken.None))["bo-sinh"];

        // The same year's results sent again (a corrected file): a newer upload, so the counts no longer stand on the current ones.
        var again = await SendAsync(SampleWorkbooks.BoSinhResults2026, period: "2026");
        var stale = (await store.ListAsync(_province, Term, CancellationToken.None))["bo-sinh"];
        Assert.Equal(before.Basis, stale.Basis); // nothing refreshed them on the way in
        Assert.DoesNotContain(again.GetProperty("uploadId").GetString()!, stale.Basis, StringComparison.Ordinal);

        Assert.Contains($"{_province} {Term}: tiến độ 1 xã", await RunAsync());
        var refreshed = (await store.ListAsync(_province, Term, CancellationToken.None))["bo-sinh"];
        Assert.Contains($"2026={again.GetProperty("uploadId").GetString()}", refreshed.Basis, StringComparison.Ordinal);
        Assert.Equal(2026, refreshed.Counts!.LatestPeriod);
        Assert.DoesNotContain(await RunAsync(), r => r.Contains("tiến độ", StringComparison.Ordinal));
    }
}
