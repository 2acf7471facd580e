using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Tests.Fakes;
using Pipeline.Storage.Uploads;
using Pipeline.Workbooks;

namespace Pipeline.Storage.Tests;

/// <summary>
/// The rules of GET /api/me, POST /api/annexes and POST /api/annexes/check — access, validation,
/// status codes, problem details — on in-memory units and uploads, without Azurite. What storage
/// does with an accepted upload is tested against Azurite (PipelineStepsTests, ApiRoutesTests).
/// </summary>
public sealed class PipelineEndpointsTests
{
    private static readonly CommuneRegistry Registry = CommuneRegistry.LoadFile(RepositoryLayout.Sample("registry.json"));
    private static readonly CommuneId PuBau = new("son-la", "pu-bau");
    private static readonly Caller PuBauClerk = Caller.CommuneOfficer("Cán bộ Pú Bẩu", PuBau);
    private static readonly Caller Officer = Caller.ProvinceOfficer("Cán bộ tỉnh", "son-la");

    private readonly EndpointsWithoutStorage _api = new(Registry);

    private static void AssertProblem(int status, string code, (int Status, string ContentType, System.Text.Json.JsonElement Json) answer)
    {
        Assert.Equal(status, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(code, answer.Json.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(answer.Json.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Me_publishes_the_upload_limit_the_portal_checks_files_against()
    {
        var (status, _, json) = await EndpointsWithoutStorage.AnswerAsync(await _api.Endpoints.MeAsync(PuBauClerk, CancellationToken.None));

        Assert.Equal(200, status);
        Assert.Equal(5_242_880, json.GetProperty("maxUploadBytes").GetInt64());
        Assert.Equal("commune", json.GetProperty("role").GetString());
    }

    [Fact]
    public async Task Me_is_401_without_an_identity_and_403_for_a_commune_no_longer_listed()
    {
        AssertProblem(401, "unauthenticated", await EndpointsWithoutStorage.AnswerAsync(await _api.Endpoints.MeAsync(null, CancellationToken.None)));
        var gone = Caller.CommuneOfficer("Cán bộ xã cũ", new CommuneId("son-la", "da-giai-the"));
        AssertProblem(403, "forbidden", await EndpointsWithoutStorage.AnswerAsync(await _api.Endpoints.MeAsync(gone, CancellationToken.None)));
    }

    [Fact]
    public async Task An_upload_refused_by_access_is_answered_before_its_body_is_read()
    {
        AssertProblem(401, "unauthenticated", await EndpointsWithoutStorage.AnswerAsync(
            await _api.Endpoints.UploadAsync(EndpointsWithoutStorage.UnreadableForm(), null, CancellationToken.None)));
        AssertProblem(401, "unauthenticated", await EndpointsWithoutStorage.AnswerAsync(
            await _api.Endpoints.CheckAsync(EndpointsWithoutStorage.UnreadableForm(), null, CancellationToken.None)));
        var gone = Caller.CommuneOfficer("Cán bộ xã cũ", new CommuneId("son-la", "da-giai-the"));
        AssertProblem(403, "forbidden", await EndpointsWithoutStorage.AnswerAsync(
            await _api.Endpoints.UploadAsync(EndpointsWithoutStorage.UnreadableForm(), gone, CancellationToken.None)));
        Assert.Empty(_api.Uploads.Received);
    }

    [Fact]
    public async Task A_province_officer_may_check_a_file_but_not_upload_it()
    {
        var file = SampleWorkbooks.PuBau.ToBytes();
        AssertProblem(403, "forbidden", await EndpointsWithoutStorage.AnswerAsync(
            await _api.Endpoints.UploadAsync(await EndpointsWithoutStorage.FormAsync("son-la/pu-bau", "2020-2025", file), Officer, CancellationToken.None)));

        var (status, contentType, report) = await EndpointsWithoutStorage.AnswerAsync(
            await _api.Endpoints.CheckAsync(await EndpointsWithoutStorage.FormAsync("son-la/pu-bau", "2020-2025", file, "Biểu 02.xlsx"), Officer, CancellationToken.None));
        Assert.Equal((200, "application/json; charset=utf-8"), (status, contentType));
        Assert.Equal("Biểu 02.xlsx", report.GetProperty("file").GetString());
        Assert.NotEmpty(report.GetProperty("annexes").EnumerateArray());
        Assert.Empty(_api.Uploads.Received);
    }

    [Fact]
    public async Task An_upload_needs_a_commune_of_the_callers_own_a_term_and_a_file_within_the_limit()
    {
        var file = SampleWorkbooks.PuBau.ToBytes();
        async Task<(int, string, System.Text.Json.JsonElement)> UploadAsync(string commune, string term, byte[] bytes) =>
            await EndpointsWithoutStorage.AnswerAsync(await _api.Endpoints.UploadAsync(await EndpointsWithoutStorage.FormAsync(commune, term, bytes), PuBauClerk, CancellationToken.None));

        AssertProblem(400, "invalid-commune", await UploadAsync("pu-bau", "2020-2025", file));
        AssertProblem(403, "forbidden", await UploadAsync("son-la/chieng-en", "2020-2025", file));
        AssertProblem(400, "invalid-term", await UploadAsync("son-la/pu-bau", "2020", file));
        var tooLarge = await UploadAsync("son-la/pu-bau", "2020-2025", new byte[AnnexSubmission.MaxUploadBytes + 1]);
        AssertProblem(413, "too-large", tooLarge);
        Assert.Contains("tối đa 5 MB", tooLarge.Item3.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(_api.Uploads.Received);
    }

    [Fact]
    public async Task A_predecessor_has_no_term_after_its_merger_nor_the_new_commune_one_before_it()
    {
        var file = SampleWorkbooks.PuBau.ToBytes();
        var newClerk = Caller.CommuneOfficer("Cán bộ Bó Sinh", new CommuneId("son-la", "bo-sinh"));
        async Task<(int, string, System.Text.Json.JsonElement)> UploadAsync(string commune, string term, Caller clerk) =>
            await EndpointsWithoutStorage.AnswerAsync(await _api.Endpoints.UploadAsync(await EndpointsWithoutStorage.FormAsync(commune, term, file), clerk, CancellationToken.None));

        var predecessor = await UploadAsync("son-la/pu-bau", "2025-2030", PuBauClerk);
        AssertProblem(400, "term-not-of-commune", predecessor);
        Assert.Contains("Xã Pú Bẩu đã sáp nhập vào xã Bó Sinh từ ngày 01/07/2025", predecessor.Item3.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var formed = await UploadAsync("son-la/bo-sinh", "2020-2025", newClerk);
        AssertProblem(400, "term-not-of-commune", formed);
        Assert.Contains("Chiềng En, Pú Bẩu, Bó Sinh (cũ)", formed.Item3.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(_api.Uploads.Received);
        // A check for such a term says the same, rather than "the upload would wait for confirmation".
        AssertProblem(400, "term-not-of-commune", await EndpointsWithoutStorage.AnswerAsync(
            await _api.Endpoints.CheckAsync(await EndpointsWithoutStorage.FormAsync("son-la/pu-bau", "2025-2030", file), PuBauClerk, CancellationToken.None)));

        // Their own terms still go through: the predecessor's last, uploaded by the new commune's clerk too, and the new commune's first.
        Assert.Equal(202, (await UploadAsync("son-la/pu-bau", "2020-2025", newClerk)).Item1);
        Assert.Equal(202, (await UploadAsync("son-la/bo-sinh", "2025-2030", newClerk)).Item1);
    }

    [Fact]
    public async Task A_check_takes_the_commune_and_term_as_hints_and_refuses_only_a_file_over_the_limit()
    {
        var file = SampleWorkbooks.PuBau.ToBytes();
        var (status, _, _) = await EndpointsWithoutStorage.AnswerAsync(
            await _api.Endpoints.CheckAsync(await EndpointsWithoutStorage.FormAsync("not a commune", "not a term", file), PuBauClerk, CancellationToken.None));
        Assert.Equal(200, status);

        AssertProblem(413, "too-large", await EndpointsWithoutStorage.AnswerAsync(await _api.Endpoints.CheckAsync(
            await EndpointsWithoutStorage.FormAsync("son-la/pu-bau", "2020-2025", new byte[AnnexSubmission.MaxUploadBytes + 1]), PuBauClerk, CancellationToken.None)));
        Assert.Empty(_api.Uploads.Received);
    }

    [Fact]
    public async Task An_accepted_upload_is_202_with_its_status_url_and_bytes_that_are_no_workbook_are_kept_with_the_reason()
    {
        var (status, _, json) = await EndpointsWithoutStorage.AnswerAsync(await _api.Endpoints.UploadAsync(
            await EndpointsWithoutStorage.FormAsync("son-la/pu-bau", "2020-2025", SampleWorkbooks.PuBau.ToBytes(), "Biểu 02.xlsx"), PuBauClerk, CancellationToken.None));
        Assert.Equal(202, status);
        var uploadId = json.GetProperty("uploadId").GetString();
        Assert.Equal($"/api/annexes/{uploadId}", json.GetProperty("statusUrl").GetString());

        await _api.Endpoints.UploadAsync(await EndpointsWithoutStorage.FormAsync("son-la/pu-bau", "2020-2025", BadInputs.CsvWithExcelName(), "bieu.xlsx"), PuBauClerk, CancellationToken.None);

        Assert.Collection(_api.Uploads.Received,
            workbook => Assert.Equal((PuBau, "2020-2025", "Cán bộ Pú Bẩu", Core.Reading.FileKind.Zip, (Core.Reading.ReadError?)null),
                (workbook.Commune, workbook.Term, workbook.Uploader, workbook.Kind, workbook.Refusal)),
            notWorkbook => Assert.NotNull(notWorkbook.Refusal));
    }

    [Fact]
    public async Task An_unknown_commune_an_officer_still_speaks_for_is_404()
    {
        // Only reachable with units where a merger names a predecessor that is not listed: the access rules refuse any other officer first.
        var merged = new CommuneId("tinh-sap-nhap", "xa-moi");
        var unlisted = new CommuneId("tinh-sap-nhap", "khong-co");
        var registry = CommuneRegistry.Empty.With(new RegisteredProvince("tinh-sap-nhap", "Tỉnh sáp nhập",
            [new RegisteredCommune(merged, "Xã Mới", "Tỉnh sáp nhập")], [new Merger(merged, [unlisted], new DateOnly(2025, 7, 1), "Nghị quyết")]));
        var api = new EndpointsWithoutStorage(registry);
        using var content = new MemoryStream([1, 2, 3]);

        var result = await api.Submission.SubmitAsync(new SubmittedAnnex(Caller.CommuneOfficer("Cán bộ Xã Mới", merged), unlisted.ToString(), "2020-2025", "bieu.xlsx", content),
            SubmissionMode.Upload, CancellationToken.None);

        Assert.Equal(new SubmissionResult.Refused(404, "unknown-commune", "Không có xã 'tinh-sap-nhap/khong-co' trong danh mục đơn vị hành chính."), result);
        Assert.Empty(api.Uploads.Received);
    }
}
