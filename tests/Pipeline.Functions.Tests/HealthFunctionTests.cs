using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Units;
using Pipeline.Local.Azurite;
using Pipeline.Storage;
using Pipeline.Testing;

namespace Pipeline.Functions.Tests;

/// <summary>GET /api/health tells whether blob, queue and table storage answer — also when storage cannot even be opened.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HealthFunctionTests(FunctionsFixture fixture)
{
    private static async Task<(int Status, string ContentType, System.Text.Json.JsonElement Json)> HealthAsync(IServiceProvider app)
    {
        var (context, body) = FunctionHttp.NewContext(HttpMethods.Get, principal: null);
        context.Request.Path = "/api/health";
        var (status, json) = await FunctionHttp.ExecuteAsync(context, body, await ActivatorUtilities.CreateInstance<HealthFunctions>(app).HealthAsync(context.Request, CancellationToken.None));
        return (status, context.Response.ContentType ?? "", json);
    }

    [Fact]
    public async Task Health_answers_200_with_the_blob_queue_and_table_checks()
    {
        var (status, contentType, json) = await HealthAsync(fixture.Services);
        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.StartsWith("application/json", contentType, StringComparison.Ordinal);
        Assert.Equal("""{"status":"ok","checks":{"blob":"ok","queue":"ok","table":"ok"}}""", json.GetRawText());
    }

    [Fact]
    public async Task Health_answers_503_naming_every_service_when_storage_cannot_be_opened()
    {
        var unreachable = FunctionHttp.UnreachableStorage();
        await using var app = FunctionsFixture.App(unreachable);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var (status, contentType, json) = await HealthAsync(app);
        Assert.Equal(503, status);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal("application/problem+json", contentType);
        Assert.Equal("storage-unavailable", json.GetProperty("code").GetString());
        Assert.Contains("kho dữ liệu", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(["blob", "queue", "table"], json.GetProperty("checks").EnumerateObject().Select(c => c.Name));
        Assert.All(json.GetProperty("checks").EnumerateObject(), c => Assert.StartsWith("storage could not be opened", c.Value.GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Health_answers_503_naming_every_service_once_the_storage_it_opened_stops()
    {
        var azurite = await AzuriteProcess.StartAsync(AzuriteOptions.InMemory());
        await using var app = FunctionsFixture.App(azurite.ConnectionString);
        await using (azurite)
        {
            Assert.Equal(200, (await HealthAsync(app)).Status);
        }

        var (status, _, json) = await HealthAsync(app);
        Assert.Equal(503, status);
        var checks = json.GetProperty("checks").EnumerateObject().ToDictionary(c => c.Name, c => c.Value.GetString());
        Assert.Equal(["blob", "queue", "table"], checks.Keys);
        Assert.All(checks.Values, reason => Assert.NotEqual("ok", reason));
        Assert.Contains("blob, queue, table", json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
