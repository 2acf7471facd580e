using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;

namespace Pipeline.Storage.Scoring;

/// <summary>A flagged row as the summary lists it.</summary>
public sealed record SummaryFinding(string Ordinal, int Row, string Indicator, string Code, string Severity, string Message);

/// <summary>
/// The precomputed summary of one commune and term, from its newest scored upload: what
/// `GET /api/communes/{commune}/summary` returns with one point read.
/// </summary>
public sealed record CommuneSummary(
    string Commune,
    string CommuneName,
    string Term,
    string UploadId,
    string Kind,
    int Targets,
    CountsReport Counts,
    IReadOnlyList<SummaryFinding> Findings,
    DateTimeOffset ScoredAt)
{
    public decimal? AchievementRate => Counts.AchievementRate;

    /// <summary>Adds up the annexes of one upload.</summary>
    public static CommuneSummary From(string commune, string communeName, string term, string uploadId, IReadOnlyList<AnnexReport> annexes, DateTimeOffset scoredAt)
    {
        var computed = new ComputedCounts(
            annexes.Sum(a => a.Counts.Computed.Exceeded), annexes.Sum(a => a.Counts.Computed.Met),
            annexes.Sum(a => a.Counts.Computed.NotMet), annexes.Sum(a => a.Counts.Computed.Unscored));
        var reported = new ReportedCounts(
            annexes.Sum(a => a.Counts.Reported.Exceeded), annexes.Sum(a => a.Counts.Reported.Met),
            annexes.Sum(a => a.Counts.Reported.NotMet), annexes.Sum(a => a.Counts.Reported.Unstated));
        var rate = new StatusCounts(computed.Exceeded, computed.Met, computed.NotMet, computed.Unscored).AchievementRate;
        var findings = annexes
            .SelectMany(a => a.Targets)
            .SelectMany(t => t.Findings.Select(f => new SummaryFinding(t.Ordinal, t.Row, t.Indicator, f.Code, f.Severity, f.Message)))
            .ToArray();
        var kind = annexes.Any(a => a.Kind == "results") ? "results" : "targets-only";
        return new CommuneSummary(commune, communeName, term, uploadId, kind, annexes.Sum(a => a.Targets.Count),
            new CountsReport(computed, reported, rate), findings, scoredAt);
    }
}
