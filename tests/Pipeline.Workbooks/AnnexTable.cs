namespace Pipeline.Workbooks;

/// <summary>
/// A target annex as a commune means it: titles, which columns in which order, header
/// spellings, rows and a signature. <see cref="AnnexSheetLayout"/> draws it on a sheet.
/// </summary>
/// <param name="Titles">Lines above the table, e.g. "BIỂU SỐ 01", "KẾT QUẢ THỰC HIỆN …", "NHIỆM KỲ 2020-2025", "(Kèm theo …)".</param>
/// <param name="Columns">The columns present, left to right: any subset, any order.</param>
/// <param name="Rows">Group and target rows, top to bottom; may be a lazily computed list.</param>
public sealed record AnnexTable(
    IReadOnlyList<string> Titles,
    IReadOnlyList<AnnexColumn> Columns,
    IReadOnlyList<AnnexRow> Rows)
{
    /// <summary>The canonical seven columns in the seed's order.</summary>
    public static IReadOnlyList<AnnexColumn> AllColumns { get; } =
        [AnnexColumn.Ordinal, AnnexColumn.Indicator, AnnexColumn.Unit, AnnexColumn.Target, AnnexColumn.Actual, AnnexColumn.ReportedPercent, AnnexColumn.Verdict];

    /// <summary>Header text per column; columns missing here use <see cref="AnnexHeaders.Default"/>.</summary>
    public IReadOnlyDictionary<AnnexColumn, string> Headers { get; init; } = AnnexHeaders.Default;

    public AnnexSignature? Signature { get; init; }

    public AnnexLayoutOptions Layout { get; init; } = AnnexLayoutOptions.Default;

    public string HeaderOf(AnnexColumn column) =>
        Headers.TryGetValue(column, out var text) ? text : AnnexHeaders.Default[column];

    public IEnumerable<AnnexTargetRow> TargetRows => Rows.OfType<AnnexTargetRow>();
}
