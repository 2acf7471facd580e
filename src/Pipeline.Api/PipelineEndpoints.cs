using Microsoft.AspNetCore.Http;
using Pipeline.Core.Units;
using Pipeline.Storage;
using Pipeline.Storage.Access;
using Pipeline.Storage.Catalogue;
using Pipeline.Storage.Consolidations;
using Pipeline.Storage.Health;
using Pipeline.Storage.Queries;
using Pipeline.Storage.Review;
using Pipeline.Storage.Units;
using Pipeline.Storage.Uploads;

namespace Pipeline.Api;

/// <summary>
/// The HTTP API, identical in both hosts: each method checks the caller with
/// <see cref="AccessPolicy"/>, calls one pipeline step or query, and answers JSON or problem
/// details. Hosts only bind routes and say who the caller is. The routes are grouped by
/// feature in the partial files beside this one. Resolved from the host's services: it gets the
/// stores and steps it calls, nothing more.
/// </summary>
/// <param name="units">The administrative units every access decision is taken on.</param>
/// <param name="submission">Uploads or checks an annex file (POST /api/annexes, /api/annexes/check).</param>
/// <param name="held">Confirms or cancels a held upload (POST /api/annexes/{uploadId}/confirm, /cancel).</param>
/// <param name="queries">Upload records, commune summaries and targets.</param>
/// <param name="consolidated">Merged-commune summaries and province rollups.</param>
/// <param name="progress">A commune's progress toward its term's targets, and each commune's counts in the province summary.</param>
/// <param name="consolidation">Consolidation runs.</param>
/// <param name="catalogues">Each province's extension of the indicator catalogue.</param>
/// <param name="reviews">The province's review: decisions, history, and the review laid over the summaries.</param>
/// <param name="deadlines">The province's deadlines, the term's and each period's, and a period's completeness.</param>
/// <param name="health">Whether blob, queue and table storage answer.</param>
/// <param name="preparation">Opens storage on the health route when the host has not yet.</param>
public sealed partial class PipelineEndpoints(IUnitRegistry units, AnnexSubmission submission, HeldUploads held, SummaryQueries queries, ConsolidatedSummaries consolidated,
    ProgressQueries progress, Consolidation consolidation, ProvinceCatalogues catalogues, AnnexReviews reviews, ReportingDeadlines deadlines, StorageHealth health, StoragePreparation preparation)
{
    /// <summary>GET /api/me — who the caller is, for the portal's header and commune picker.</summary>
    public async Task<IResult> MeAsync(Caller? caller, CancellationToken cancellationToken)
    {
        if (caller is null) return Problems.Denied(AccessDecision.Unauthenticated);
        var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var decision = AccessPolicy.CanSignIn(caller, registry);
        if (!decision.Allowed) return Problems.Denied(decision);
        var communes = AccessPolicy.CommunesOf(caller, registry);
        // The term each commune's annex is usually for: a merged commune's first term, its predecessors' last.
        var formed = caller.Commune is { } id ? registry.FormedBy(id) : null;
        // A commune merged into another has no term after its merger: the portal offers none.
        var absorbed = caller.Commune is { } merged ? registry.AbsorbedBy(merged) : null;
        return Results.Json(new
        {
            name = caller.Name,
            role = caller.Role == CallerRole.CommuneOfficer ? "commune" : "province",
            province = caller.Province,
            provinceName = registry.Province(caller.Province)?.Name,
            commune = caller.Commune?.ToString(),
            communeName = caller.Commune is { } own ? registry.Find(own)?.Name : null,
            term = formed?.NewTerm,
            lastTerm = absorbed?.BaselineTerm,
            mergedInto = absorbed is null ? null : new { commune = absorbed.Into.ToString(), name = registry.Find(absorbed.Into)?.Name ?? absorbed.Into.Commune, effective = absorbed.Effective },
            predecessors = communes.Skip(1).Select(p => new { commune = p.ToString(), name = registry.Find(p)?.Name ?? p.Commune, term = formed!.BaselineTerm }),
            maxUploadBytes = AnnexSubmission.MaxUploadBytes, // the portal refuses a larger file before sending it
        }, ApiJson.Options);
    }

    private static IResult InvalidTerm() => Problems.BadRequest("invalid-term", "Nhiệm kỳ phải có dạng 2020-2025.");

    private static IResult InvalidCommune() => Problems.BadRequest("invalid-commune", "Mã xã phải có dạng tỉnh/xã, ví dụ son-la/chieng-en.");

    /// <summary>Parses and authorises a commune route, then hands over to <paramref name="read"/>.</summary>
    private async Task<IResult> ForCommuneAsync(string province, string commune, Caller? caller,
        Func<CommuneId, CommuneRegistry, Task<IResult>> read, CancellationToken cancellationToken)
    {
        if (!CommuneId.TryParse($"{province}/{commune}", out var id)) return InvalidCommune();
        var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var decision = AccessPolicy.CanReadCommune(caller, id.Value, registry);
        if (!decision.Allowed) return Problems.Denied(decision);
        if (registry.Find(id.Value) is null) return Problems.NotFound($"Không có xã '{id}' trong danh mục đơn vị hành chính.");
        return await read(id.Value, registry).ConfigureAwait(false);
    }
}
