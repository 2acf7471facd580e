using System.Text.Json;

namespace Pipeline.Testing;

/// <summary>
/// Calls to a host's /api as a holder of an access key (the <c>x-api-key</c> header): the
/// requests the local host, portal and API tests repeat, in one place.
/// </summary>
public static class KeyedHttp
{
    /// <summary>The header the local host reads an access key from.</summary>
    public const string ApiKeyHeader = "x-api-key";

    /// <summary>The statuses an upload ends in: nothing changes once one is reached.</summary>
    public static readonly IReadOnlyList<string> FinalStatuses = ["scored", "rejected", "failed", "held", "cancelled"];

    /// <summary>A request to <paramref name="path"/> carrying <paramref name="key"/> (none when null); the caller disposes it.</summary>
    public static HttpRequestMessage Request(HttpMethod method, string path, string? key, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        if (key is not null) request.Headers.Add(ApiKeyHeader, key);
        return request;
    }

    /// <summary>Sends <paramref name="method"/> <paramref name="path"/> with <paramref name="key"/>; the caller disposes the response.</summary>
    public static async Task<HttpResponseMessage> SendWithKeyAsync(this HttpClient http, HttpMethod method, string path, string? key, HttpContent? content = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        using var request = Request(method, path, key, content);
        return await http.SendAsync(request).ConfigureAwait(false);
    }

    /// <summary>GETs <paramref name="path"/> with <paramref name="key"/> and returns the body as JSON, whatever the status.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient http, string path, string key)
    {
        using var response = await http.SendWithKeyAsync(HttpMethod.Get, path, key).ConfigureAwait(false);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync().ConfigureAwait(false)).RootElement.Clone();
    }

    /// <summary>
    /// POSTs <paramref name="file"/> to /api/annexes for <paramref name="commune"/> with <paramref name="key"/>
    /// and returns the upload id; throws when the host does not accept it (202).
    /// </summary>
    public static async Task<string> UploadAsync(this HttpClient http, string commune, string term, byte[] file, string fileName, string key)
    {
        using var form = AnnexUploadForm.Create(commune, term, file, fileName);
        using var response = await http.SendWithKeyAsync(HttpMethod.Post, "/api/annexes", key, form).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (response.StatusCode != System.Net.HttpStatusCode.Accepted)
            throw new HttpRequestException($"The upload of {fileName} for {commune} was answered {(int)response.StatusCode}, not 202: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("uploadId").GetString()!;
    }

    /// <summary>
    /// Polls GET /api/annexes/{id} until the upload's status is one of <paramref name="final"/>
    /// (<see cref="FinalStatuses"/> when none are given) and returns that status document; throws a
    /// <see cref="TimeoutException"/> naming the upload and its last status after <paramref name="timeout"/> (90 s by default).
    /// </summary>
    public static async Task<JsonElement> WaitForUploadAsync(this HttpClient http, string uploadId, string key, IReadOnlyCollection<string>? final = null, TimeSpan? timeout = null)
    {
        final ??= [.. FinalStatuses];
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        while (true)
        {
            var status = await http.GetJsonAsync($"/api/annexes/{uploadId}", key).ConfigureAwait(false);
            var value = status.GetProperty("status").GetString();
            if (value is not null && final.Contains(value)) return status;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Upload {uploadId} is still {value}, not {string.Join(" or ", final)}.");
            await Task.Delay(250).ConfigureAwait(false);
        }
    }
}
