using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Pipeline.Api;
using Pipeline.Storage;

namespace Pipeline.Functions;

/// <summary>
/// Uploading annexes, following them, and checking a file without submitting it: the HTTP
/// functions over <c>PipelineEndpoints.Uploads.cs</c>, each named by its constant.
/// </summary>
public sealed class UploadFunctions(PipelineEndpoints endpoints, StoragePreparation storage)
{
    /// <summary>The name of <see cref="UploadAnnexAsync"/>.</summary>
    public const string UploadAnnex = "UploadAnnex";

    /// <summary>The name of <see cref="CheckAnnexAsync"/>.</summary>
    public const string CheckAnnex = "CheckAnnex";

    /// <summary>The name of <see cref="UploadStatusAsync"/>.</summary>
    public const string UploadStatus = "UploadStatus";

    /// <summary>The name of <see cref="CommuneUploadsAsync"/>.</summary>
    public const string CommuneUploads = "CommuneUploads";

    /// <summary>The name of <see cref="ConfirmUploadAsync"/>.</summary>
    public const string ConfirmUpload = "ConfirmUpload";

    /// <summary>The name of <see cref="CancelUploadAsync"/>.</summary>
    public const string CancelUpload = "CancelUpload";

    /// <summary>POST /api/annexes/{uploadId}/confirm — a held upload becomes current</summary>
    [Function(ConfirmUpload)]
    public Task<IActionResult> ConfirmUploadAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/annexes/{uploadId}/confirm")] HttpRequest request, string uploadId,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.ConfirmUploadAsync(uploadId, caller, cancellationToken), cancellationToken);

    /// <summary>POST /api/annexes/{uploadId}/cancel — a held upload is set aside</summary>
    [Function(CancelUpload)]
    public Task<IActionResult> CancelUploadAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/annexes/{uploadId}/cancel")] HttpRequest request, string uploadId,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.CancelUploadAsync(uploadId, caller, cancellationToken), cancellationToken);

    /// <summary>POST /api/annexes</summary>
    [Function(UploadAnnex)]
    public Task<IActionResult> UploadAnnexAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/annexes")] HttpRequest request, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.UploadAsync(request, caller, cancellationToken), cancellationToken);

    /// <summary>POST /api/annexes/check — read and score a file without storing it</summary>
    [Function(CheckAnnex)]
    public Task<IActionResult> CheckAnnexAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/annexes/check")] HttpRequest request,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.CheckAsync(request, caller, cancellationToken), cancellationToken);

    /// <summary>GET /api/annexes/{uploadId}</summary>
    [Function(UploadStatus)]
    public Task<IActionResult> UploadStatusAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/annexes/{uploadId}")] HttpRequest request, string uploadId, CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.GetUploadAsync(uploadId, caller, cancellationToken), cancellationToken);

    /// <summary>GET /api/communes/{province}/{commune}/uploads?max=</summary>
    [Function(CommuneUploads)]
    public Task<IActionResult> CommuneUploadsAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/communes/{province}/{commune}/uploads")] HttpRequest request, string province, string commune,
        CancellationToken cancellationToken) =>
        HttpApi.RunAsync(storage, request, caller => endpoints.ListUploadsAsync(province, commune, HttpApi.IntQuery(request, "max"), caller, cancellationToken), cancellationToken);
}
