using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Testing;

namespace Pipeline.Storage.Tests;

/// <summary>
/// Every refusal of the HTTP API is problem details with a Vietnamese detail, over real Kestrel
/// and Azurite: malformed and oversized bodies (refused while they stream in), documents over
/// their limits, routes that do not exist; and health names the storage checks.
/// </summary>
[Collection("Azurite")]
public sealed class ApiProblemsTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private const int Megabyte = 1024 * 1024;
    private static readonly string ClerkKey = AccessKeys.NewKey();
    private static readonly string ProvinceKey = AccessKeys.NewKey();
    private static readonly string LargeProvinceKey = AccessKeys.NewKey();
    private ApiServer? _server;

    private HttpClient Http => _server!.Http;

    public async Task InitializeAsync()
    {
        var keys = new AccessKeys(
        [
            new(ClerkKey, Caller.CommuneOfficer("Cán bộ Pú Bẩu", new CommuneId("son-la", "pu-bau"))),
            new(ProvinceKey, Caller.ProvinceOfficer("Cán bộ tỉnh", "son-la")),
            new(LargeProvinceKey, Caller.ProvinceOfficer("Cán bộ tỉnh lớn", "tinh-lon")),
        ]);
        // A route with a bug, as any endpoint might have one.
        _server = await ApiServer.StartAsync(azurite.ConnectionString, keys,
            app => app.MapGet("/api/test/bug", string () => throw new InvalidOperationException("a bug")));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    private async Task<(HttpStatusCode Status, JsonElement Problem)> SendAsync(HttpMethod method, string path, string? key, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (key is not null) request.Headers.Add("x-api-key", key);
        using var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(text).RootElement;
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
            Assert.Equal(problem.GetProperty("title").GetString(), problem.GetProperty("code").GetString());
            return (response.StatusCode, problem);
        }
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement);
    }

    private static string Detail(JsonElement problem) => problem.GetProperty("detail").GetString()!;

    private async Task AssertNothingStoredAsync(string term)
    {
        var storage = _server!.Storage;
        Assert.DoesNotContain(await storage.Queries.ListUploadsAsync(new CommuneId("son-la", "pu-bau"), 100, CancellationToken.None), u => u.Term == term);
        await foreach (var blob in new RawStorage(storage.ConnectionString).Annexes.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = $"son-la/pu-bau/{term}/" }))
            Assert.Fail($"{blob.Name} was stored");
    }

    [Fact]
    public async Task A_malformed_multipart_body_is_a_400_problem()
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nPK\u0003\u0004"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        var (status, problem) = await SendAsync(HttpMethod.Post, "/api/annexes", ClerkKey, content);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("malformed-form", problem.GetProperty("code").GetString());
        Assert.Contains("Biểu mẫu gửi lên bị hỏng", Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_6_MB_upload_is_a_413_problem_stating_its_size_and_nothing_is_stored()
    {
        using var form = Pipeline.Testing.AnnexUploadForm.Create("son-la/pu-bau", "2060-2065", new byte[6 * Megabyte], "Biểu 02.xlsx");
        var (status, problem) = await SendAsync(HttpMethod.Post, "/api/annexes", ClerkKey, form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("too-large", problem.GetProperty("code").GetString());
        Assert.Contains("Tệp quá lớn (6,0 MB, tối đa 5 MB)", Detail(problem), StringComparison.Ordinal);
        await AssertNothingStoredAsync("2060-2065");
    }

    [Fact]
    public async Task A_file_just_over_5_MB_is_sized_by_the_file_itself()
    {
        using var form = Pipeline.Testing.AnnexUploadForm.Create("son-la/pu-bau", "2065-2070", new byte[5 * Megabyte + 1], "Biểu 02.xlsx");
        var (status, problem) = await SendAsync(HttpMethod.Post, "/api/annexes", ClerkKey, form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("(5,1 MB, tối đa 5 MB)", Detail(problem), StringComparison.Ordinal);
        await AssertNothingStoredAsync("2065-2070");
    }

    [Fact]
    public async Task A_body_streamed_without_a_length_is_refused_once_past_the_limit_not_read_to_its_end()
    {
        // A raw connection: HttpClient gives up on the answer when the server stops reading before the body's end.
        var (status, problem, sent) = await PostStreamedAsync("/api/annexes/check", 64 * Megabyte);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Equal("too-large", problem.GetProperty("code").GetString());
        Assert.Contains("(hơn 5 MB, tối đa 5 MB)", Detail(problem), StringComparison.Ordinal);
        // What was sent includes what the loopback socket buffers took (several MB); a server
        // reading to Kestrel's default limit instead would have taken 30 MB and more.
        Assert.True(sent < 24 * Megabyte, $"{sent:N0} bytes of a 64 MB body were sent before the refusal");
    }

    [Fact]
    public async Task The_check_route_has_the_upload_limit()
    {
        using var form = Pipeline.Testing.AnnexUploadForm.Create("son-la/pu-bau", "2020-2025", new byte[6 * Megabyte], "Biểu 02.xlsx");
        var (status, problem) = await SendAsync(HttpMethod.Post, "/api/annexes/check", ClerkKey, form);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
        Assert.Contains("(6,0 MB, tối đa 5 MB)", Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Units_and_catalogue_documents_over_1_MB_are_413_problems()
    {
        var large = $$"""{"id":"son-la","name":"Sơn La","communes":[],"note":"{{new string('x', 2 * Megabyte)}}"}""";
        var (units, unitsProblem) = await SendAsync(HttpMethod.Put, "/api/provinces/son-la/units", ProvinceKey, new StringContent(large, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, units);
        Assert.Contains("Danh mục đơn vị hành chính gửi lên quá lớn (2,0 MB, tối đa 1 MB)", Detail(unitsProblem), StringComparison.Ordinal);

        // Streamed without a length: refused once past 1 MB.
        var (catalogue, catalogueProblem) = await SendAsync(HttpMethod.Put, "/api/provinces/son-la/catalogue", ProvinceKey,
            new StreamContent(new CountingStream(2 * Megabyte)) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, catalogue);
        Assert.Contains("Danh mục chỉ tiêu gửi lên quá lớn (hơn 1 MB, tối đa 1 MB)", Detail(catalogueProblem), StringComparison.Ordinal);

        var (_, kept) = await SendAsync(HttpMethod.Get, "/api/provinces/son-la/units", ProvinceKey);
        Assert.Equal("Sơn La", kept.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Documents_over_their_count_limits_are_400_problems_listing_what_is_over()
    {
        var communes = Enumerable.Range(1, ProvinceUnitsLimits.Communes + 1).Select(i => new { id = $"xa-{i}", name = $"Xã {i}" });
        var (units, unitsProblem) = await SendAsync(HttpMethod.Put, "/api/provinces/son-la/units", ProvinceKey,
            JsonContent.Create(new { id = "son-la", name = "Sơn La", communes }));
        Assert.Equal(HttpStatusCode.BadRequest, units);
        Assert.Equal("invalid-units", unitsProblem.GetProperty("code").GetString());
        Assert.Equal("Tỉnh có 1.001 xã, tối đa 1.000 xã (một tỉnh thường chỉ vài trăm xã).", Assert.Single(unitsProblem.GetProperty("errors").EnumerateArray()).GetString());

        var indicators = Enumerable.Range(1, CatalogueLimits.Indicators + 1).Select(i => new { code = $"c-{i}", name = $"Chỉ tiêu {i}", direction = "higher" });
        var (catalogue, catalogueProblem) = await SendAsync(HttpMethod.Put, "/api/provinces/son-la/catalogue", ProvinceKey, JsonContent.Create(new { indicators }));
        Assert.Equal(HttpStatusCode.BadRequest, catalogue);
        Assert.Equal("invalid-catalogue", catalogueProblem.GetProperty("code").GetString());
        Assert.Contains("Danh mục có 2.001 chỉ tiêu, tối đa 2.000.", Detail(catalogueProblem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_province_of_as_many_communes_as_the_limit_gets_its_rollup_stored()
    {
        var communes = Enumerable.Range(1, ProvinceUnitsLimits.Communes).Select(i => new { id = $"chieng-khoong-{i}", name = $"Xã Chiềng Khoong {i}" });
        var (saved, answer) = await SendAsync(HttpMethod.Put, "/api/provinces/tinh-lon/units", LargeProvinceKey,
            JsonContent.Create(new { id = "tinh-lon", name = "Tỉnh Lớn", communes }));
        Assert.Equal(HttpStatusCode.OK, saved);
        Assert.Equal("succeeded", answer.GetProperty("runStatus").GetString());

        var (status, rollup) = await SendAsync(HttpMethod.Get, "/api/provinces/tinh-lon/summary?term=2020-2025", LargeProvinceKey);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(1_000, rollup.GetProperty("completeness").GetProperty("missing").GetInt32());
        // Azure counts a table entity's strings in UTF-16: the stored rollup must stay well under 1 MiB.
        // The review (each commune's and the province's) is laid over it when served, never stored: measured without it.
        var stored = System.Text.Json.Nodes.JsonNode.Parse(rollup.GetRawText())!.AsObject();
        stored.Remove("review");
        foreach (var line in stored["communes"]!.AsArray()) line!.AsObject().Remove("review");
        Assert.InRange(stored.ToJsonString(Pipeline.Api.ApiJson.Options).Length * 2L, 0, 700 * 1024);
    }

    [Theory]
    [InlineData("GET", "/api/khong-co", HttpStatusCode.NotFound, "not-found")]
    [InlineData("DELETE", "/api/provinces/son-la/units", HttpStatusCode.MethodNotAllowed, "method-not-allowed")]
    public async Task Unknown_routes_and_methods_are_problems(string method, string path, HttpStatusCode expected, string code)
    {
        var (status, problem) = await SendAsync(new HttpMethod(method), path, ProvinceKey);
        Assert.Equal(expected, status);
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    [Fact]
    public async Task An_unhandled_exception_is_a_500_problem_with_a_trace_id()
    {
        var (status, problem) = await SendAsync(HttpMethod.Get, "/api/test/bug", key: null);
        Assert.Equal(HttpStatusCode.InternalServerError, status);
        Assert.Equal("internal-error", problem.GetProperty("code").GetString());
        var traceId = problem.GetProperty("traceId").GetString()!;
        Assert.Contains($"mã lỗi {traceId}", Detail(problem), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_answers_200_with_the_blob_queue_and_table_checks()
    {
        var (status, health) = await SendAsync(HttpMethod.Get, "/api/health", key: null);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("""{"status":"ok","checks":{"blob":"ok","queue":"ok","table":"ok"}}""", health.GetRawText());
    }

    /// <summary>
    /// POSTs a multipart form whose file is <paramref name="fileBytes"/> zeros, chunked (no
    /// Content-Length), on a raw connection, reading the answer while it writes; stops writing when
    /// the answer is complete or the server closes. Returns the answer and how many bytes were sent.
    /// </summary>
    private async Task<(HttpStatusCode Status, JsonElement Problem, long Sent)> PostStreamedAsync(string path, long fileBytes)
    {
        var address = Http.BaseAddress!;
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(address.Host, address.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(
            $"POST {path} HTTP/1.1\r\nHost: {address.Authority}\r\nx-api-key: {ClerkKey}\r\n" +
            "Content-Type: multipart/form-data; boundary=xyz\r\nTransfer-Encoding: chunked\r\n\r\n"));
        var answer = new MemoryStream();
        var reading = Task.Run(async () =>
        {
            var buffer = new byte[8192];
            try
            {
                int read;
                while (!IsComplete(answer.ToArray()) && (read = await stream.ReadAsync(buffer)) > 0) answer.Write(buffer, 0, read);
            }
            catch (IOException)
            {
                // reset once the answer was sent: what was read is kept
            }
        });
        long sent = 0;
        async Task WriteChunkAsync(byte[] data)
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"{data.Length:x}\r\n"));
            await stream.WriteAsync(data);
            await stream.WriteAsync("\r\n"u8.ToArray());
            sent += data.Length;
        }
        try
        {
            await WriteChunkAsync(Encoding.ASCII.GetBytes("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\n"));
            var zeros = new byte[64 * 1024];
            while (sent < fileBytes && !reading.IsCompleted) await WriteChunkAsync(zeros);
        }
        catch (IOException)
        {
            // the server closed the connection after answering
        }
        await reading.WaitAsync(TimeSpan.FromSeconds(30));
        var text = Encoding.UTF8.GetString(answer.ToArray());
        var status = (HttpStatusCode)int.Parse(text.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var body = text[(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        if (text.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase)) body = Dechunk(body);
        return (status, JsonDocument.Parse(body).RootElement, sent);
    }

    /// <summary>Whether a raw HTTP/1.1 answer has arrived whole (Content-Length or chunked).</summary>
    private static bool IsComplete(byte[] answer)
    {
        var text = Encoding.UTF8.GetString(answer);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (end < 0) return false;
        var headers = text[..end];
        var length = headers.Split("\r\n").FirstOrDefault(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase));
        if (length is not null) return answer.Length - Encoding.UTF8.GetByteCount(text[..(end + 4)]) >= int.Parse(length[15..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        return text.EndsWith("\r\n0\r\n\r\n", StringComparison.Ordinal);
    }

    private static string Dechunk(string body)
    {
        var result = new StringBuilder();
        var bytes = Encoding.UTF8.GetBytes(body);
        var at = 0;
        while (true)
        {
            var lineEnd = Array.IndexOf(bytes, (byte)'\r', at);
            var size = Convert.ToInt32(Encoding.ASCII.GetString(bytes, at, lineEnd - at), 16);
            if (size == 0) return result.ToString();
            result.Append(Encoding.UTF8.GetString(bytes, lineEnd + 2, size));
            at = lineEnd + 2 + size + 2;
        }
    }

    /// <summary>A body of zeros of the given length that cannot seek (so it is sent without a length), counting what was read from it.</summary>
    private sealed class CountingStream(long length) : Stream
    {
        public long Consumed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Consumed; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Consumed);
            Array.Clear(buffer, offset, n);
            Consumed += n;
            return n;
        }

        public override void Flush() { }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
