using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;

namespace Pipeline.Portal.Tests;

/// <summary>
/// The portal's files as the local host serves them: the page revalidated on every load, the
/// hashed bundle and stylesheet kept a year, text compressed when the browser accepts it, and the
/// API's JSON never compressed by the portal's settings.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class StaticFilesTests(PortalFixture fixture)
{
    [GeneratedRegex(@"(?:src|href)=""(?<name>(?:app|styles)-[A-Z2-7]{8}\.(?:js|css))""", RegexOptions.CultureInvariant)]
    private static partial Regex HashedReference();

    private async Task<HttpResponseMessage> GetAsync(string path, string? acceptEncoding = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await fixture.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private async Task<string[]> BundlesAsync()
    {
        using var page = await GetAsync("/");
        return HashedReference().Matches(await page.Content.ReadAsStringAsync()).Select(m => m.Groups["name"].Value).ToArray();
    }

    [Fact]
    public async Task The_page_is_revalidated_and_the_hashed_files_it_names_are_kept_a_year()
    {
        using var page = await GetAsync("/");
        Assert.True(page.Headers.CacheControl!.NoCache);
        var bundles = await BundlesAsync();
        Assert.Equal(2, bundles.Length);
        foreach (var name in bundles)
        {
            using var asset = await GetAsync($"/{name}");
            Assert.Equal("public, max-age=31536000, immutable", string.Join(", ", asset.Headers.GetValues("Cache-Control")));
        }
    }

    [Theory]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, br", "br")]
    public async Task The_bundle_is_sent_compressed_when_the_browser_accepts_it(string acceptEncoding, string expected)
    {
        var script = (await BundlesAsync()).Single(name => name.EndsWith(".js", StringComparison.Ordinal));
        using var plain = await GetAsync($"/{script}");
        var original = await plain.Content.ReadAsByteArrayAsync();

        using var response = await GetAsync($"/{script}", acceptEncoding);
        Assert.Equal([expected], response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length < original.Length / 2, $"{compressed.Length} bytes compressed of {original.Length}");
        using var body = new MemoryStream(compressed);
        await using Stream decompressed = expected == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var content = new MemoryStream();
        await decompressed.CopyToAsync(content);
        Assert.Equal(original, content.ToArray());
    }
}
