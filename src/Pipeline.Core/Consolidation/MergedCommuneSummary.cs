using System.Text.Json.Serialization;
using Pipeline.Core.Annexes;
using Pipeline.Core.Reporting;
using Pipeline.Core.Review;
using Pipeline.Core.Scoring;

namespace Pipeline.Core.Consolidation;

// The public JSON shape of a merged commune's consolidated summary (docs/api.md): what
// GET /api/communes/{province}/{commune}/summary answers for a commune formed by a merger,
// and what `pipeline summary` prints.

/// <summary>A commune formed by a merger: its predecessors side by side, the indicators they share, and its new term's targets beside their baselines.</summary>
/// <param name="Stale">Null when current; otherwise why the figures may be out of date (a newer summary could not be stored), in Vietnamese.</param>
/// <param name="ConfirmedOnly">True when computed from confirmed predecessors only (the others counted as missing); never stored.</param>
public sealed record MergedCommuneSummary(
    MergedSummaryKind Kind,
    string Commune,
    string CommuneName,
    string BaselineTerm,
    string NewTerm,
    string Effective,
    string LegalBasis,
    IReadOnlyList<PredecessorReport> Predecessors,
    MergedTotals Totals,
    IReadOnlyList<SharedIndicator> Indicators,
    NewTermTargetsReport NewTermTargets,
    DateTimeOffset ComputedAt,
    string? Stale = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool ConfirmedOnly = false);

/// <summary>
/// One predecessor: counts computed and reported, achievement rate, findings by severity, and the upload they come from — or missing.
/// <see cref="Review"/> (added when served) says whether that upload is confirmed.
/// </summary>
public sealed record PredecessorReport(
    string Commune, string Name, bool Missing, string? UploadId, DateTimeOffset? ScoredAt, int Targets, CountsReport? Counts, FindingTally Findings,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ReviewLine? Review = null);

/// <summary>All predecessors that reported, added up; <see cref="Expected"/> counts every predecessor.</summary>
public sealed record MergedTotals(int Expected, int Reported, int Targets, CountsReport Counts);

/// <summary>
/// An indicator (by catalogue code) that two or more predecessors carry. Additive ones have
/// <see cref="Consolidated"/>, non-additive ones <see cref="Range"/>; <see cref="Note"/> says
/// why an additive one could not be summed, which predecessors a sum or range lacks, and which
/// parts of a composite row could not be attributed to an indicator.
/// </summary>
public sealed record SharedIndicator(
    string Code, string Name, string Unit, bool Additive, Direction Direction,
    IReadOnlyList<IndicatorValue> Values, IReadOnlyList<string> MissingFrom,
    ConsolidatedValue? Consolidated, ValueRange? Range, string? Note);

/// <summary>
/// One predecessor's row for an indicator, or one part of a composite row (<see cref="Part"/>);
/// target and actual are null when the row does not hold exactly one usable figure each.
/// </summary>
/// <param name="Unit">The row's unit, or for a part the unit the unit cell gives that part ("Đảng viên, %" → "%").</param>
/// <param name="TargetText">The target cell as written, or for a part its figure ("35").</param>
/// <param name="ActualText">The achieved cell as written, or for a part its figure ("109").</param>
/// <param name="Ratio">The row's ratio, or for a part that part's ratio with its own indicator's direction.</param>
/// <param name="Part">For a part of a composite row, its position in the cell, from 1 ("35 đảng viên và 100%": 35 is part 1); null for a whole row.</param>
public sealed record IndicatorValue(
    string Commune, string Name, int Row, string Ordinal, string Indicator, string Unit,
    decimal? Target, string TargetText, decimal? Actual, string ActualText, decimal? Ratio, TargetStatus? Status,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Part = null);

/// <summary>
/// Summed targets and actuals, re-scored. <see cref="Partial"/> when the sum lacks a predecessor —
/// its annex is missing, or its row holds no usable figure — and then <see cref="Lacks"/> names
/// the predecessors it lacks: a partial sum is never a whole.
/// </summary>
public sealed record ConsolidatedValue(
    decimal Target, decimal Actual, decimal? Ratio, TargetStatus Status, bool Partial,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Lacks = null);

public sealed record ValueRange(decimal? TargetMin, decimal? TargetMax, decimal? ActualMin, decimal? ActualMax);

/// <summary>The new commune's targets for its first term, each beside its baseline; <see cref="Missing"/> until that annex is uploaded.</summary>
public sealed record NewTermTargetsReport(string? UploadId, bool Missing, IReadOnlyList<NewTermTarget> Targets);

/// <summary>A new-term target; <see cref="BelowBaseline"/> when it asks for less than the predecessors already achieved.</summary>
public sealed record NewTermTarget(
    int Row, string Ordinal, string Indicator, string? Code, string Unit, decimal? Target, string TargetText,
    Baseline? Baseline, bool BelowBaseline, FindingReport? Finding);

/// <summary>
/// What the predecessors achieved in the baseline term: the sum of their actuals ("sum",
/// additive indicators) or their range ("range", rates and per-capita figures). <see cref="Partial"/>
/// when a predecessor's annex is missing or its row holds no usable result; <see cref="Lacks"/> then
/// names those predecessors.
/// </summary>
public sealed record Baseline(
    BaselineKind Kind, decimal? Value, decimal? Min, decimal? Max, bool Partial, IReadOnlyList<string> From,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Lacks = null);
