using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.FileProviders;
using Pipeline.Portal;

namespace Pipeline.Functions;

/// <summary>
/// GET / and every other non-API path: the portal's files (deployed in portal/ beside the app).
/// host.json's routePrefix is empty so that this catch-all can answer at /; the API functions'
/// routes start with api/ themselves, and a literal route always wins over a catch-all, so an
/// api/ path that reaches this function names no route: 404 problem details, as locally.
/// Anonymous: the page holds no data; every API call it makes is checked as usual.
/// </summary>
public sealed class PortalFunction
{
    public const string Name = "Portal";

    // The worker makes a function instance per invocation: the deployed folder's provider is made once.
    private static readonly Lazy<IFileProvider> Deployed = new(() => FilesIn(PortalSite.Directory));

    private readonly IFileProvider _files;

    public PortalFunction() => _files = Deployed.Value;

    internal PortalFunction(string directory) => _files = FilesIn(directory);

    private static IFileProvider FilesIn(string directory) =>
        Directory.Exists(directory) ? new PhysicalFileProvider(directory) : new NullFileProvider();

    [Function(Name)]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", "head", Route = "{*path}")] HttpRequest request, string? path)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (PortalSite.IsApiPath((path ?? "").TrimStart('/'))) return HttpApi.NoSuchRoute(request); // an API route that does not exist
        var file = PortalSite.Find(_files, path);
        if (file?.PhysicalPath is null) return new NotFoundResult();
        var headers = request.HttpContext.Response.Headers;
        PortalSite.AddHeaders(headers, file.Name);
        // The build's brotli or gzip copy when the request accepts it: the Functions host compresses nothing itself.
        var relative = (path ?? "").TrimStart('/') is { Length: > 0 } named ? named : PortalSite.IndexFile;
        var (served, encoding) = PrecompressedFile.Choose(_files, relative, file, request.Headers.AcceptEncoding);
        headers.Vary = "Accept-Encoding";
        if (encoding is not null) headers.ContentEncoding = encoding;
        return new PhysicalFileResult(served.PhysicalPath ?? file.PhysicalPath, PortalSite.ContentTypeOf(file.Name)) { EnableRangeProcessing = false };
    }
}
