using System.Text.Json.Serialization;
using Pipeline.Core.Annexes;
using Pipeline.Core.Scoring;

namespace Pipeline.Core.Reporting;

// The public JSON shape of a scored annex: `score --json` prints it, and the HTTP API serves
// the same records. Kinds, statuses, directions and severities are Core's enums, each written as the
// wire string its type states (CamelCaseEnumConverter); the remaining enum-like fields are plain strings.

/// <summary>One file: its annexes, or why it was refused.</summary>
public sealed record FileReport(string File, ErrorReport? Error, IReadOnlyList<AnnexReport> Annexes)
{
    /// <summary>
    /// A check's word on the titles (POST /api/annexes/check): where they name another commune or term
    /// than the one chosen, in Vietnamese; left out when none.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? TitleWarnings { get; init; }

    /// <summary>True when an upload of this file for the chosen commune and term (or, for a Word report, a part it sends on to another commune: Reading.ReportAnnexCheck) would be held until confirmed; left out otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool WouldBeHeld { get; init; }

    /// <summary>
    /// A check of a Word report: its annexes of other communes or terms, which an upload sends on as uploads of their own
    /// (Reading.AnnexAttribution); left out for a workbook, or a report whose annexes are all the chosen commune's.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<PartReport>? Parts { get; init; }

    /// <summary>
    /// For a report with text (a Word or PDF report), the claims its text makes per commune section and where
    /// they disagree with its tables (docs/reading-and-scoring.md, "The report's narrative"); left out for a workbook.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Narrative.NarrativeReport? Report { get; init; }
}

/// <summary>Annexes of a report that go to another commune or term: its id ("son-la/chieng-en"), name, the term, and the annexes' sheets ("Bảng 2").</summary>
public sealed record PartReport(string Commune, string Name, string Term, IReadOnlyList<string> Sheets);

/// <summary>A refusal: code ("not-a-workbook", "unsupported-format", "damaged", "encrypted", "no-annex-table", "empty", "too-large", "no-text" (a PDF without a text layer)), Vietnamese message, English detail.</summary>
public sealed record ErrorReport(string Code, string Message, string Detail);

/// <summary>
/// One scored annex. Kind is "results" or "targets-only". TextConversions lists legacy text
/// converted to Unicode ({encoding: "tcvn3"|"vni", cells}); UnplacedColumns the table's columns
/// the reader could not place ({column: "F", header}); both empty when there is nothing to say.
/// </summary>
public sealed record AnnexReport(
    string Sheet,
    string? Commune,
    string? Term,
    AnnexKind Kind,
    int HeaderRow,
    IReadOnlyList<TargetReport> Targets,
    CountsReport Counts,
    IReadOnlyList<TextConversionReport> TextConversions,
    IReadOnlyList<UnplacedColumnReport> UnplacedColumns)
{
    /// <summary>
    /// The period the annex reports on: "term" (an end-of-term or targets annex), "mid-term", or a year of the term
    /// ("2026": a yearly annex, read against its year's plan); left out for a half-year report (<see cref="HalfYear"/>)
    /// and in reports stored before periods existed, which were all whole-term ones.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Periods.ReportingPeriod? Period { get; init; }

    /// <summary>The year of a half-year report ("6 tháng đầu năm 2026"), which is no year's result; left out otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? HalfYear { get; init; }

    /// <summary>True when the annex is a yearly one whose targets are the year's plan (each target's <c>termTarget</c> the term's); left out otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool HasYearPlan { get; init; }
}

/// <summary>Legacy text converted on the annex's sheet: encoding "tcvn3" or "vni", number of cells.</summary>
public sealed record TextConversionReport(string Encoding, int Cells);

/// <summary>A column the reader could not place: its letter ("F") and header text.</summary>
public sealed record UnplacedColumnReport(string Column, string Header);

/// <summary>
/// One scored target. Statuses are "exceeded", "met", "notMet" or null; direction is
/// "higher" or "lower"; group is "economy", "society", "environment", "party" or null.
/// Ratios are percentages rounded to two decimals. Qualitative is true for a target whose target
/// or result is words without a figure: status null, no findings, the commune's verdict as reported.
/// DirectionAssumed is true when the direction rests on the commune's own arithmetic or on the
/// default higher-is-better rather than the catalogue, a written bound or a keyword rule
/// (docs/reading-and-scoring.md, "Scoring"); directionReason then starts "commune's arithmetic:" or "default:".
/// Baseline and baselineText hold the row's figure from before the term where the annex has such a
/// column ("Thực hiện giai đoạn 2020-2025"), and are left out otherwise.
/// PartCodes, for a composite target ("35 đảng viên và 100%"), holds the catalogue code of each part
/// (null for a part that cannot be attributed confidently), so consolidation sums or ranges each part
/// with its own indicator (docs/consolidation.md, "Composite rows"); left out for any other target.
/// </summary>
public sealed record TargetReport(
    int Row,
    string Ordinal,
    string? Group,
    string Indicator,
    string? IndicatorCode,
    string Unit,
    IReadOnlyList<decimal> Target,
    string TargetText,
    IReadOnlyList<decimal> Actual,
    string ActualText,
    IReadOnlyList<decimal> ReportedPercent,
    TargetStatus? ReportedStatus,
    string ReportedVerdict,
    Direction Direction,
    string DirectionReason,
    IReadOnlyList<decimal?> PartRatios,
    decimal? Ratio,
    TargetStatus? Status,
    IReadOnlyList<FindingReport> Findings,
    bool Qualitative = false,
    bool DirectionAssumed = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<decimal>? Baseline = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? BaselineText = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string?>? PartCodes = null)
{
    /// <summary>On a yearly annex with a plan (the target), the term's target written beside it ("Chỉ tiêu NQ đến năm 2030"); left out otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<decimal>? TermTarget { get; init; }

    /// <summary>The term's target as written; left out with <see cref="TermTarget"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TermTargetText { get; init; }

    /// <summary>The percent reported against the term's target ("% so NQ") beside the one against the plan; left out when none.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<decimal>? ReportedTermPercent { get; init; }

    /// <summary>True when the result is an estimate ("Ước thực hiện năm 2026"); left out otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool Estimate { get; init; }
}

/// <summary>A finding: code, severity ("error", "warning", "info"), Vietnamese message, English detail.</summary>
/// <param name="Cell">The sheet cell to correct ("G30"), when one is at fault and the reader knows its column; left out otherwise.</param>
public sealed record FindingReport(string Code, FindingSeverity Severity, string Message, string Detail,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Cell = null);

/// <summary>
/// Counts computed by the scorer and as the commune reported them; achievement rate is exceeded +
/// met over scored, in percent. Qualitative targets are counted apart in <see cref="Qualitative"/>
/// (null only in reports stored before it existed), not in computed or reported.
/// </summary>
public sealed record CountsReport(ComputedCounts Computed, ReportedCounts Reported, decimal? AchievementRate, QualitativeCounts? Qualitative = null);

public sealed record ComputedCounts(int Exceeded, int Met, int NotMet, int Unscored);

/// <summary>What the commune's verdicts add up to; <see cref="Unstated"/> counts rows without a readable verdict.</summary>
public sealed record ReportedCounts(int Exceeded, int Met, int NotMet, int Unstated);
