using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Pipeline.Local.Azurite;
using Pipeline.Local.Serve;
using Pipeline.Testing;

namespace Pipeline.Local.Tests;

/// <summary>
/// The local host when its storage stops answering: health says which services fail and
/// requests that need storage answer 503 problem details, never an empty 500.
/// </summary>
public sealed class LocalHostStorageDownTests
{
    [Fact]
    public async Task Unknown_routes_and_wrong_methods_answer_problem_details_while_storage_is_up()
    {
        var data = Directory.CreateTempSubdirectory("pipeline-down-").FullName;
        try
        {
            await using var host = await LocalHost.StartAsync(new ServeOptions(null, data, "http://127.0.0.1:0", InMemoryStorage: true), CancellationToken.None);
            using var http = new HttpClient { BaseAddress = host.BaseAddress };

            var notFound = await http.GetAsync("/api/khong-co");
            Assert.Equal((HttpStatusCode.NotFound, "application/problem+json"), (notFound.StatusCode, notFound.Content.Headers.ContentType?.MediaType));
            var wrongMethod = await http.DeleteAsync("/api/health");
            Assert.Equal((HttpStatusCode.MethodNotAllowed, "application/problem+json"), (wrongMethod.StatusCode, wrongMethod.Content.Headers.ContentType?.MediaType));
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    [Fact]
    public async Task Health_and_reads_answer_503_problems_once_azurite_stops()
    {
        var data = Directory.CreateTempSubdirectory("pipeline-down-").FullName;
        var azurite = await AzuriteProcess.StartAsync(AzuriteOptions.InMemory());
        try
        {
            await using var host = await LocalHost.StartAsync(new ServeOptions(azurite.ConnectionString, data, "http://127.0.0.1:0"), CancellationToken.None);
            using var http = new HttpClient { BaseAddress = host.BaseAddress };
            var clerk = host.Keys.Single(k => k.Scope == "son-la/pu-bau").Key;

            var healthy = await http.GetAsync("/api/health");
            Assert.Equal(HttpStatusCode.OK, healthy.StatusCode);
            Assert.Equal("""{"status":"ok","checks":{"blob":"ok","queue":"ok","table":"ok"}}""", await healthy.Content.ReadAsStringAsync());

            await azurite.DisposeAsync();

            var clock = Stopwatch.StartNew();
            var health = await http.GetAsync("/api/health");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"health took {clock.Elapsed}");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Equal("application/problem+json", health.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("storage-unavailable", problem.GetProperty("code").GetString());
            Assert.Equal(["blob", "queue", "table"], problem.GetProperty("checks").EnumerateObject().Select(c => c.Name));

            using var answer = await http.SendWithKeyAsync(HttpMethod.Get, "/api/communes/son-la/pu-bau/uploads", clerk);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
            Assert.Equal("application/problem+json", answer.Content.Headers.ContentType?.MediaType);
            var readProblem = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement;
            Assert.Equal("storage-unavailable", readProblem.GetProperty("code").GetString());
            Assert.Contains("kho dữ liệu", readProblem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
        finally
        {
            await azurite.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }
}
