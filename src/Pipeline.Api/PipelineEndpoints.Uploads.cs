using Microsoft.AspNetCore.Http;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Uploads;

namespace Pipeline.Api;

// Uploading annexes, following them, and checking a file without submitting it.
public sealed partial class PipelineEndpoints
{
    /// <summary>POST /api/annexes — multipart form with file, commune ("son-la/chieng-en") and term.</summary>
    public async Task<IResult> UploadAsync(HttpRequest request, Caller? caller, CancellationToken cancellationToken)
    {
        if (caller is null) return Problems.Denied(AccessDecision.Unauthenticated);
        var (form, file, problem) = await ReadFileFormAsync(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null || form is null || file is null) return problem!;
        if (!CommuneId.TryParse(form["commune"], out var commune)) return InvalidCommune();
        var registry = await storage.Units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var decision = AccessPolicy.CanUpload(caller, commune.Value, registry);
        if (!decision.Allowed) return Problems.Denied(decision);

        await using var content = file.OpenReadStream();
        var (upload, refusal) = await storage.Uploads.ReceiveAsync(
            new UploadRequest(commune.Value, form["term"].ToString(), file.FileName, caller.Name, content), cancellationToken).ConfigureAwait(false);
        if (refusal is not null) return Problems.Of(refusal.Status, refusal.Code, refusal.Message);
        return Results.Json(new { uploadId = upload!.UploadId, statusUrl = $"/api/annexes/{upload.UploadId}" }, ApiJson.Options, statusCode: 202);
    }

    /// <summary>GET /api/annexes/{uploadId}</summary>
    public async Task<IResult> GetUploadAsync(string uploadId, Caller? caller, CancellationToken cancellationToken)
    {
        if (caller is null) return Problems.Denied(AccessDecision.Unauthenticated);
        var upload = await storage.Queries.GetUploadAsync(uploadId, cancellationToken).ConfigureAwait(false);
        if (upload is null) return Problems.NotFound($"Không có lượt tải lên {uploadId}.");
        var registry = await storage.Units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var decision = AccessPolicy.CanReadCommune(caller, upload.Commune, registry);
        return decision.Allowed ? Results.Json(UploadStatusDocument.From(upload), ApiJson.Options) : Problems.Denied(decision);
    }

    /// <summary>GET /api/communes/{province}/{commune}/uploads?max= — newest first.</summary>
    public Task<IResult> ListUploadsAsync(string province, string commune, int? max, Caller? caller, CancellationToken cancellationToken) =>
        ForCommuneAsync(province, commune, caller, async (id, _) =>
        {
            var uploads = await storage.Queries.ListUploadsAsync(id, Math.Clamp(max ?? 20, 1, 100), cancellationToken).ConfigureAwait(false);
            return Results.Json(uploads.Select(UploadStatusDocument.From), ApiJson.Options);
        }, cancellationToken);

    /// <summary>
    /// POST /api/annexes/check — reads and scores a file exactly as an upload would be, and
    /// stores nothing: the clerk sees what the system will make of it before submitting.
    /// </summary>
    public async Task<IResult> CheckAsync(HttpRequest request, Caller? caller, CancellationToken cancellationToken)
    {
        if (caller is null) return Problems.Denied(AccessDecision.Unauthenticated);
        var (form, file, problem) = await ReadFileFormAsync(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null || form is null || file is null) return problem!;
        if (file.Length > UploadService.MaxUploadBytes) return Problems.Of(413, "too-large", Refusals.FileTooLarge(file.Length, UploadService.MaxUploadBytes).Message);

        string? communeName = null;
        if (CommuneId.TryParse(form["commune"], out var commune))
        {
            var registry = await storage.Units.CurrentAsync(cancellationToken).ConfigureAwait(false);
            communeName = registry.Find(commune.Value)?.Name;
        }
        var term = Term.IsValid(form["term"]) ? form["term"].ToString() : null;
        using var buffer = new MemoryStream();
        await using (var content = file.OpenReadStream())
            await content.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        var catalogue = await storage.Catalogues.ForProvinceAsync(caller.Province, cancellationToken).ConfigureAwait(false);
        var workbook = ScoredWorkbook.From(buffer, new AnnexReadOptions(communeName, term), catalogue);
        return Results.Json(AnnexReports.ForFile(Path.GetFileName(file.FileName), workbook), ApiJson.Options);
    }

    /// <summary>The multipart form of an upload or a check, with its file; or the problem to answer.</summary>
    private static async Task<(IFormCollection? Form, IFormFile? File, IResult? Problem)> ReadFileFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
            return (null, null, Problems.BadRequest("not-multipart", "Hãy gửi biểu mẫu multipart với các trường file, commune và term."));
        var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0 && string.IsNullOrEmpty(file.FileName))
            return (form, null, Problems.BadRequest("missing-file", "Hãy chọn tệp Excel biểu chỉ tiêu."));
        return (form, file, null);
    }
}
