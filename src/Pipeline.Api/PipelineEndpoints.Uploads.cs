using Microsoft.AspNetCore.Http;
using Pipeline.Storage.Access;
using Pipeline.Storage.Uploads;

namespace Pipeline.Api;

// Uploading annexes, following them, and checking a file without submitting it.
public sealed partial class PipelineEndpoints
{
    /// <summary>
    /// Most a multipart body may carry besides the file: the part headers, the commune and the term
    /// take a few hundred bytes; 64 KiB leaves room for long file names and extra fields.
    /// </summary>
    public const long FormOverheadBytes = 64 * 1024;

    /// <summary>Largest body POST /api/annexes and /api/annexes/check read: the file limit plus <see cref="FormOverheadBytes"/>.</summary>
    public const long MaxFormBytes = AnnexSubmission.MaxUploadBytes + FormOverheadBytes;

    /// <summary>POST /api/annexes — multipart form with file, commune ("son-la/chieng-en"), term and, optionally, period ("2026", "mid-term", "term").</summary>
    public Task<IResult> UploadAsync(HttpRequest request, Caller? caller, CancellationToken cancellationToken) =>
        SubmitAsync(request, caller, SubmissionMode.Upload, cancellationToken);

    /// <summary>
    /// POST /api/annexes/check — reads and scores a file exactly as an upload would be, and
    /// stores nothing: the clerk sees what the system will make of it before submitting.
    /// </summary>
    public Task<IResult> CheckAsync(HttpRequest request, Caller? caller, CancellationToken cancellationToken) =>
        SubmitAsync(request, caller, SubmissionMode.Check, cancellationToken);

    /// <summary>The form of an upload or a check, handed to <see cref="AnnexSubmission"/>; its result answered by <see cref="SubmissionAnswers"/>.</summary>
    private async Task<IResult> SubmitAsync(HttpRequest request, Caller? caller, SubmissionMode mode, CancellationToken cancellationToken)
    {
        // Who may submit at all is known before the body is read: a refused key never sends 5 MB for nothing.
        if (await submission.AdmitAsync(caller, cancellationToken).ConfigureAwait(false) is { } refused) return SubmissionAnswers.For(refused);
        var (form, file, problem) = await ReadFileFormAsync(request, cancellationToken).ConfigureAwait(false);
        if (problem is not null || form is null || file is null) return problem!;
        await using var content = file.OpenReadStream();
        var result = await submission.SubmitAsync(new SubmittedAnnex(caller, form["commune"], form["term"], file.FileName, content, form["period"]), mode, cancellationToken).ConfigureAwait(false);
        return SubmissionAnswers.For(result);
    }

    /// <summary>
    /// POST /api/annexes/{uploadId}/confirm — a held upload (its titles name another commune or term)
    /// becomes the commune's current annex; 200 with its status, 409 when it is not held.
    /// </summary>
    public async Task<IResult> ConfirmUploadAsync(string uploadId, Caller? caller, CancellationToken cancellationToken) =>
        SubmissionAnswers.For(await held.ConfirmAsync(uploadId, caller, cancellationToken).ConfigureAwait(false));

    /// <summary>POST /api/annexes/{uploadId}/cancel — a held upload is set aside for good; the current annex stays.</summary>
    public async Task<IResult> CancelUploadAsync(string uploadId, Caller? caller, CancellationToken cancellationToken) =>
        SubmissionAnswers.For(await held.CancelAsync(uploadId, caller, cancellationToken).ConfigureAwait(false));

    /// <summary>GET /api/annexes/{uploadId}</summary>
    public async Task<IResult> GetUploadAsync(string uploadId, Caller? caller, CancellationToken cancellationToken)
    {
        if (caller is null) return Problems.Denied(AccessDecision.Unauthenticated);
        var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var signIn = AccessPolicy.CanSignIn(caller, registry);
        if (!signIn.Allowed) return Problems.Denied(signIn);
        var upload = await queries.GetUploadAsync(uploadId, cancellationToken).ConfigureAwait(false);
        if (upload is null) return Problems.NotFound($"Không có lượt tải lên {uploadId}.");
        var decision = AccessPolicy.CanReadCommune(caller, upload.Commune, registry);
        if (!decision.Allowed) return Problems.Denied(decision);
        var report = await queries.GetReportAsync(upload, cancellationToken).ConfigureAwait(false);
        var document = UploadStatusDocument.From(upload) with { Report = report };
        if (document.Parts is { Count: > 0 } parts)
        {
            // Where each part stands, so a part rejected (its commune's annex confirmed meanwhile) shows on the report itself.
            var statuses = new List<UploadPartDocument>(parts.Count);
            foreach (var part in parts)
                statuses.Add(part with { Status = (await queries.GetUploadAsync(part.UploadId, cancellationToken).ConfigureAwait(false)) is { } record ? UploadStatusDocument.StatusName(record.Status) : null });
            document = document with { Parts = statuses };
        }
        return Results.Json(document, ApiJson.Options);
    }

    /// <summary>GET /api/communes/{province}/{commune}/uploads?max= — newest first.</summary>
    public Task<IResult> ListUploadsAsync(string province, string commune, int? max, Caller? caller, CancellationToken cancellationToken) =>
        ForCommuneAsync(province, commune, caller, async (id, _) =>
        {
            var uploads = await queries.ListUploadsAsync(id, Math.Clamp(max ?? 20, 1, 100), cancellationToken).ConfigureAwait(false);
            return Results.Json(uploads.Select(UploadStatusDocument.From), ApiJson.Options);
        }, cancellationToken);

    /// <summary>
    /// The multipart form of an upload or a check, with its file; or the problem to answer: 400
    /// not-multipart, malformed-form or missing-file, 413 when the body or the file is over the
    /// limit — sized by the Content-Length when the body is refused before it is read, by the
    /// file itself otherwise.
    /// </summary>
    private static async Task<(IFormCollection? Form, IFormFile? File, IResult? Problem)> ReadFileFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.HasFormContentType)
            return (null, null, Problems.BadRequest("not-multipart", "Hãy gửi biểu mẫu multipart với các trường file, commune và term."));
        if (request.ContentLength > MaxFormBytes) return (null, null, SubmissionAnswers.For(AnnexSubmission.TooLarge(request.ContentLength)));
        LimitedBody.Cap(request, MaxFormBytes);
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, null, SubmissionAnswers.For(AnnexSubmission.TooLarge(null))); // streamed without a length: only "more than the limit" is known
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException && !request.HttpContext.RequestAborted.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return (null, null, Problems.MalformedForm()); // cut short, no boundary, broken part headers (BadHttpRequestException is an IOException)
        }
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0 && string.IsNullOrEmpty(file.FileName))
            return (form, null, Problems.BadRequest("missing-file", "Hãy chọn tệp Excel biểu chỉ tiêu."));
        if (file.Length > AnnexSubmission.MaxUploadBytes) return (form, null, SubmissionAnswers.For(AnnexSubmission.TooLarge(file.Length)));
        return (form, file, null);
    }
}
