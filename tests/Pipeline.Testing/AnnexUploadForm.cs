using System.Net.Http.Headers;

namespace Pipeline.Testing;

/// <summary>The multipart body of POST /api/annexes, as the portal and curl send it.</summary>
public static class AnnexUploadForm
{
    /// <param name="period">The optional period field ("2026", "mid-term", "term"); left out when null.</param>
    public static MultipartFormDataContent Create(string commune, string term, byte[] file, string fileName, string? period = null)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", fileName);
        form.Add(new StringContent(commune), "commune");
        form.Add(new StringContent(term), "term");
        if (period is not null) form.Add(new StringContent(period), "period");
        return form;
    }
}
