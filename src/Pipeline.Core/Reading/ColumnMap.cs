
namespace Pipeline.Core.Reading;

/// <summary>
/// Where each annex column stands on a sheet, worked out from a header block of one to four
/// rows. A header cell under a horizontal merge inherits the merged text (a super-header
/// such as "Nhiệm kỳ 2020-2025" over target and result); each column is named by its most
/// specific text first — the lowest header row — and by more rows joined upward only when
/// the lower text alone names nothing ("Chỉ tiêu" / "NQ Đại" / "hội XXII").
/// </summary>
public sealed class ColumnMap
{
    private readonly Dictionary<AnnexColumn, int> _columns;

    private ColumnMap(Dictionary<AnnexColumn, int> columns) => _columns = columns;

    public int? this[AnnexColumn column] => _columns.TryGetValue(column, out var index) ? index : null;

    public bool Has(AnnexColumn column) => _columns.ContainsKey(column);

    /// <summary>An annex needs at least the indicator and the target.</summary>
    public bool IsAnnex => Has(AnnexColumn.Indicator) && Has(AnnexColumn.Target);

    public IReadOnlyDictionary<AnnexColumn, int> Columns => _columns;

    public static ColumnMap FromHeader(IReadOnlyList<SheetRow> headerRows, IReadOnlyList<MergedRange> merges, int maxColumns)
    {
        var width = Math.Min(maxColumns, headerRows.Max(r => r.Cells.Count));
        var texts = new string[headerRows.Count, width];
        for (var r = 0; r < headerRows.Count; r++)
        {
            for (var c = 0; c < width; c++)
            {
                texts[r, c] = HeaderText(headerRows[r], c, merges);
            }
        }

        var columns = new Dictionary<AnnexColumn, int>();
        int? secondIndicator = null;
        for (var c = 0; c < width; c++)
        {
            if (ClassifyColumn(texts, headerRows.Count, c) is not { } column) continue;
            if (!columns.TryAdd(column, c) && column == AnnexColumn.Indicator) secondIndicator ??= c;
        }
        // "Nội dung | ĐVT | Chỉ tiêu | Thực hiện": the bare "Chỉ tiêu" right of the indicator is the target.
        if (!columns.ContainsKey(AnnexColumn.Target) && secondIndicator is { } target) columns[AnnexColumn.Target] = target;
        return new ColumnMap(columns);
    }

    private static AnnexColumn? ClassifyColumn(string[,] texts, int rows, int column)
    {
        var joined = string.Empty;
        for (var r = rows - 1; r >= 0; r--)
        {
            var text = texts[r, column];
            if (text.Length == 0) continue;
            joined = joined.Length == 0 ? text : text + " " + joined;
            if (HeaderRecognizer.Classify(joined) is { } found) return found;
        }
        return null;
    }

    /// <summary>The cell's own text, or the text of a merge that spans columns on this same row.</summary>
    private static string HeaderText(SheetRow row, int column, IReadOnlyList<MergedRange> merges)
    {
        var own = row.TextAt(column);
        if (own.Length > 0) return own;
        var rowIndex = row.Number - 1;
        foreach (var merge in merges)
        {
            if (merge.FromColumn != merge.ToColumn && merge.FromRow == rowIndex && merge.Contains(rowIndex, column))
                return row.TextAt(merge.FromColumn);
        }
        return string.Empty;
    }
}
