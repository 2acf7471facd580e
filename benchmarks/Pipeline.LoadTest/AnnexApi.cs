using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Pipeline.LoadTest;

/// <summary>One upload to send: a workbook for a commune and term, with that commune's key.</summary>
internal sealed record UploadSpec(string Commune, string Term, string FileName, byte[] Bytes, string Key);

/// <summary>The answer to POST /api/annexes: 202 with an upload id, or another status.</summary>
internal sealed record PostResult(HttpStatusCode Status, string? UploadId);

/// <summary>The fields of GET /api/annexes/{uploadId} the load test reads.</summary>
internal sealed record UploadState(string Status, DateTimeOffset ReceivedAt, DateTimeOffset? ScoredAt, string? ErrorCode)
{
    /// <summary>Statuses an upload does not leave.</summary>
    public bool IsFinal => Status is "scored" or "rejected" or "failed";

    /// <summary>Past the blob trigger: parsed, or any final status.</summary>
    public bool IsPastReceived => Status != "received";
}

/// <summary>The two API calls of the load test, over one <see cref="HttpClient"/>.</summary>
internal sealed class AnnexApi(HttpClient http)
{
    public async Task<PostResult> PostAsync(UploadSpec spec, CancellationToken cancellationToken)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(spec.Bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", spec.FileName);
        form.Add(new StringContent(spec.Commune), "commune");
        form.Add(new StringContent(spec.Term), "term");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/annexes") { Content = form };
        request.Headers.Add("x-api-key", spec.Key);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.Accepted) return new PostResult(response.StatusCode, null);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        return new PostResult(response.StatusCode, body.RootElement.GetProperty("uploadId").GetString());
    }

    /// <summary>The upload's state, or null when the API does not answer 200.</summary>
    public async Task<UploadState?> GetAsync(string uploadId, string key, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/annexes/{Uri.EscapeDataString(uploadId)}");
        request.Headers.Add("x-api-key", key);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode != HttpStatusCode.OK) return null;
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        var root = body.RootElement;
        return new UploadState(
            root.GetProperty("status").GetString() ?? "",
            root.GetProperty("receivedAt").GetDateTimeOffset(),
            root.TryGetProperty("scoredAt", out var scored) && scored.ValueKind == JsonValueKind.String ? scored.GetDateTimeOffset() : null,
            root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object ? error.GetProperty("code").GetString() : null);
    }

    public static string Describe(HttpStatusCode status) => ((int)status).ToString(CultureInfo.InvariantCulture);
}
