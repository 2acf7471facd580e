using Pipeline.Core.Values;

namespace Pipeline.Core.Annexes;

/// <summary>
/// One target row as the commune wrote it. Nothing here is judged yet: scoring adds
/// direction, ratio, status and findings.
/// </summary>
/// <param name="SourceRow">1-based row number in the sheet, for messages a clerk can follow.</param>
/// <param name="ReportedVerdict">The commune's own verdict text (Ghi chú / Đánh giá), cleaned.</param>
public sealed record AnnexRow(
    int SourceRow,
    string Ordinal,
    TargetGroup? Group,
    string Indicator,
    string Unit,
    AnnexValue Target,
    AnnexValue Actual,
    AnnexValue ReportedPercent,
    string ReportedVerdict,
    TargetStatus? ReportedStatus)
{
    /// <summary>
    /// Where the row starts from, when the annex has a column from before the term ("Thực hiện giai
    /// đoạn 2020-2025" beside 2025–2030 targets); empty otherwise. Never scored as the result.
    /// </summary>
    public AnnexValue Baseline { get; init; } = AnnexValue.Empty;

    /// <summary>
    /// On a yearly annex whose <see cref="Target"/> is the year's plan, the term's target written beside it
    /// ("Chỉ tiêu NQ đến năm 2030"); empty otherwise (on an end-of-term annex <see cref="Target"/> is the term's).
    /// </summary>
    public AnnexValue TermTarget { get; init; } = AnnexValue.Empty;

    /// <summary>On a yearly annex with a plan, the percent reported against the term's target ("% so NQ"); empty otherwise.</summary>
    public AnnexValue ReportedTermPercent { get; init; } = AnnexValue.Empty;

    /// <summary>
    /// The result is an estimate: its column's header says so ("Ước thực hiện năm 2026", "Ước TH 2026"), or its own
    /// cell ("Ước đạt 452"); false without a result.
    /// </summary>
    public bool Estimate { get; init; }
}
