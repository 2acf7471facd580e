namespace Pipeline.Workbooks;

/// <summary>How the header block of an annex is laid out; communes use all three.</summary>
public enum HeaderStyle
{
    /// <summary>One row, one header per column (line breaks inside cells allowed).</summary>
    SingleRow,

    /// <summary>
    /// Two rows: a super-header (e.g. "Nhiệm kỳ 2020-2025") merged across Target, Actual and
    /// ReportedPercent, their own headers beneath, other headers merged down over both rows.
    /// </summary>
    TwoRowsMerged,

    /// <summary>
    /// Three (or more) rows where some headers are broken into pieces, one piece per row in
    /// the same column ("Chỉ tiêu" / "NQ Đại" / "hội XXII"), the others merged down.
    /// </summary>
    ThreeRowsSplit,
}
