namespace Pipeline.Workbooks;

/// <summary>Header spellings; the defaults are those of the seed's BIỂU SỐ 01 and 03.</summary>
public static class AnnexHeaders
{
    public static IReadOnlyDictionary<AnnexColumn, string> Default { get; } = new Dictionary<AnnexColumn, string>
    {
        [AnnexColumn.Ordinal] = "TT",
        [AnnexColumn.Indicator] = "Chỉ tiêu",
        [AnnexColumn.Unit] = "Đơn vị tính",
        [AnnexColumn.Target] = "Chỉ tiêu NQ Đại hội XXII",
        [AnnexColumn.Actual] = "Kết quả thực hiện",
        [AnnexColumn.ReportedPercent] = "So sánh %",
        [AnnexColumn.Verdict] = "Ghi chú",
        [AnnexColumn.Baseline] = "Thực hiện năm 2025",
        [AnnexColumn.TermTarget] = "Chỉ tiêu NQ đến năm 2030",
        [AnnexColumn.TermPercent] = "% so NQ",
    };

    /// <summary>The default spellings with some replaced.</summary>
    public static IReadOnlyDictionary<AnnexColumn, string> With(params (AnnexColumn Column, string Text)[] replacements)
    {
        ArgumentNullException.ThrowIfNull(replacements);
        var headers = new Dictionary<AnnexColumn, string>(Default);
        foreach (var (column, text) in replacements)
        {
            headers[column] = text;
        }

        return headers;
    }
}
