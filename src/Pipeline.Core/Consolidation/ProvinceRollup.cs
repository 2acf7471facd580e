using System.Globalization;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Core.Units;

namespace Pipeline.Core.Consolidation;

/// <summary>
/// Rolls a province's commune summaries for one term up into <see cref="ProvinceSummary"/>:
/// a line per commune that owed an annex (or sent one), completeness, and totals. Pure.
/// </summary>
public static class ProvinceRollup
{
    public static ProvinceSummary Build(CommuneRegistry registry, RegisteredProvince province, string term,
        IReadOnlyList<CommuneSummary> summaries, DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(summaries);
        var byCommune = summaries.ToDictionary(s => s.Commune, StringComparer.Ordinal);
        var lines = new List<ProvinceCommune>();
        foreach (var commune in province.Communes)
        {
            var id = commune.Id.ToString();
            var expected = registry.IsExpected(commune.Id, term);
            var summary = byCommune.GetValueOrDefault(id);
            if (!expected && summary is null) continue;
            var mergedInto = registry.AbsorbedBy(commune.Id)?.Into.ToString();
            lines.Add(summary is null
                ? new ProvinceCommune(id, commune.Name, expected, ProvinceCommuneStatus.Missing, null, null, null, 0, null, null, [], mergedInto)
                : new ProvinceCommune(id, commune.Name, expected, ProvinceCommuneStatus.Scored, summary.UploadId, summary.ScoredAt, summary.Kind,
                    summary.Targets, summary.Counts, summary.AchievementRate,
                    summary.Findings.Where(f => f.Severity == FindingSeverity.Error).Take(SummaryLimits.ErrorsPerProvinceLine).ToArray(), mergedInto,
                    ReportFindings: summary.ReportFindings, ErrorCount: summary.Tally().Error));
        }

        var owed = lines.Where(l => l.Expected).ToArray();
        var missing = owed.Where(l => l.Status == ProvinceCommuneStatus.Missing).Select(l => new CommuneName(l.Commune, l.Name)).ToArray();
        var uploaded = owed.Length - missing.Length;
        var rate = Completeness.RateOf(uploaded, owed.Length);
        var scored = lines.Where(l => l.Counts is not null).ToArray();
        var totals = new ProvinceTotals(scored.Sum(l => l.Targets), CommuneSummary.Combine(scored.Select(l => l.Counts!)));
        var mergers = province.Mergers
            .Select(m => new ProvinceMerger(m.Into.ToString(), registry.Find(m.Into)?.Name ?? m.Into.Commune,
                m.From.Select(f => f.ToString()).ToArray(), m.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), m.LegalBasis,
                m.From.Select(f => registry.Find(f)?.Name ?? f.Commune).ToArray()))
            .ToArray();
        return new ProvinceSummary(province.Id, province.Name, term,
            new Completeness(owed.Length, uploaded, missing.Length, rate, missing), lines, totals, mergers, computedAt);
    }
}
