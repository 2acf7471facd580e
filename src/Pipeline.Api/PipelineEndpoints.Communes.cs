using Microsoft.AspNetCore.Http;
using Pipeline.Core.Consolidation;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;

namespace Pipeline.Api;

// What a commune's officer (and the province) reads about one commune.
public sealed partial class PipelineEndpoints
{
    /// <summary>GET /api/communes/{province}/{commune}/targets?term=</summary>
    public Task<IResult> GetTargetsAsync(string province, string commune, string? term, Caller? caller, CancellationToken cancellationToken) =>
        ForCommuneAsync(province, commune, caller, async (id, registry) =>
        {
            if (!Term.IsValid(term)) return InvalidTerm();
            var targets = await queries.GetTargetsAsync(id, term!, cancellationToken).ConfigureAwait(false);
            return targets is { Annexes.Count: > 0 } ? Results.Json(targets, ApiJson.Options) : NothingScored(registry, id, term!);
        }, cancellationToken);

    /// <summary>
    /// GET /api/communes/{province}/{commune}/summary?term=&amp;confirmedOnly= — with the province's review
    /// (<c>review</c>). For a commune formed by a merger, and the merger's baseline term (the default),
    /// the consolidated summary of its predecessors, each saying whether it is confirmed; with
    /// <c>confirmedOnly=true</c>, consolidated from the confirmed predecessors only. An ordinary summary carries the report
    /// count its commune shows, a PDF report's with its part about the commune (<see cref="Pipeline.Core.Reporting.ReportCheckOverlay"/>).
    /// </summary>
    public Task<IResult> GetSummaryAsync(string province, string commune, string? term, string? confirmedOnly, Caller? caller, CancellationToken cancellationToken) =>
        ForCommuneAsync(province, commune, caller, async (id, registry) =>
        {
            if (registry.FormedBy(id) is { } merger && (term is null || term == merger.BaselineTerm))
            {
                if (ConfirmedOnly(confirmedOnly) is not { } onlyConfirmed) return InvalidConfirmedOnly();
                return Results.Json(await MergedSummaryAsync(registry, merger, onlyConfirmed, cancellationToken).ConfigureAwait(false), ApiJson.Options);
            }
            if (!Term.IsValid(term)) return InvalidTerm();
            var summary = await queries.GetSummaryAsync(id, term!, cancellationToken).ConfigureAwait(false);
            return summary is not null
                ? Results.Json(await reviews.ShowAsync(await queries.ShowReportCheckAsync(summary, cancellationToken).ConfigureAwait(false), cancellationToken)
                    .ConfigureAwait(false), ApiJson.Options)
                : NothingScored(registry, id, term!);
        }, cancellationToken);

    /// <summary>
    /// The merged summary with each predecessor's review; confirmed-only, it is consolidated again from
    /// the predecessors whose shown upload is confirmed (the others count as missing), each keeping its review.
    /// </summary>
    private async Task<MergedCommuneSummary> MergedSummaryAsync(CommuneRegistry registry, Merger merger, bool confirmedOnly, CancellationToken cancellationToken)
    {
        var all = await reviews.ShowAsync(await consolidated.GetMergedAsync(registry, merger, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        if (!confirmedOnly) return all;
        var byCommune = all.Predecessors.ToDictionary(p => p.Commune, StringComparer.Ordinal);
        var confirmed = await consolidated.ComputeMergedAsync(registry, merger,
            (commune, uploadId) => byCommune.GetValueOrDefault(commune) is { Review.Confirmed: true } shown && shown.UploadId == uploadId, cancellationToken).ConfigureAwait(false);
        return confirmed with { Predecessors = confirmed.Predecessors.Select(p => p with { Review = byCommune.GetValueOrDefault(p.Commune)?.Review }).ToArray() };
    }

    /// <summary>
    /// GET /api/communes/{province}/{commune}/progress?term= — the commune's way toward its term's targets, year by year
    /// (<see cref="Pipeline.Core.Progress.CommuneProgress"/>, docs/progress.md): the same access as its summary; 404 when it has
    /// no targets annex (whole-term upload) for the term.
    /// </summary>
    public Task<IResult> GetProgressAsync(string province, string commune, string? term, Caller? caller, CancellationToken cancellationToken) =>
        ForCommuneAsync(province, commune, caller, async (id, registry) =>
        {
            if (!Term.TryParse(term, out var parsed)) return InvalidTerm();
            var found = await progress.GetAsync(registry, id, parsed, cancellationToken).ConfigureAwait(false);
            return found is not null
                ? Results.Json(found, ApiJson.Options)
                : Problems.NotFound($"Xã {registry.Find(id)?.Name ?? id.Commune} chưa có biểu chỉ tiêu cả nhiệm kỳ {parsed} nên chưa theo dõi được tiến độ từng năm.");
        }, cancellationToken);

    // The commune by its name: the message is read by people (ForCommuneAsync has checked it is registered).
    private static IResult NothingScored(CommuneRegistry registry, CommuneId commune, string term) =>
        Problems.NotFound($"Xã {registry.Find(commune)?.Name ?? commune.Commune} chưa có biểu nào được chấm cho nhiệm kỳ {term}.");
}
