using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Pipeline.Api;

/// <summary>
/// Request bodies read with a byte limit that holds while they stream in: a body declared
/// larger is refused before a byte is read, and the server is told to stop reading past the
/// limit, so nothing reads 30 MB only to refuse it.
/// </summary>
internal static class LimitedBody
{
    /// <summary>
    /// Tells the server (Kestrel, locally and inside the Functions worker) to fail a read past
    /// <paramref name="limit"/> bytes with a 413 <see cref="BadHttpRequestException"/>. A host without
    /// the feature, or a body already being read, keeps its own limit.
    /// </summary>
    public static void Cap(HttpRequest request, long limit)
    {
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
    }

    /// <summary>
    /// Whether the body is declared JSON (application/json, or any "+json" type). Routes that read a
    /// JSON body refuse others: a cross-site form can send text/plain with the sign-in cookie, not JSON.
    /// </summary>
    public static bool IsJson(HttpRequest request) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(request.ContentType, out var type) &&
        (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || type.MediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The whole body; or, over <paramref name="limit"/> bytes, no content and the size when it is
    /// known (the request's Content-Length, when the body was refused before it was read).
    /// </summary>
    public static async Task<(BinaryData? Content, long? OverSize)> ReadAsync(HttpRequest request, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) return (null, request.ContentLength);
        Cap(request, limit);
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit) return (null, null); // a host that could not be capped
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, null);
        }
        return (new BinaryData(buffer.ToArray()), null);
    }
}
