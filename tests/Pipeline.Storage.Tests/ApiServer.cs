using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Pipeline.Api;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Testing;

namespace Pipeline.Storage.Tests;

/// <summary>The HTTP API on real Kestrel on loopback, over storage on Azurite, wired as the local host wires it; callers known by access key.</summary>
internal sealed class ApiServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ApiServer(WebApplication app, OpenedPipeline storage, HttpClient http)
    {
        _app = app;
        Storage = storage;
        Http = http;
    }

    public OpenedPipeline Storage { get; }

    public HttpClient Http { get; }

    /// <summary>Opens storage (seeded with samples/registry.json, or <paramref name="registry"/>) and starts the API on a free port.</summary>
    /// <param name="moreRoutes">Routes a test adds beside the API's.</param>
    /// <param name="registry">The units to seed: a province of the test's own, so what it changes cannot reach other tests.</param>
    public static async Task<ApiServer> StartAsync(string connectionString, AccessKeys keys, Action<WebApplication>? moreRoutes = null, CommuneRegistry? registry = null)
    {
        registry ??= CommuneRegistry.LoadFile(Pipeline.Workbooks.RepositoryLayout.Sample("registry.json"));
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddSingleton(registry).AddSingleton(IndicatorCatalogue.Default).AddPipelineStorage(connectionString).AddPipelineApi();
        var app = builder.Build();
        var storage = await OpenedPipeline.OverAsync(app.Services, connectionString);
        app.UsePipelineProblems();
        app.MapPipelineApi(PipelineRoutes.ByAccessKey(keys.Find));
        moreRoutes?.Invoke(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ApiServer(app, storage, new HttpClient { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.DisposeAsync();
    }
}
