using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Units;
using Pipeline.Storage;
using Pipeline.Storage.Access;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Functions.Tests;

/// <summary>
/// In the Function App too, every refusal and failure is problem details with a Vietnamese
/// detail: malformed or oversized bodies, storage that does not answer, a bug, and the key of a
/// commune that is no longer in the registry.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HttpProblemsTests(FunctionsFixture fixture)
{
    private static readonly string PuBauClerk = ClientPrincipal.Write("Cán bộ Pú Bẩu", "commune:son-la/pu-bau");

    private static async Task<(int Status, string ContentType, JsonElement Json)> SendAsync(
        string method, string? principal, Func<HttpRequest, Task<Microsoft.AspNetCore.Mvc.IActionResult>> function, byte[]? body = null, string? contentType = null,
        Microsoft.Extensions.Logging.ILogger? logs = null)
    {
        var (context, responseBody) = FunctionHttp.NewContext(method, principal, logs: logs);
        if (body is not null)
        {
            context.Request.Body = new MemoryStream(body);
            context.Request.ContentLength = body.Length;
            context.Request.ContentType = contentType;
        }
        var (status, json) = await FunctionHttp.ExecuteAsync(context, responseBody, await function(context.Request));
        return (status, context.Response.ContentType ?? "", json);
    }

    private static async Task<(byte[] Body, string ContentType)> FormAsync(string commune, string term, byte[] file)
    {
        using var form = Pipeline.Testing.AnnexUploadForm.Create(commune, term, file, "Biểu 02.xlsx");
        return (await form.ReadAsByteArrayAsync(), form.Headers.ContentType!.ToString());
    }

    private static void AssertProblem(int expectedStatus, string expectedCode, (int Status, string ContentType, JsonElement Json) answer)
    {
        Assert.Equal(expectedStatus, answer.Status);
        Assert.Equal("application/problem+json", answer.ContentType);
        Assert.Equal(expectedCode, answer.Json.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(answer.Json.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task A_malformed_multipart_body_is_a_400_problem()
    {
        var answer = await SendAsync(HttpMethods.Post, PuBauClerk,
            request => fixture.Create<UploadFunctions>().UploadAnnexAsync(request, CancellationToken.None),
            Encoding.ASCII.GetBytes("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nPK"), "multipart/form-data; boundary=xyz");
        AssertProblem(400, "malformed-form", answer);
    }

    [Fact]
    public async Task A_6_MB_upload_or_check_is_a_413_problem_with_its_size_and_nothing_is_stored()
    {
        // A province of its own, so "nothing is stored" reads the commune's whole history, not one invented term's.
        var province = $"tinh-{Guid.NewGuid():N}"[..20];
        var storage = await fixture.StorageAsync();
        Assert.Empty((await storage.Units.ReplaceAsync(province, new ProvinceUnits(province, "Tỉnh thử", [new("pu-bau", "Pú Bẩu")], []), CancellationToken.None)).Errors);
        var clerk = ClientPrincipal.Write("Cán bộ Pú Bẩu", $"commune:{province}/pu-bau");
        var (body, contentType) = await FormAsync($"{province}/pu-bau", "2020-2025", new byte[6 * 1024 * 1024]);
        var upload = await SendAsync(HttpMethods.Post, clerk, request => fixture.Create<UploadFunctions>().UploadAnnexAsync(request, CancellationToken.None), body, contentType);
        AssertProblem(413, "too-large", upload);
        Assert.Contains("(6,0 MB, tối đa 5 MB)", upload.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var check = await SendAsync(HttpMethods.Post, clerk, request => fixture.Create<UploadFunctions>().CheckAnnexAsync(request, CancellationToken.None), body, contentType);
        AssertProblem(413, "too-large", check);
        Assert.DoesNotContain(await storage.Queries.ListUploadsAsync(new CommuneId(province, "pu-bau"), 100, CancellationToken.None), u => u.Term == "2020-2025");
        Assert.Empty(await storage.Queries.ListUploadsAsync(new CommuneId(province, "pu-bau"), 100, CancellationToken.None));
    }

    [Fact]
    public async Task Oversized_units_and_catalogue_documents_are_413_problems()
    {
        var officer = ClientPrincipal.Write("Cán bộ tỉnh", "province:son-la");
        var large = Encoding.UTF8.GetBytes($$"""{"id":"son-la","name":"{{new string('x', 1024 * 1024)}}"}""");
        var units = await SendAsync(HttpMethods.Put, officer, request => fixture.Create<ProvinceFunctions>().ReplaceProvinceUnitsAsync(request, "son-la", CancellationToken.None), large, "application/json");
        AssertProblem(413, "too-large", units);
        Assert.Contains("Danh mục đơn vị hành chính gửi lên quá lớn (1,1 MB, tối đa 1 MB)", units.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var catalogue = await SendAsync(HttpMethods.Put, officer, request => fixture.Create<ProvinceFunctions>().ReplaceProvinceCatalogueAsync(request, "son-la", CancellationToken.None), large, "application/json");
        AssertProblem(413, "too-large", catalogue);
    }

    [Fact]
    public async Task Storage_that_does_not_answer_is_a_503_problem_and_a_bug_a_500_problem_with_a_trace_id()
    {
        // Clients that do not retry: the SDK's own retries only make the same failure slower (the local host's test has them).
        var unreachable = FunctionHttp.UnreachableStorage();
        await using var down = FunctionsFixture.App(unreachable, services => services.AddSingleton(new StorageAccount(
            new Azure.Storage.Blobs.BlobServiceClient(unreachable, new Azure.Storage.Blobs.BlobClientOptions { Retry = { MaxRetries = 0 } }),
            new Azure.Storage.Queues.QueueServiceClient(unreachable, new Azure.Storage.Queues.QueueClientOptions { Retry = { MaxRetries = 0 } }),
            new Azure.Data.Tables.TableServiceClient(unreachable, new Azure.Data.Tables.TableClientOptions { Retry = { MaxRetries = 0 } }))));
        var logs = new ListLogger<HttpProblemsTests>();
        var read = await SendAsync(HttpMethods.Get, PuBauClerk, request => ActivatorUtilities.CreateInstance<UploadFunctions>(down).CommuneUploadsAsync(request, "son-la", "pu-bau", CancellationToken.None), logs: logs);
        AssertProblem(503, "storage-unavailable", read);
        Assert.Contains(logs.Entries, e => e.Message.StartsWith("Storage unreachable serving GET", StringComparison.Ordinal));

        await using var broken = FunctionsFixture.App(fixture.ConnectionString, services => services.AddSingleton(new StoragePreparation(_ => throw new InvalidOperationException("a bug"))));
        var failed = await SendAsync(HttpMethods.Get, PuBauClerk, request => ActivatorUtilities.CreateInstance<CallerFunctions>(broken).MeAsync(request, CancellationToken.None), logs: logs);
        AssertProblem(500, "internal-error", failed);
        var traceId = failed.Json.GetProperty("traceId").GetString()!;
        Assert.Contains(traceId, failed.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Hệ thống gặp lỗi", failed.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var logged = Assert.Single(logs.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Error);
        Assert.Contains($"(trace {traceId})", logged.Message, StringComparison.Ordinal);
        Assert.Equal("a bug", logged.Exception?.Message);
    }

    [Fact]
    public async Task The_officer_of_a_commune_removed_from_the_registry_is_refused_on_every_route_until_it_is_back()
    {
        var officer = ClientPrincipal.Write("Cán bộ tỉnh", "province:tinh-thu");
        var clerk = ClientPrincipal.Write("Cán bộ xã B", "commune:tinh-thu/xa-b");
        async Task PutUnitsAsync(params string[] communes)
        {
            var document = JsonSerializer.SerializeToUtf8Bytes(new { id = "tinh-thu", name = "Tỉnh Thử", communes = communes.Select(c => new { id = c, name = $"Xã {c}" }) });
            var answer = await SendAsync(HttpMethods.Put, officer, request => fixture.Create<ProvinceFunctions>().ReplaceProvinceUnitsAsync(request, "tinh-thu", CancellationToken.None), document, "application/json");
            Assert.Equal(200, answer.Status);
        }
        Task<(int Status, string ContentType, JsonElement Json)> MeAsync() =>
            SendAsync(HttpMethods.Get, clerk, request => fixture.Create<CallerFunctions>().MeAsync(request, CancellationToken.None));

        await PutUnitsAsync("xa-a", "xa-b");
        Assert.Equal(200, (await MeAsync()).Status);

        await PutUnitsAsync("xa-a");
        var me = await MeAsync();
        AssertProblem(403, "forbidden", me);
        Assert.Contains("không còn trong danh mục", me.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        AssertProblem(403, "forbidden", await SendAsync(HttpMethods.Get, clerk,
            request => fixture.Create<UploadFunctions>().CommuneUploadsAsync(request, "tinh-thu", "xa-b", CancellationToken.None)));
        AssertProblem(403, "forbidden", await SendAsync(HttpMethods.Get, clerk,
            request => fixture.Create<UploadFunctions>().UploadStatusAsync(request, "20261129T014501123-3f9a1c2e", CancellationToken.None)));
        var (body, contentType) = await FormAsync("tinh-thu/xa-b", "2020-2025", SampleWorkbooks.PuBau.ToBytes());
        AssertProblem(403, "forbidden", await SendAsync(HttpMethods.Post, clerk,
            request => fixture.Create<UploadFunctions>().UploadAnnexAsync(request, CancellationToken.None), body, contentType));

        await PutUnitsAsync("xa-a", "xa-b");
        Assert.Equal(200, (await MeAsync()).Status);
    }
}
