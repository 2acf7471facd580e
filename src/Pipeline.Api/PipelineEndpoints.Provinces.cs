using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Periods;
using Pipeline.Core.Reporting;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Consolidations;
using Pipeline.Storage.Queries;
using Pipeline.Storage.Review;
using Pipeline.Storage.Uploads;

namespace Pipeline.Api;

// What a province officer reads and manages: the rollup, the raw summaries, the administrative units.
public sealed partial class PipelineEndpoints
{
    /// <summary>
    /// GET /api/provinces/{province}/summary?term=&amp;confirmedOnly= — every commune with its review, completeness,
    /// review completeness against the term's deadline, and totals (of confirmed communes only with <c>confirmedOnly=true</c>);
    /// each commune with its progress counts in the latest year it reported (<c>progress</c>, <see cref="ProgressQueries.ShowAsync"/>).
    /// With <c>period=2026</c> (or <c>mid-term</c>) also that period's completeness against its deadline: <c>periodCompleteness</c> and
    /// each commune's <c>periodSubmission</c> (<see cref="ReportingDeadlines.ShowPeriodAsync"/>); <c>period=term</c> or none changes nothing.
    /// 400 <c>invalid-period</c>, <c>period-not-of-term</c>.
    /// </summary>
    public Task<IResult> GetProvinceSummaryAsync(string province, string? term, string? confirmedOnly, string? period, Caller? caller, CancellationToken cancellationToken) =>
        ForProvinceAsync(province, term, caller, async (registry, found) =>
        {
            if (ConfirmedOnly(confirmedOnly) is not { } onlyConfirmed) return InvalidConfirmedOnly();
            var chosen = ReportingPeriod.WholeTerm;
            if (!string.IsNullOrWhiteSpace(period) && !ReportingPeriod.TryParse(period, out chosen))
                return Problems.BadRequest("invalid-period", ReviewMessages.InvalidSummaryPeriod);
            if (!chosen.IsPeriodOf(Term.Parse(term!)))
                return Problems.BadRequest("period-not-of-term", UploadMessages.PeriodNotOfTerm(chosen.Year!.Value, Term.Parse(term!)));
            // A PDF report's count is laid over its communes' lines as served: it changes no annex, so the stored rollup does not hold it.
            var rollup = await queries.ShowReportChecksAsync(await consolidated.GetProvinceAsync(registry, found, term!, cancellationToken).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            var reviewed = await reviews.ShowAsync(rollup, onlyConfirmed, cancellationToken).ConfigureAwait(false);
            if (chosen != ReportingPeriod.WholeTerm) reviewed = await deadlines.ShowPeriodAsync(reviewed, chosen, cancellationToken).ConfigureAwait(false);
            return Results.Json(await progress.ShowAsync(registry, reviewed, cancellationToken).ConfigureAwait(false), ApiJson.Options);
        }, cancellationToken);

    /// <summary>GET /api/provinces/{province}/summaries?term=</summary>
    public Task<IResult> GetProvinceSummariesAsync(string province, string? term, Caller? caller, CancellationToken cancellationToken) =>
        ForProvinceAsync(province, term, caller, async (_, _) =>
            Results.Json(await queries.ListProvinceAsync(province, term!, cancellationToken).ConfigureAwait(false), ApiJson.Options), cancellationToken);

    /// <summary>
    /// GET /api/provinces/{province}/assumed-directions?term= — every indicator scored on an assumed
    /// direction in the communes' current annexes, grouped by indicator text (<see cref="AssumedDirections"/>).
    /// </summary>
    public Task<IResult> GetAssumedDirectionsAsync(string province, string? term, Caller? caller, CancellationToken cancellationToken) =>
        ForProvinceAsync(province, term, caller, async (_, _) =>
        {
            var communes = await queries.ListProvinceAnnexesAsync(province, term!, cancellationToken).ConfigureAwait(false);
            return Results.Json(new { province, term, indicators = AssumedDirections.Collect(communes) }, ApiJson.Options);
        }, cancellationToken);

    /// <summary>GET /api/provinces/{province}/units</summary>
    public async Task<IResult> GetUnitsAsync(string province, Caller? caller, CancellationToken cancellationToken)
    {
        var decision = AccessPolicy.CanReadProvince(caller, province);
        if (!decision.Allowed) return Problems.Denied(decision);
        var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        return registry.Province(province) is { } found
            ? Results.Json(CommuneRegistry.ToDocument(found), CommuneRegistry.JsonOptions)
            : Problems.NotFound($"Chưa có danh mục đơn vị hành chính của tỉnh '{province}'.");
    }

    /// <summary>PUT /api/provinces/{province}/units — validated as a whole; the province is re-consolidated at once.</summary>
    public async Task<IResult> PutUnitsAsync(string province, HttpRequest request, Caller? caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = AccessPolicy.CanManageUnits(caller, province);
        if (!decision.Allowed) return Problems.Denied(decision);
        if (!LimitedBody.IsJson(request)) return Problems.NotJson();
        var (body, overSize) = await LimitedBody.ReadAsync(request, ProvinceUnitsLimits.DocumentBytes, cancellationToken).ConfigureAwait(false);
        if (body is null) return Problems.DocumentTooLarge("Danh mục đơn vị hành chính", overSize, ProvinceUnitsLimits.DocumentBytes);
        ProvinceUnits? document;
        try
        {
            document = body.ToObjectFromJson<ProvinceUnits>(CommuneRegistry.JsonOptions);
        }
        catch (JsonException)
        {
            return Problems.BadRequest("invalid-json", "Nội dung gửi lên không phải JSON hợp lệ của danh mục đơn vị hành chính (xem docs/api.md).");
        }
        var (saved, errors) = await units.ReplaceAsync(province, document, cancellationToken).ConfigureAwait(false);
        if (saved is null) return Problems.Invalid("invalid-units", "Danh mục đơn vị hành chính chưa hợp lệ", errors);
        var run = await consolidation.StartAsync(ConsolidationTrigger.Units, caller!.Name, province, cancellationToken).ConfigureAwait(false);
        run = await consolidation.RunAsync(run, cancellationToken).ConfigureAwait(false);
        return Results.Json(new { units = CommuneRegistry.ToDocument(saved), runId = run.RunId, runStatus = run.Status }, CommuneRegistry.JsonOptions);
    }

    /// <summary>GET /api/provinces/{province}/catalogue — the province's extension of the indicator catalogue ({} when it has none).</summary>
    public async Task<IResult> GetCatalogueAsync(string province, Caller? caller, CancellationToken cancellationToken)
    {
        var decision = AccessPolicy.CanReadProvince(caller, province);
        if (!decision.Allowed) return Problems.Denied(decision);
        var document = await catalogues.GetExtensionAsync(province, cancellationToken).ConfigureAwait(false);
        return Results.Text(document?.ToString() ?? "{ \"indicators\": [], \"directionRules\": [] }", "application/json", System.Text.Encoding.UTF8);
    }

    /// <summary>PUT /api/provinces/{province}/catalogue — replaces the extension; used from the next annex scored.</summary>
    public async Task<IResult> PutCatalogueAsync(string province, HttpRequest request, Caller? caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var decision = AccessPolicy.CanManageUnits(caller, province);
        if (!decision.Allowed) return Problems.Denied(decision);
        if (!LimitedBody.IsJson(request)) return Problems.NotJson();
        var (document, overSize) = await LimitedBody.ReadAsync(request, CatalogueLimits.DocumentBytes, cancellationToken).ConfigureAwait(false);
        if (document is null) return Problems.DocumentTooLarge("Danh mục chỉ tiêu", overSize, CatalogueLimits.DocumentBytes);
        var (catalogue, error) = await catalogues.ReplaceAsync(province, document, cancellationToken).ConfigureAwait(false);
        if (error is { OverLimits.Count: > 0 })
            return Problems.Invalid("invalid-catalogue", "Danh mục chỉ tiêu gửi lên vượt giới hạn, chưa lưu gì", error.OverLimits);
        if (catalogue is null)
            return Problems.BadRequest("invalid-catalogue", $"Danh mục chỉ tiêu gửi lên chưa hợp lệ, chưa lưu gì: {error?.Message}");
        return Results.Json(new { indicators = catalogue.Indicators.Count, directionRules = catalogue.DirectionRules.Count }, ApiJson.Options);
    }

    /// <summary>DELETE /api/provinces/{province}/catalogue — removes the extension: the built-in catalogue from the next annex scored. 200 {deleted}.</summary>
    public async Task<IResult> DeleteCatalogueAsync(string province, Caller? caller, CancellationToken cancellationToken)
    {
        var decision = AccessPolicy.CanManageUnits(caller, province);
        if (!decision.Allowed) return Problems.Denied(decision);
        var deleted = await catalogues.DeleteAsync(province, cancellationToken).ConfigureAwait(false);
        return Results.Json(new { deleted }, ApiJson.Options);
    }

    private async Task<IResult> ForProvinceAsync(string province, string? term, Caller? caller,
        Func<CommuneRegistry, RegisteredProvince, Task<IResult>> read, CancellationToken cancellationToken)
    {
        var decision = AccessPolicy.CanReadProvince(caller, province);
        if (!decision.Allowed) return Problems.Denied(decision);
        if (!Term.IsValid(term)) return InvalidTerm();
        var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        return registry.Province(province) is { } found
            ? await read(registry, found).ConfigureAwait(false)
            : Problems.NotFound($"Không có tỉnh '{province}' trong danh mục đơn vị hành chính.");
    }
}
