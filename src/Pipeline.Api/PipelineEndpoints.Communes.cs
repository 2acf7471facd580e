using Microsoft.AspNetCore.Http;
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
    /// GET /api/communes/{province}/{commune}/summary?term= — for a commune formed by a merger,
    /// and the merger's baseline term (the default), the consolidated summary of its predecessors.
    /// </summary>
    public Task<IResult> GetSummaryAsync(string province, string commune, string? term, Caller? caller, CancellationToken cancellationToken) =>
        ForCommuneAsync(province, commune, caller, async (id, registry) =>
        {
            if (registry.FormedBy(id) is { } merger && (term is null || term == merger.BaselineTerm))
                return Results.Json(await consolidated.GetMergedAsync(registry, merger, cancellationToken).ConfigureAwait(false), ApiJson.Options);
            if (!Term.IsValid(term)) return InvalidTerm();
            var summary = await queries.GetSummaryAsync(id, term!, cancellationToken).ConfigureAwait(false);
            return summary is not null ? Results.Json(summary, ApiJson.Options) : NothingScored(registry, id, term!);
        }, cancellationToken);

    // The commune by its name: the message is read by people (ForCommuneAsync has checked it is registered).
    private static IResult NothingScored(CommuneRegistry registry, CommuneId commune, string term) =>
        Problems.NotFound($"Xã {registry.Find(commune)?.Name ?? commune.Commune} chưa có biểu nào được chấm cho nhiệm kỳ {term}.");
}
