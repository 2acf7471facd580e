namespace Pipeline.Workbooks;

/// <summary>
/// A yearly annex of the new Bó Sinh with two years' results side by side — "TH năm 2026" (41%) and "TH năm 2027" — beside
/// "Chỉ tiêu NQ đến năm 2030" (50%), one row (trained labour): an annex is one year's, so the other year's column is left unread.
/// </summary>
public static class TwoYearAnnex
{
    /// <param name="title">The first title line; its year (if it names one) says which column is the annex's.</param>
    /// <param name="actual2027">The figure under "TH năm 2027".</param>
    public static AnnexTable Of(string title, double actual2027) =>
        new([title, "ĐẢNG BỘ XÃ BÓ SINH, NHIỆM KỲ 2025-2030"],
            [AnnexColumn.Ordinal, AnnexColumn.Indicator, AnnexColumn.Unit, AnnexColumn.TermTarget, AnnexColumn.Baseline, AnnexColumn.Actual],
            [
                new AnnexTargetRow(new Dictionary<AnnexColumn, CellSpec>
                {
                    [AnnexColumn.Ordinal] = 1, [AnnexColumn.Indicator] = "Tỷ lệ lao động qua đào tạo", [AnnexColumn.Unit] = "%",
                    [AnnexColumn.TermTarget] = 50, [AnnexColumn.Baseline] = 41, [AnnexColumn.Actual] = actual2027,
                }),
            ])
        {
            Headers = AnnexHeaders.With((AnnexColumn.TermTarget, "Chỉ tiêu NQ đến năm 2030"), (AnnexColumn.Baseline, "TH năm 2026"), (AnnexColumn.Actual, "TH năm 2027")),
            Layout = new AnnexLayoutOptions { HeaderStyle = HeaderStyle.SingleRow },
        };
}
