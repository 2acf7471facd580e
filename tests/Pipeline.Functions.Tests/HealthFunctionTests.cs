using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Pipeline.Functions.Tests;

public sealed class HealthFunctionTests
{
    [Fact]
    public async Task Health_answers_200_with_status_ok_as_json()
    {
        // The worker's ASP.NET Core integration executes an IActionResult with MVC's executors
        // (ConfigureFunctionsWebApplication registers AddMvc); the same here.
        await using var services = new ServiceCollection().AddLogging().AddMvc().Services.BuildServiceProvider();
        var context = new DefaultHttpContext { RequestServices = services };
        context.Request.Method = HttpMethods.Get;
        context.Request.Path = "/api/health";
        using var body = new MemoryStream();
        context.Response.Body = body;

        var result = HealthFunction.Run(context.Request);
        await result.ExecuteResultAsync(new ActionContext(context, new RouteData(), new ActionDescriptor()));

        Assert.IsType<OkObjectResult>(result);
        Assert.Equal(StatusCodes.Status200OK, context.Response.StatusCode);
        Assert.StartsWith("application/json", context.Response.ContentType, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(body.ToArray());
        Assert.Equal("""{"status":"ok"}""", json.RootElement.GetRawText());
    }
}
