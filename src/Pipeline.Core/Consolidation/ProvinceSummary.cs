using Pipeline.Core.Annexes;
using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;
using Pipeline.Core.Review;

namespace Pipeline.Core.Consolidation;

// The public JSON shape of the province rollup (docs/api.md): GET /api/provinces/{province}/summary?term=.

/// <summary>Every commune of a province for a term, with completeness in the style of a reporting-rate report.</summary>
/// <param name="Stale">Null when current; otherwise why the figures may be out of date (a newer rollup could not be stored), in Vietnamese.</param>
/// <param name="Review">Review completeness, added when served (<see cref="ReviewOverlay"/>); never stored.</param>
/// <param name="PeriodCompleteness">One period's completeness, added when served for <c>?period=</c> (<see cref="PeriodOverlay"/>); never stored.</param>
public sealed record ProvinceSummary(
    string Province,
    string ProvinceName,
    string Term,
    Completeness Completeness,
    IReadOnlyList<ProvinceCommune> Communes,
    ProvinceTotals Totals,
    IReadOnlyList<ProvinceMerger> Mergers,
    DateTimeOffset ComputedAt,
    string? Stale = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ProvinceReview? Review = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PeriodCompleteness? PeriodCompleteness = null);

/// <summary>Communes that owed an annex for the term, how many sent one, and who has not; rate in percent.</summary>
public sealed record Completeness(int Expected, int Uploaded, int Missing, decimal? Rate, IReadOnlyList<CommuneName> MissingCommunes)
{
    /// <summary>The rate of <paramref name="sent"/> over <paramref name="expected"/>, in percent rounded to two decimals (half away from zero); null when none is expected.</summary>
    public static decimal? RateOf(int sent, int expected) =>
        expected == 0 ? null : Math.Round(sent * 100m / expected, 2, MidpointRounding.AwayFromZero);
}

public sealed record CommuneName(string Commune, string Name);

/// <summary>
/// One commune's line: "scored" with its counts, achievement rate and error-level findings, or
/// "missing". <see cref="Review"/> (added when served) says where the province's review of it stands; <see cref="Progress"/>
/// (added when served, never stored; left out when the commune has no targets annex or no year reported) its indicators' progress counts in their latest year;
/// <see cref="PeriodSubmission"/> (added when served for <c>?period=</c>, never stored) its report of that period; <see cref="ReportFindings"/>
/// the places its report's text disagrees with its annex (<see cref="Reporting.CommuneSummary.ReportFindings"/>), left out for an annex sent as a workbook
/// that no PDF report checked; when it is a PDF report's count (<see cref="Reporting.ReportCheckOverlay"/>, laid over when served) <see cref="ReportUploadId"/>
/// is the PDF's upload and <see cref="ReportOfEarlierAnnex"/> says whether the annex it checked was replaced since.
/// <see cref="Errors"/> lists at most <see cref="Reporting.SummaryLimits.ErrorsPerProvinceLine"/> of its error findings; <see cref="ErrorCount"/>
/// (on every scored line) counts them all. <see cref="Expected"/> is false for a commune that did not exist for the whole
/// term but sent an annex anyway.
/// </summary>
public sealed record ProvinceCommune(
    string Commune, string Name, bool Expected, ProvinceCommuneStatus Status, string? UploadId, DateTimeOffset? ScoredAt, AnnexKind? AnnexKind,
    int Targets, CountsReport? Counts, decimal? AchievementRate, IReadOnlyList<SummaryFinding> Errors, string? MergedInto,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReviewLine? Review = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Progress.ProgressCounts? Progress = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] PeriodSubmission? PeriodSubmission = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? ReportFindings = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ReportUploadId = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool ReportOfEarlierAnnex = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? ErrorCount = null);

public sealed record ProvinceTotals(int Targets, CountsReport Counts);

/// <summary>A merger of the province: the new commune, its predecessors' ids and, in the same order, their names (for people; ids are for links).</summary>
public sealed record ProvinceMerger(string Commune, string Name, IReadOnlyList<string> Predecessors, string Effective, string LegalBasis,
    IReadOnlyList<string>? PredecessorNames = null);
