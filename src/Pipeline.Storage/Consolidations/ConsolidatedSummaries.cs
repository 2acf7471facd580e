using Pipeline.Storage.Catalogue;
using Pipeline.Core.Consolidation;
using Pipeline.Core.Reporting;
using Pipeline.Core.Units;
using Pipeline.Storage.Scoring;

namespace Pipeline.Storage.Consolidations;

/// <summary>
/// Recomputes merged-commune summaries and province rollups from the scored tables, with
/// Core's pure consolidation, and stores them. Called right after a commune's summary changes
/// (so the province sees fresh figures at once) and by every consolidation run (which
/// repairs anything a failed refresh left behind).
/// </summary>
public sealed class ConsolidatedSummaries(SummaryStore summaries, TargetRowStore targets, ConsolidatedSummaryStore store,
    ProvinceCatalogues catalogues, TimeProvider clock)
{
    /// <summary>
    /// How much later than a change a summary's inputs must have been read for it to count as
    /// including the change: room for the clocks of different instances to disagree. A summary
    /// skipped wrongly because of a larger skew is repaired by the next run.
    /// </summary>
    public static readonly TimeSpan ClockMargin = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// What depends on a commune's summary for a term, which changed at <paramref name="changedAt"/>:
    /// its province's rollup and any merger it belongs to. A summary already computed from
    /// inputs read after the change is left alone — under a burst of uploads one recomputation
    /// serves many. Returns what was recomputed.
    /// </summary>
    public async Task<IReadOnlyList<string>> RefreshAfterScoringAsync(CommuneRegistry registry, CommuneId commune, string term, DateTimeOffset changedAt,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var recomputed = new List<string>();
        var notBefore = changedAt + ClockMargin;
        if (registry.Province(commune.Province) is { } province)
            recomputed.Add(await RebuildProvinceAsync(registry, province, term, notBefore, cancellationToken).ConfigureAwait(false));
        if (registry.AbsorbedBy(commune) is { } absorbed && absorbed.BaselineTerm == term)
            recomputed.Add(await RebuildMergedAsync(registry, absorbed, notBefore, cancellationToken).ConfigureAwait(false));
        if (registry.FormedBy(commune) is { } formed && formed.NewTerm == term)
            recomputed.Add(await RebuildMergedAsync(registry, formed, notBefore, cancellationToken).ConfigureAwait(false));
        return recomputed;
    }

    /// <param name="notBefore">Keep a stored summary whose inputs were read after this; null recomputes in any case.</param>
    public async Task<string> RebuildMergedAsync(CommuneRegistry registry, Merger merger, DateTimeOffset? notBefore, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(merger);
        await StoreMergedAsync(registry, merger, notBefore, cancellationToken).ConfigureAwait(false);
        return $"{merger.Into} {merger.BaselineTerm} (xã sau sáp nhập)";
    }

    /// <param name="notBefore">Keep a stored rollup whose inputs were read after this; null recomputes in any case.</param>
    public async Task<string> RebuildProvinceAsync(CommuneRegistry registry, RegisteredProvince province, string term, DateTimeOffset? notBefore,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(province);
        await StoreProvinceAsync(registry, province, term, notBefore, cancellationToken).ConfigureAwait(false);
        return $"{province.Id} {term} (toàn tỉnh)";
    }

    /// <summary>
    /// The stored merged summary when it stands on the predecessors' current uploads (and the new
    /// term's); otherwise computed and stored now. An upload shows "scored" a moment before the
    /// refresh that follows it has stored the merged summary: read in between, the clerk would see
    /// the upload missing. A summary marked stale (too large to store) is returned as it is.
    /// </summary>
    public async Task<MergedCommuneSummary> GetMergedAsync(CommuneRegistry registry, Merger merger, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(merger);
        var stored = await store.GetMergedAsync(merger.Into.Province, merger.Into.Commune, merger.BaselineTerm, cancellationToken).ConfigureAwait(false);
        if (stored is not null && (stored.Stale is not null || await StandsOnCurrentAsync(stored, merger, cancellationToken).ConfigureAwait(false)))
            return stored;
        return await StoreMergedAsync(registry, merger, null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The stored province rollup when it stands on the communes' current uploads; otherwise computed and stored now.</summary>
    public async Task<ProvinceSummary> GetProvinceAsync(CommuneRegistry registry, RegisteredProvince province, string term, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(province);
        var stored = await store.GetProvinceAsync(province.Id, term, cancellationToken).ConfigureAwait(false);
        if (stored is not null && stored.Stale is null)
        {
            // Only the communes the rollup lists: a removed commune's summary is left out of it.
            var registered = province.Communes.Select(c => c.Id.ToString()).ToHashSet(StringComparer.Ordinal);
            var current = (await summaries.ListProvinceUploadsAsync(province.Id, term, cancellationToken).ConfigureAwait(false))
                .Where(s => registered.Contains(s.Key)).Select(s => (s.Key, (string?)s.Value)).ToHashSet();
            var shown = stored.Communes.Where(c => c.UploadId is not null).Select(c => (c.Commune, c.UploadId)).ToHashSet();
            if (current.SetEquals(shown)) return stored;
        }
        else if (stored is not null) return stored;
        return await StoreProvinceAsync(registry, province, term, null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> StandsOnCurrentAsync(MergedCommuneSummary stored, Merger merger, CancellationToken cancellationToken)
    {
        if (stored.Predecessors.Count != merger.From.Count) return false;
        foreach (var id in merger.From)
        {
            var current = await summaries.GetAsync(id.Province, id.Commune, merger.BaselineTerm, cancellationToken).ConfigureAwait(false);
            var shown = stored.Predecessors.FirstOrDefault(p => p.Commune == id.ToString());
            if (shown is null || current?.UploadId != shown.UploadId) return false;
        }
        var newTerm = await summaries.GetAsync(merger.Into.Province, merger.Into.Commune, merger.NewTerm, cancellationToken).ConfigureAwait(false);
        return newTerm?.UploadId == stored.NewTermTargets.UploadId;
    }

    /// <summary>
    /// The merged summary computed now from the predecessors' current uploads that <paramref name="include"/>
    /// keeps (commune id, upload id) — the others count as missing — and not stored: the province's view of
    /// what its confirmed inputs add up to (<c>?confirmedOnly=true</c>). The new term's targets are always shown.
    /// </summary>
    public async Task<MergedCommuneSummary> ComputeMergedAsync(CommuneRegistry registry, Merger merger, Func<string, string, bool> include, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(merger);
        ArgumentNullException.ThrowIfNull(include);
        return await ConsolidateMergedAsync(registry, merger, include, cancellationToken).ConfigureAwait(false) with { ConfirmedOnly = true };
    }

    // Each computation notes the time before it reads its inputs (ComputedAt): the moment the summary is true of.
    private Task<MergedCommuneSummary> StoreMergedAsync(CommuneRegistry registry, Merger merger, DateTimeOffset? notBefore, CancellationToken cancellationToken) =>
        store.StoreComputedAsync(TableKeys.MergedSummaries(merger.Into.Province, merger.BaselineTerm), merger.Into.Commune,
            ct => ConsolidateMergedAsync(registry, merger, (_, _) => true, ct), summary => summary.ComputedAt, notBefore, cancellationToken);

    private async Task<MergedCommuneSummary> ConsolidateMergedAsync(CommuneRegistry registry, Merger merger, Func<string, string, bool> include, CancellationToken ct)
    {
        var asOf = clock.GetUtcNow();
        var predecessors = new List<PredecessorAnnexes>();
        foreach (var id in merger.From)
        {
            var name = registry.Find(id)?.Name ?? id.Commune;
            var (summary, annexes) = await CurrentAnnexesAsync(id, merger.BaselineTerm, ct).ConfigureAwait(false);
            predecessors.Add(summary is null || !include(id.ToString(), summary.UploadId)
                ? PredecessorAnnexes.MissingFor(id.ToString(), name)
                : new PredecessorAnnexes(id.ToString(), name, AnnexSource.FromUpload(new UploadId(summary.UploadId)), summary.ScoredAt, annexes));
        }
        var catalogue = await catalogues.ForProvinceAsync(merger.Into.Province, ct).ConfigureAwait(false);
        var (newSummary, newAnnexes) = await CurrentAnnexesAsync(merger.Into, merger.NewTerm, ct).ConfigureAwait(false);
        var newTerm = newSummary is null ? NewTermAnnexes.None : new NewTermAnnexes(AnnexSource.FromUpload(new UploadId(newSummary.UploadId)), newAnnexes);
        return MergedCommuneConsolidator.Consolidate(merger, registry.Find(merger.Into)?.Name ?? merger.Into.Commune,
            predecessors, newTerm, catalogue, asOf);
    }

    private Task<ProvinceSummary> StoreProvinceAsync(CommuneRegistry registry, RegisteredProvince province, string term, DateTimeOffset? notBefore,
        CancellationToken cancellationToken) =>
        store.StoreComputedAsync(TableKeys.ProvinceSummaries(province.Id), term, async ct =>
        {
            var asOf = clock.GetUtcNow();
            var communeSummaries = await summaries.ListProvinceAsync(province.Id, term, ct).ConfigureAwait(false);
            return ProvinceRollup.Build(registry, province, term, communeSummaries, asOf);
        }, summary => summary.ComputedAt, notBefore, cancellationToken);

    /// <summary>A commune's summary for the term and the annexes of the upload it comes from.</summary>
    private async Task<(CommuneSummary? Summary, IReadOnlyList<AnnexReport> Annexes)> CurrentAnnexesAsync(CommuneId commune, string term, CancellationToken cancellationToken)
    {
        var summary = await summaries.GetAsync(commune.Province, commune.Commune, term, cancellationToken).ConfigureAwait(false);
        if (summary is null) return (null, []);
        var annexes = await targets.ReadAnnexesAsync(TableKeys.UploadTargets(commune.ToString(), term, summary.UploadId), cancellationToken).ConfigureAwait(false);
        return (summary, annexes);
    }
}
