namespace Pipeline.Workbooks;

/// <summary>A row of an annex body: a group heading or a target.</summary>
public abstract record AnnexRow
{
    public static AnnexGroupRow Group(string ordinal, string text) => new(ordinal, text);

    /// <summary>A target row in the canonical column order; absent arguments are empty cells.</summary>
    public static AnnexTargetRow Target(
        CellSpec ordinal,
        CellSpec indicator,
        CellSpec unit,
        CellSpec target,
        CellSpec? actual = null,
        CellSpec? reportedPercent = null,
        CellSpec? verdict = null) =>
        new(new Dictionary<AnnexColumn, CellSpec>
        {
            [AnnexColumn.Ordinal] = ordinal,
            [AnnexColumn.Indicator] = indicator,
            [AnnexColumn.Unit] = unit,
            [AnnexColumn.Target] = target,
            [AnnexColumn.Actual] = actual ?? CellSpec.Empty,
            [AnnexColumn.ReportedPercent] = reportedPercent ?? CellSpec.Empty,
            [AnnexColumn.Verdict] = verdict ?? CellSpec.Empty,
        });
}

/// <summary>
/// A group heading such as "II  Nhóm chỉ tiêu chủ yếu về xã hội": the Roman ordinal in the
/// ordinal column, the text merged across the other columns.
/// </summary>
public sealed record AnnexGroupRow(string Ordinal, string Text) : AnnexRow;

/// <summary>
/// One target: a cell per logical column. Columns the table does not show are ignored;
/// columns missing here are written empty.
/// </summary>
public sealed record AnnexTargetRow(IReadOnlyDictionary<AnnexColumn, CellSpec> Cells) : AnnexRow
{
    public CellSpec this[AnnexColumn column] =>
        Cells.TryGetValue(column, out var cell) ? cell : CellSpec.Empty;
}
