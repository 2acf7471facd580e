namespace Pipeline.Core.Reading;

/// <summary>What a column of an annex means, whatever its header says or where it stands.</summary>
public enum AnnexColumn
{
    Ordinal,
    Indicator,
    Unit,
    Target,
    Actual,
    ReportedPercent,
    Verdict,

    /// <summary>
    /// A value column from before the term ("Thực hiện giai đoạn 2020-2025" beside 2025–2030 targets,
    /// "Năm 2020 (đầu nhiệm kỳ)"): the row's starting point, read but never scored as its result
    /// (<see cref="PeriodHeader"/>).
    /// </summary>
    Baseline,

    /// <summary>
    /// "Ghi chú": free notes, known and not read — except that when no header names the verdict,
    /// the first notes column is read as the verdict (the seed's annexes write "Vượt" / "Đạt" /
    /// "Không đạt" under "Ghi chú"). A second notes column, or one beside "Đánh giá", is left alone.
    /// </summary>
    Notes,

    /// <summary>
    /// A column of another period than the term's target and result: an earlier term's target, a
    /// year's plan beside the term's target, the result of a year before the latest. Known from its
    /// header (<see cref="ColumnMap.WithPeriods"/>) and not read.
    /// </summary>
    OtherPeriod,

    /// <summary>
    /// On a yearly annex (<see cref="ColumnMap.ForYear"/>) beside the year's plan, the term's target
    /// ("Chỉ tiêu NQ đến năm 2030", "Mục tiêu 2030"): kept on the row, not scored — the plan is.
    /// </summary>
    TermTarget,

    /// <summary>
    /// On a yearly annex with a year's plan, the percent the commune reports against the term's target
    /// ("% so NQ"), beside the one against the plan ("% so KH", read as <see cref="ReportedPercent"/>).
    /// </summary>
    TermPercent,
}
