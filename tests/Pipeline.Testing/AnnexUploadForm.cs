using System.Net.Http.Headers;

namespace Pipeline.Testing;

/// <summary>The multipart body of POST /api/annexes, as the portal and curl send it.</summary>
public static class AnnexUploadForm
{
    public static MultipartFormDataContent Create(string commune, string term, byte[] file, string fileName)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(part, "file", fileName);
        form.Add(new StringContent(commune), "commune");
        form.Add(new StringContent(term), "term");
        return form;
    }
}
