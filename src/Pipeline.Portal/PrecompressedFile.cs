using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Pipeline.Portal;

/// <summary>
/// The compressed copy of a portal file a request accepts: build.mjs writes each text file also as
/// name.br and name.gz, so a host sends the smaller one without compressing on every request.
/// Brotli first (smaller), then gzip; an encoding the request weighs q=0 is refused.
/// </summary>
public static class PrecompressedFile
{
    private static readonly (string Encoding, string Extension)[] Preferred = [("br", ".br"), ("gzip", ".gz")];

    /// <summary>The file to send and its Content-Encoding, or the file itself and null.</summary>
    public static (IFileInfo File, string? Encoding) Choose(IFileProvider files, string path, IFileInfo file, StringValues acceptEncoding)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(file);
        if (!StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var accepted)) return (file, null);
        foreach (var (encoding, extension) in Preferred)
        {
            var weight = accepted.Where(a => a.Value.Equals(encoding, StringComparison.OrdinalIgnoreCase) || a.Value.Equals("*", StringComparison.Ordinal))
                .Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
            if (weight <= 0) continue;
            var compressed = files.GetFileInfo(path.TrimStart('/') + extension);
            if (compressed.Exists && !compressed.IsDirectory) return (compressed, encoding);
        }
        return (file, null);
    }
}
