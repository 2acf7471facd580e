using System.Text.Json.Serialization;
using Pipeline.Core.Annexes;

namespace Pipeline.Core.Progress;

/// <summary>
/// One indicator's figure for one year of the term, beside the year's plan and the way toward the term's target
/// (issue 16, item 6; docs/progress.md).
/// </summary>
/// <param name="Period">The calendar year (2026).</param>
/// <param name="Value">The year's result (this part's, for a composite), or null when the row gives none or is words.</param>
/// <param name="Estimate">The result is an estimate ("Ước thực hiện năm 2026").</param>
/// <param name="Plan">The year's plan ("Kế hoạch năm 2026"), or null when the annex has none.</param>
/// <param name="PlanStatus">The result scored against the plan by the same rules as any target (exceeded, met, notMet); null without a plan or a result.</param>
/// <param name="Share">The share of the way from baseline to target covered, 0 to 1 and beyond (rounded to four decimals); null without a baseline, or when baseline and target coincide.</param>
/// <param name="ExpectedShare">The share expected by the end of this year, linear over the term (0.2 for 2026 of 2025–2030).</param>
/// <param name="Assessment">reached, onTrack, behind, farBehind or noBaseline; null for words (a qualitative row) or no result.</param>
/// <param name="ValueText">The result as the commune wrote it.</param>
/// <param name="Note">Why a part of a composite target has no value this year although the row gives figures: they fit several parts, or none
/// (<see cref="PartPairing"/>); null otherwise, and left out of the JSON.</param>
public sealed record ProgressValue(
    int Period,
    decimal? Value,
    bool Estimate,
    decimal? Plan,
    TargetStatus? PlanStatus,
    decimal? Share,
    decimal ExpectedShare,
    ProgressAssessment? Assessment,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] string? ValueText = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ProgressNote? Note = null);
