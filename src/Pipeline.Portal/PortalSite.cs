using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Pipeline.Portal;

/// <summary>
/// How both hosts serve the portal: its files in portal/ next to the host's assembly, and the
/// same response headers (a strict Content-Security-Policy: the page loads only its own files;
/// files named by their content's hash are kept by browsers for a year, the page is revalidated).
/// </summary>
public static partial class PortalSite
{
    public const string FolderName = "portal";
    public const string IndexFile = "index.html";

    // Workers come from blob: URLs (the .xlsx writer compresses in a worker); everything else from the site itself.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; worker-src 'self' blob:; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    /// <summary>The portal's folder beside the running host.</summary>
    public static string Directory => Path.Combine(AppContext.BaseDirectory, FolderName);

    /// <summary>
    /// The file for a request path ("" or "/" is the page), or null: for API paths, paths that leave
    /// the folder and files that do not exist.
    /// </summary>
    public static IFileInfo? Find(IFileProvider files, string? requestPath)
    {
        ArgumentNullException.ThrowIfNull(files);
        var path = (requestPath ?? string.Empty).TrimStart('/');
        if (path.Length == 0) path = IndexFile;
        if (IsApiPath(path)) return null;
        var file = files.GetFileInfo(path); // PhysicalFileProvider refuses '..' and absolute paths.
        return file.Exists && !file.IsDirectory ? file : null;
    }

    public static bool IsApiPath(string path) =>
        path.Equals("api", StringComparison.OrdinalIgnoreCase) || path.StartsWith("api/", StringComparison.OrdinalIgnoreCase);

    public static string ContentTypeOf(string fileName) =>
        ContentTypes.TryGetContentType(fileName, out var type) ? type : "application/octet-stream";

    /// <summary>The portal's text files, which compress well (build.mjs writes .br and .gz copies of exactly these).</summary>
    public static readonly IReadOnlyList<string> CompressedContentTypes = ["text/html", "text/css", "text/javascript", "application/javascript", "image/svg+xml"];

    public const string Immutable = "public, max-age=31536000, immutable";
    public const string Revalidate = "no-cache";

    // build.mjs names the bundles "[name]-[hash]": esbuild's hash is 8 characters of A-Z and 2-7.
    [GeneratedRegex(@"^[a-z]+-[A-Z2-7]{8}\.", RegexOptions.CultureInvariant)]
    private static partial Regex HashedName();

    /// <summary>A file whose name changes whenever its content does (the bundled script and stylesheet, their maps).</summary>
    public static bool IsHashed(string fileName) => HashedName().IsMatch(Path.GetFileName(fileName ?? ""));

    /// <summary>Security and caching headers for a portal file.</summary>
    public static void AddHeaders(IHeaderDictionary headers, string fileName)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        // A hashed name never gets other content, so browsers need not ask again; the page (which
        // names the current hashes) and the icon revalidate on every load (a 304 when unchanged).
        headers.CacheControl = IsHashed(fileName) ? Immutable : Revalidate;
    }
}
