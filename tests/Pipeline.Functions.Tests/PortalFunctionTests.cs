using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pipeline.Portal;

namespace Pipeline.Functions.Tests;

/// <summary>The portal's files as the Function App serves them: the page at /, its assets, nothing outside portal/ and never an API path.</summary>
public sealed class PortalFunctionTests
{
    private static (IActionResult Result, HttpResponse Response) Get(string? path)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        return (new PortalFunction().Run(context.Request, path), context.Response);
    }

    [Fact]
    public void The_portal_is_deployed_next_to_the_app()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, PortalSite.FolderName, PortalSite.IndexFile)), "portal/index.html is missing from the app's output");
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, PortalSite.FolderName, "app.js")), "portal/app.js is missing from the app's output");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("index.html")]
    public void The_root_is_the_page_in_Vietnamese_with_a_strict_content_security_policy(string? path)
    {
        var (result, response) = Get(path);

        var file = Assert.IsType<PhysicalFileResult>(result);
        Assert.Equal("text/html", file.ContentType);
        Assert.Contains("lang=\"vi\"", File.ReadAllText(file.FileName), StringComparison.Ordinal);
        Assert.StartsWith("default-src 'self'", response.Headers.ContentSecurityPolicy.ToString(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.XContentTypeOptions.ToString());
    }

    [Fact]
    public void Scripts_are_served_as_javascript()
    {
        var file = Assert.IsType<PhysicalFileResult>(Get("app.js").Result);
        Assert.Equal("text/javascript", file.ContentType);
    }

    [Theory]
    [InlineData("api/unknown")]
    [InlineData("API/unknown")]
    [InlineData("api")]
    public async Task Api_paths_no_function_serves_are_404_problems(string path)
    {
        var (context, body) = FunctionHttp.NewContext(HttpMethods.Get, principal: null);
        context.Request.Path = "/" + path;
        var (status, problem) = await FunctionHttp.ExecuteAsync(context, body, new PortalFunction().Run(context.Request, path));
        Assert.Equal((404, "application/problem+json"), (status, context.Response.ContentType));
        Assert.Equal("not-found", problem.GetProperty("code").GetString());
        Assert.Contains(path, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../host.json")]
    [InlineData("portal/../../host.json")]
    [InlineData("/etc/passwd")]
    [InlineData("no-such-file.js")]
    public void Paths_outside_the_portal_and_missing_files_are_not_found(string path) =>
        Assert.IsType<NotFoundResult>(Get(path).Result);
}
