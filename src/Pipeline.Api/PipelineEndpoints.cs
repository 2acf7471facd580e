using Microsoft.AspNetCore.Http;
using Pipeline.Storage;
using Pipeline.Storage.Access;
using Pipeline.Storage.Units;
using Pipeline.Storage.Uploads;

namespace Pipeline.Api;

/// <summary>
/// The HTTP API, identical in both hosts: each method checks the caller with
/// <see cref="AccessPolicy"/>, calls one pipeline step or query, and answers JSON or problem
/// details. Hosts only bind routes and say who the caller is.
/// </summary>
public sealed class PipelineEndpoints(PipelineStorage storage)
{
    public static IResult Health() => Results.Json(new { status = "ok" }, ApiJson.Options);

    /// <summary>POST /api/annexes — multipart form with file, commune ("son-la/chieng-en") and term.</summary>
    public async Task<IResult> UploadAsync(HttpRequest request, Caller? caller, CancellationToken cancellationToken)
    {
        if (caller is null) return Problems.Denied(AccessDecision.Unauthenticated);
        if (!request.HasFormContentType) return Problems.BadRequest("not-multipart", "Hãy gửi biểu mẫu multipart với các trường file, commune và term.");
        var form = await request.ReadFormAsync(cancellationToken).ConfigureAwait(false);
        var file = form.Files.GetFile("file");
        if (file is null || file.Length == 0 && string.IsNullOrEmpty(file.FileName))
            return Problems.BadRequest("missing-file", "Hãy chọn tệp Excel biểu chỉ tiêu để tải lên.");
        if (!CommuneId.TryParse(form["commune"], out var commune))
            return Problems.BadRequest("invalid-commune", "Mã xã phải có dạng tỉnh/xã, ví dụ son-la/chieng-en.");
        var decision = AccessPolicy.CanUpload(caller, commune.Value);
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
        var decision = AccessPolicy.CanReadCommune(caller, upload.Commune);
        return decision.Allowed ? Results.Json(UploadStatusDocument.From(upload), ApiJson.Options) : Problems.Denied(decision);
    }

    /// <summary>GET /api/communes/{province}/{commune}/targets?term=</summary>
    public Task<IResult> GetTargetsAsync(string province, string commune, string? term, Caller? caller, CancellationToken cancellationToken) =>
        ForCommuneAsync(province, commune, term, caller, async (id, t) =>
        {
            var annexes = await storage.Queries.GetTargetsAsync(id, t, cancellationToken).ConfigureAwait(false);
            return annexes is { Count: > 0 } ? Results.Json(annexes[0], ApiJson.Options) : Problems.NotFound($"Xã {id} chưa có biểu nào được chấm cho nhiệm kỳ {t}.");
        });

    /// <summary>GET /api/communes/{province}/{commune}/summary?term=</summary>
    public Task<IResult> GetSummaryAsync(string province, string commune, string? term, Caller? caller, CancellationToken cancellationToken) =>
        ForCommuneAsync(province, commune, term, caller, async (id, t) =>
        {
            var summary = await storage.Queries.GetSummaryAsync(id, t, cancellationToken).ConfigureAwait(false);
            return summary is not null ? Results.Json(summary, ApiJson.Options) : Problems.NotFound($"Xã {id} chưa có biểu nào được chấm cho nhiệm kỳ {t}.");
        });

    /// <summary>GET /api/provinces/{province}/summaries?term=</summary>
    public async Task<IResult> GetProvinceSummariesAsync(string province, string? term, Caller? caller, CancellationToken cancellationToken)
    {
        var decision = AccessPolicy.CanReadProvince(caller, province);
        if (!decision.Allowed) return Problems.Denied(decision);
        if (!Term.IsValid(term)) return Problems.BadRequest("invalid-term", "Nhiệm kỳ phải có dạng 2020-2025.");
        return Results.Json(await storage.Queries.ListProvinceAsync(province, term!, cancellationToken).ConfigureAwait(false), ApiJson.Options);
    }

    /// <summary>POST /api/consolidations — a province officer starts a run; 202 with its id.</summary>
    public async Task<IResult> StartConsolidationAsync(Caller? caller, CancellationToken cancellationToken)
    {
        var decision = AccessPolicy.CanStartConsolidation(caller, caller?.Province ?? "");
        if (!decision.Allowed) return Problems.Denied(decision);
        var run = await storage.Consolidation.StartAsync("request", caller!.Name, cancellationToken).ConfigureAwait(false);
        await storage.Consolidation.RunAsync(run, cancellationToken).ConfigureAwait(false);
        return Results.Json(new { runId = run.RunId, statusUrl = $"/api/consolidations/{run.RunId}" }, ApiJson.Options, statusCode: 202);
    }

    /// <summary>GET /api/consolidations/{runId}</summary>
    public async Task<IResult> GetConsolidationAsync(string runId, Caller? caller, CancellationToken cancellationToken)
    {
        var decision = AccessPolicy.CanReadProvince(caller, caller?.Province ?? "");
        if (!decision.Allowed) return Problems.Denied(decision);
        var run = await storage.Consolidation.GetAsync(runId, cancellationToken).ConfigureAwait(false);
        return run is null ? Problems.NotFound($"Không có lượt tổng hợp {runId}.") : Results.Json(run, ApiJson.Options);
    }

    private async Task<IResult> ForCommuneAsync(string province, string commune, string? term, Caller? caller, Func<CommuneId, string, Task<IResult>> read)
    {
        if (!CommuneId.TryParse($"{province}/{commune}", out var id)) return Problems.BadRequest("invalid-commune", "Mã xã phải có dạng tỉnh/xã, ví dụ son-la/chieng-en.");
        var decision = AccessPolicy.CanReadCommune(caller, id.Value);
        if (!decision.Allowed) return Problems.Denied(decision);
        if (!Term.IsValid(term)) return Problems.BadRequest("invalid-term", "Nhiệm kỳ phải có dạng 2020-2025.");
        if (storage.Registry.Find(id.Value) is null) return Problems.NotFound($"Không có xã '{id}' trong danh mục.");
        return await read(id.Value, term!).ConfigureAwait(false);
    }
}
