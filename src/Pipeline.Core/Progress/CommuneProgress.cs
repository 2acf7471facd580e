namespace Pipeline.Core.Progress;

/// <summary>
/// A commune's progress toward its term's targets (issue 16, item 6): the JSON of
/// <c>GET /api/communes/{province}/{commune}/progress?term=</c> and of <c>pipeline progress --json</c>:
/// <c>{commune, term, periods: [2026, …], indicators: [{indicatorCode, name, unit, direction, baseline, target,
/// values: [{period, value, estimate, plan, planStatus, share, expectedShare, assessment}]}]}</c>.
/// </summary>
/// <param name="Commune">The commune's name ("Bó Sinh").</param>
/// <param name="Term">The term, "2025-2030".</param>
/// <param name="Periods">The years reported, in order.</param>
/// <param name="Indicators">In the order of the term's targets annex, then those only the yearly annexes hold.</param>
public sealed record CommuneProgress(
    string Commune,
    string Term,
    IReadOnlyList<int> Periods,
    IReadOnlyList<IndicatorProgress> Indicators)
{
    /// <summary>How many indicators stand at each assessment in the latest year each was reported: the province summary's per-commune counts.</summary>
    public IReadOnlyDictionary<ProgressAssessment, int> LatestCounts() =>
        Indicators.Where(i => i.Latest is not null).GroupBy(i => i.Latest!.Value).ToDictionary(g => g.Key, g => g.Count());
}
