using Pipeline.Core.Catalogue;
using Pipeline.Core.Consolidation;
using Pipeline.Core.Periods;
using Pipeline.Core.Progress;
using Pipeline.Core.Scoring;
using Pipeline.Core.Units;
using Pipeline.Storage.Catalogue;
using Pipeline.Storage.Consolidations;
using Pipeline.Storage.Ingestion;
using Pipeline.Storage.Scoring;

namespace Pipeline.Storage.Queries;

/// <summary>
/// A commune's progress toward its term's targets (<c>GET /api/communes/{province}/{commune}/progress?term=</c>) and each
/// commune's counts in the province summary (docs/progress.md). The targets are the commune's current whole-term annex
/// (<see cref="SummaryStore"/>: targets-only or with results), the years its current annex of each year
/// (<see cref="PeriodSummaryStore"/>); both read from their parsed documents and scored with the province's catalogue, as
/// the score step scored them, then handed to <see cref="TermProgress.Of"/>. A commune formed by a merger, for its first
/// term, gets its predecessors' consolidated sums of additive indicators as baselines (<see cref="MergedBaselines"/>).
/// </summary>
public sealed class ProgressQueries(SummaryStore summaries, PeriodSummaryStore periods, ProgressCountsStore counts, ParsedUploads parsed,
    ProvinceCatalogues catalogues, ConsolidatedSummaries consolidated)
{
    /// <summary>The commune's progress for the term; null when it has no current whole-term annex (no targets to follow).</summary>
    public async Task<CommuneProgress?> GetAsync(CommuneRegistry registry, CommuneId commune, Term term, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var whole = await summaries.GetAsync(commune.Province, commune.Commune, term.ToString(), cancellationToken).ConfigureAwait(false);
        if (whole is null) return null;
        var catalogue = await catalogues.ForProvinceAsync(commune.Province, cancellationToken).ConfigureAwait(false);
        var termAnnexes = await ScoredAsync(whole.UploadId, catalogue, cancellationToken).ConfigureAwait(false);
        if ((termAnnexes.FirstOrDefault(a => a.Annex.Period == ReportingPeriod.WholeTerm) ?? (termAnnexes.Count > 0 ? termAnnexes[0] : null)) is not { } targets) return null;

        var years = new List<ScoredAnnex>();
        foreach (var current in await periods.ListAsync(commune, term.ToString(), cancellationToken).ConfigureAwait(false))
        {
            if (!current.Period.IsYearOf(term)) continue; // the mid-term review is no year
            var annexes = await ScoredAsync(current.Summary.UploadId, catalogue, cancellationToken).ConfigureAwait(false);
            years.AddRange(annexes.Where(a => a.Annex.Period == current.Period));
        }

        IReadOnlyDictionary<string, decimal>? given = null;
        if (registry.FormedBy(commune) is { } merger && merger.NewTerm == term.ToString())
            given = MergedBaselines.Additive(await consolidated.GetMergedAsync(registry, merger, cancellationToken).ConfigureAwait(false));
        return TermProgress.Of(registry.Find(commune)?.Name ?? whole.CommuneName, term, targets, years, given);
    }

    /// <summary>
    /// <paramref name="rollup"/> with each commune's progress counts (<c>progress</c>; null for a commune without a targets annex
    /// or without a year reported), from <see cref="CountsAsync"/>.
    /// </summary>
    public async Task<ProvinceSummary> ShowAsync(CommuneRegistry registry, ProvinceSummary rollup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(rollup);
        if (!Term.TryParse(rollup.Term, out var term)) return rollup;
        var ids = rollup.Communes.Select(c => CommuneId.TryParse(c.Commune, out var id) ? id : null).OfType<CommuneId>().ToArray();
        // The rollup served stands on the communes' current whole-term uploads (ConsolidatedSummaries checked it): not listed again.
        var wholeUploads = rollup.Communes.Where(c => c.UploadId is not null).ToDictionary(c => c.Commune, c => c.UploadId!, StringComparer.Ordinal);
        var (counted, _) = await CountsAsync(registry, rollup.Province, term, ids, wholeUploads, cancellationToken).ConfigureAwait(false);
        return rollup with { Communes = rollup.Communes.Select(c => c with { Progress = counted.GetValueOrDefault(c.Commune) }).ToArray() };
    }

    /// <summary>
    /// The scheduled run's part (<see cref="Consolidation"/>): every commune of the province whose counts for the term no longer
    /// stand on its current uploads — a year arrived, a targets annex replaced — is computed again and stored. Returns how many were.
    /// </summary>
    public async Task<int> RefreshAsync(CommuneRegistry registry, RegisteredProvince province, string term, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(province);
        if (!Term.TryParse(term, out var parsed)) return 0;
        var wholeUploads = await summaries.ListProvinceUploadsAsync(province.Id, term, cancellationToken).ConfigureAwait(false);
        var (_, recomputed) = await CountsAsync(registry, province.Id, parsed, province.Communes.Select(c => c.Id).ToArray(), wholeUploads, cancellationToken).ConfigureAwait(false);
        return recomputed;
    }

    /// <summary>
    /// Each of <paramref name="communes"/>' progress counts for the term, by commune id, left out where there is nothing to count
    /// (no whole-term annex, no year of the term). A commune's counts are read from <see cref="ProgressCountsStore"/> when they stand
    /// on its current uploads, else computed now and stored: one query each for the periods' uploads and the stored counts, and a computation only for what changed since. Also returns how many were computed.
    /// </summary>
    /// <param name="wholeUploads">Each commune's current whole-term upload id, by commune id.</param>
    private async Task<(IReadOnlyDictionary<string, ProgressCounts> Counts, int Recomputed)> CountsAsync(CommuneRegistry registry, string province, Term term,
        IReadOnlyList<CommuneId> communes, IReadOnlyDictionary<string, string> wholeUploads, CancellationToken cancellationToken)
    {
        var periodUploads = await periods.ListProvinceUploadsAsync(province, term.ToString(), cancellationToken).ConfigureAwait(false);
        var stored = await counts.ListAsync(province, term.ToString(), cancellationToken).ConfigureAwait(false);
        var predecessorUploads = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        // A catalogue replaced changes directions and codes: counts computed with the old one are stale.
        var catalogue = await catalogues.VersionAsync(province, cancellationToken).ConfigureAwait(false);
        var result = new Dictionary<string, ProgressCounts>(StringComparer.Ordinal);
        var recomputed = 0;
        foreach (var id in communes)
        {
            // Nothing to count without targets, or without a year of the term.
            if (id.Province != province || !wholeUploads.TryGetValue(id.ToString(), out var wholeUpload)
                || !periodUploads.TryGetValue(id.Commune, out var years) || !years.Keys.Any(p => p.IsYearOf(term)))
                continue;
            var basis = $"catalogue={catalogue};" + await BasisAsync(registry, id, term, wholeUpload, years, predecessorUploads, cancellationToken).ConfigureAwait(false);
            ProgressCounts? line;
            if (stored.TryGetValue(id.Commune, out var known) && known.Basis == basis) line = known.Counts;
            else
            {
                var progress = await GetAsync(registry, id, term, cancellationToken).ConfigureAwait(false);
                line = progress is null ? null : ProgressCounts.Of(progress);
                await counts.StoreAsync(province, term.ToString(), id.Commune, basis, line, cancellationToken).ConfigureAwait(false);
                recomputed++;
            }
            if (line is not null) result[id.ToString()] = line;
        }
        return (result, recomputed);
    }

    /// <summary>
    /// What a commune's counts stand on, written out: its whole-term upload, each year's upload, and for a commune formed by a
    /// merger in its first term its predecessors' current uploads (their sums are its baselines); the caller adds the catalogue's version.
    /// </summary>
    private async Task<string> BasisAsync(CommuneRegistry registry, CommuneId id, Term term, string wholeUpload, IReadOnlyDictionary<ReportingPeriod, string> years,
        Dictionary<string, IReadOnlyDictionary<string, string>> predecessorUploads, CancellationToken cancellationToken)
    {
        var parts = new List<string> { wholeUpload };
        parts.AddRange(years.Where(y => y.Key.IsYearOf(term)).OrderBy(y => y.Key.Year).Select(y => $"{y.Key}={y.Value}"));
        if (registry.FormedBy(id) is { } merger && merger.NewTerm == term.ToString())
        {
            var key = $"{merger.Into.Province}|{merger.BaselineTerm}";
            if (!predecessorUploads.TryGetValue(key, out var baseline))
                predecessorUploads[key] = baseline = await summaries.ListProvinceUploadsAsync(merger.Into.Province, merger.BaselineTerm, cancellationToken).ConfigureAwait(false);
            parts.AddRange(merger.From.Select(p => $"{p}={baseline.GetValueOrDefault(p.ToString())}"));
        }
        return string.Join(';', parts);
    }

    /// <summary>An upload's annexes from its parsed document, scored with <paramref name="catalogue"/>; none when the document is gone.</summary>
    private async Task<IReadOnlyList<ScoredAnnex>> ScoredAsync(string uploadId, IndicatorCatalogue catalogue, CancellationToken cancellationToken) =>
        // A current upload's document is kept for good; lost with an emulator's last seconds, it is as if absent.
        (await parsed.GetAsync(uploadId, cancellationToken).ConfigureAwait(false))?.Annexes.Select(a => TargetScorer.Score(a, catalogue)).ToArray() ?? [];
}
