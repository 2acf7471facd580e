using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Pipeline.Local.Azurite;
using Pipeline.Storage.Access;

namespace Pipeline.Functions.Tests;

/// <summary>An HTTP request for a function class, and its answer, as the worker's ASP.NET Core integration runs them.</summary>
internal static class FunctionHttp
{
    /// <summary>A request; the worker executes results with MVC's executors and has problem details, as here.</summary>
    /// <param name="logs">Where the request's log lines go, when the test reads them.</param>
    public static (HttpContext Context, MemoryStream Body) NewContext(string method, string? principal, string query = "", ILogger? logs = null)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => { if (logs is not null) logging.AddProvider(new SingleLoggerProvider(logs)); })
            .AddMvc().Services.AddProblemDetails().BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = method;
        context.Request.QueryString = new QueryString(query);
        if (principal is not null) context.Request.Headers[ClientPrincipal.Header] = principal;
        var body = new MemoryStream();
        context.Response.Body = body;
        return (context, body);
    }

    /// <summary>Executes the function's result; the JSON body, or default when there is none.</summary>
    public static async Task<(int Status, JsonElement Json)> ExecuteAsync(HttpContext context, MemoryStream body, IActionResult result)
    {
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));
        var json = body.Length == 0 ? default : JsonDocument.Parse(body.ToArray()).RootElement;
        return (context.Response.StatusCode, json);
    }

    /// <summary>A connection string to the emulator's account on a port nothing listens on: storage that does not answer.</summary>
    public static string UnreachableStorage()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        var endpoint = $"http://127.0.0.1:{port}/{AzuriteProcess.AccountName}";
        return $"DefaultEndpointsProtocol=http;AccountName={AzuriteProcess.AccountName};AccountKey={AzuriteProcess.AccountKey};" +
               $"BlobEndpoint={endpoint};QueueEndpoint={endpoint};TableEndpoint={endpoint};";
    }

    private sealed class SingleLoggerProvider(ILogger logger) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => logger;

        public void Dispose() { }
    }
}
