using System.IO.Compression;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Pipeline.Portal;

namespace Pipeline.Functions.Tests;

/// <summary>
/// The portal's files as the Function App serves them: the page at /, its assets (hashed names
/// kept a year, the page revalidated, the build's compressed copies when accepted), nothing
/// outside portal/ and never an API path.
/// </summary>
public sealed partial class PortalFunctionTests
{
    private static (IActionResult Result, HttpResponse Response) Get(string? path, string? acceptEncoding = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";
        if (acceptEncoding is not null) context.Request.Headers.AcceptEncoding = acceptEncoding;
        return (new PortalFunction().Run(context.Request, path), context.Response);
    }

    [GeneratedRegex(@"(?:src|href)=""(?<name>(?:app|styles)-[A-Z2-7]{8}\.(?:js|css))""", RegexOptions.CultureInvariant)]
    private static partial Regex HashedReference();

    /// <summary>The bundle's and the stylesheet's names as the deployed page references them.</summary>
    private static string[] Bundles() => HashedReference()
        .Matches(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, PortalSite.FolderName, PortalSite.IndexFile)))
        .Select(m => m.Groups["name"].Value).ToArray();

    private static string Script => Bundles().Single(name => name.EndsWith(".js", StringComparison.Ordinal));

    [Fact]
    public void The_portal_is_deployed_next_to_the_app_with_the_files_its_page_names()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, PortalSite.FolderName, PortalSite.IndexFile)), "portal/index.html is missing from the app's output");
        Assert.Equal(2, Bundles().Length);
        Assert.All(Bundles(), name => Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, PortalSite.FolderName, name)), $"portal/{name} is missing"));
    }

    [Fact]
    public void Hashed_files_are_kept_a_year_and_the_page_is_revalidated()
    {
        Assert.All(Bundles(), name => Assert.Equal("public, max-age=31536000, immutable", Get(name).Response.Headers.CacheControl.ToString()));
        Assert.Equal("no-cache", Get("index.html").Response.Headers.CacheControl.ToString());
        Assert.Equal("no-cache", Get(null).Response.Headers.CacheControl.ToString());
        Assert.Equal("no-cache", Get("favicon.svg").Response.Headers.CacheControl.ToString());
    }

    [Theory]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("br;q=0, gzip", "gzip")]
    public void The_bundle_is_sent_compressed_as_the_request_accepts(string acceptEncoding, string expected)
    {
        var (result, response) = Get(Script, acceptEncoding);

        var file = Assert.IsType<PhysicalFileResult>(result);
        Assert.Equal(expected, response.Headers.ContentEncoding.ToString());
        Assert.Equal("text/javascript", file.ContentType);
        Assert.Contains("Accept-Encoding", response.Headers.Vary.ToString(), StringComparison.Ordinal);
        var original = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, PortalSite.FolderName, Script));
        using var compressed = File.OpenRead(file.FileName);
        using Stream decompressed = expected == "br" ? new BrotliStream(compressed, CompressionMode.Decompress) : new GZipStream(compressed, CompressionMode.Decompress);
        using var content = new MemoryStream();
        decompressed.CopyTo(content);
        Assert.Equal(original, content.ToArray());
    }

    [Fact]
    public void Without_accept_encoding_the_file_is_sent_as_it_is()
    {
        var (result, response) = Get(Script);
        Assert.EndsWith(Script, Assert.IsType<PhysicalFileResult>(result).FileName, StringComparison.Ordinal);
        Assert.Empty(response.Headers.ContentEncoding.ToString());
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
        var file = Assert.IsType<PhysicalFileResult>(Get(Script).Result);
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
