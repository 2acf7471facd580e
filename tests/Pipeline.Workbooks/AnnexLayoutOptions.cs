namespace Pipeline.Workbooks;

/// <summary>How an annex is drawn on its sheet; each option is a variation seen in communes' files.</summary>
public sealed record AnnexLayoutOptions
{
    public static AnnexLayoutOptions Default { get; } = new();

    public HeaderStyle HeaderStyle { get; init; } = HeaderStyle.SingleRow;

    /// <summary>TwoRowsMerged: the text merged across Target, Actual and ReportedPercent.</summary>
    public string SuperHeader { get; init; } = "Nhiệm kỳ 2020-2025";

    /// <summary>
    /// ThreeRowsSplit: the columns whose header is broken into pieces, one per header row.
    /// Null splits the Target header into three pieces of about equal word count.
    /// </summary>
    public IReadOnlyDictionary<AnnexColumn, IReadOnlyList<string>>? SplitHeaders { get; init; }

    /// <summary>Write every title and header string in Unicode NFD (decomposed), as some Mac and web exports do.</summary>
    public bool DecomposeText { get; init; }

    /// <summary>A row of "(1)", "(2)", … under the header.</summary>
    public bool NumberingRow { get; init; }

    /// <summary>Empty columns before the table (1 starts the table at column B).</summary>
    public int LeadingColumns { get; init; }

    /// <summary>Blank rows between the last title line and the header.</summary>
    public int BlankRowsAfterTitle { get; init; } = 1;

    /// <summary>Column widths in characters; null uses widths that fit the seed annexes.</summary>
    public IReadOnlyDictionary<AnnexColumn, double>? ColumnWidths { get; init; }
}
