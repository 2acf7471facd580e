using System.Text.Json.Serialization;
using Pipeline.Core.Annexes;
using Pipeline.Core.Review;
using Pipeline.Core.Scoring;

namespace Pipeline.Core.Reporting;

/// <summary>A flagged row as the summary lists it.</summary>
public sealed record SummaryFinding(string Ordinal, int Row, string Indicator, string Code, FindingSeverity Severity, string Message);

/// <summary>
/// The precomputed summary of one commune and term, from its newest scored upload: what
/// `GET /api/communes/{province}/{commune}/summary` returns with one point read.
/// <see cref="Review"/> is added when served (the province's review of this upload); never stored.
/// </summary>
public sealed record CommuneSummary(
    string Commune,
    string CommuneName,
    string Term,
    string UploadId,
    AnnexKind Kind,
    int Targets,
    CountsReport Counts,
    IReadOnlyList<SummaryFinding> Findings,
    DateTimeOffset ScoredAt,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReviewLine? Review = null)
{
    public decimal? AchievementRate => Counts.AchievementRate;

    /// <summary>
    /// For annexes that came in a report with text (a Word report): how many places the report's text disagrees with
    /// them (Narrative.NarrativeReport.Of); null for annexes sent as workbooks.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ReportFindings { get; init; }

    /// <summary>
    /// When <see cref="ReportFindings"/> is a PDF report's count (<see cref="ReportCheckOverlay"/>, added when served, never
    /// stored): the PDF's upload; null when it is the Word report's the annex came in (its part is <see cref="UploadId"/>).
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ReportUploadId { get; init; }

    /// <summary>True when the PDF's count is of an annex since replaced (<see cref="ReportCheckOverlay"/>): sending the report again checks the current one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool ReportOfEarlierAnnex { get; init; }

    /// <summary>With a PDF's count: the PDF's part about this commune's annex (its section and findings); added when served, never stored.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Narrative.NarrativeReport? Report { get; init; }

    /// <summary>
    /// How many findings the upload has by severity, listed or not (<see cref="Findings"/> lists at most
    /// <see cref="SummaryLimits.FindingsListed"/>). Null on summaries stored before it existed: their list is whole.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public FindingTally? FindingTotals { get; init; }

    /// <summary>The findings by severity: <see cref="FindingTotals"/>, or for an older summary the tally of its (whole) list.</summary>
    public FindingTally Tally() => FindingTotals ?? FindingTally.Of(Findings.Select(f => f.Severity));

    /// <summary>
    /// Adds up the annexes of one upload. <see cref="Findings"/> keeps the first <see cref="SummaryLimits.FindingsListed"/>
    /// findings by severity (errors, then warnings, then notes), in row order; <see cref="FindingTotals"/> counts them all.
    /// </summary>
    public static CommuneSummary From(string commune, string communeName, string term, string uploadId, IReadOnlyList<AnnexReport> annexes, DateTimeOffset scoredAt)
    {
        var counts = Combine(annexes);
        var findings = annexes
            .SelectMany(a => a.Targets)
            .SelectMany(t => t.Findings.Select(f => new SummaryFinding(t.Ordinal, t.Row, t.Indicator, f.Code, f.Severity, f.Message)))
            .ToArray();
        var kind = annexes.Any(a => a.Kind == AnnexKind.Results) ? AnnexKind.Results : AnnexKind.TargetsOnly;
        return new CommuneSummary(commune, communeName, term, uploadId, kind, annexes.Sum(a => a.Targets.Count),
            counts, FirstBySeverity(findings, SummaryLimits.FindingsListed), scoredAt)
        {
            FindingTotals = FindingTally.Of(findings.Select(f => f.Severity)),
        };
    }

    /// <summary>
    /// At most <paramref name="limit"/> of <paramref name="findings"/>: the most severe first, kept in their given (row) order.
    /// </summary>
    public static IReadOnlyList<SummaryFinding> FirstBySeverity(IReadOnlyList<SummaryFinding> findings, int limit)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (findings.Count <= limit) return findings;
        var kept = findings.Select((finding, index) => (finding, index))
            .OrderByDescending(f => f.finding.Severity).ThenBy(f => f.index)
            .Take(limit)
            .OrderBy(f => f.index)
            .Select(f => f.finding)
            .ToArray();
        return kept;
    }

    /// <summary>The counts of several annexes added up, with the achievement rate of the sum.</summary>
    public static CountsReport Combine(IEnumerable<AnnexReport> annexes)
    {
        ArgumentNullException.ThrowIfNull(annexes);
        return Combine(annexes.Select(a => a.Counts));
    }

    /// <summary>Several counts added up, with the achievement rate of the sum (never an average of rates).</summary>
    public static CountsReport Combine(IEnumerable<CountsReport> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var list = counts as IReadOnlyCollection<CountsReport> ?? counts.ToArray();
        var computed = new ComputedCounts(
            list.Sum(c => c.Computed.Exceeded), list.Sum(c => c.Computed.Met), list.Sum(c => c.Computed.NotMet), list.Sum(c => c.Computed.Unscored));
        var reported = new ReportedCounts(
            list.Sum(c => c.Reported.Exceeded), list.Sum(c => c.Reported.Met), list.Sum(c => c.Reported.NotMet), list.Sum(c => c.Reported.Unstated));
        var rate = new StatusCounts(computed.Exceeded, computed.Met, computed.NotMet, computed.Unscored).AchievementRate;
        return new CountsReport(computed, reported, rate, QualitativeCounts.Sum(list.Select(c => c.Qualitative)));
    }
}
