namespace Pipeline.Workbooks;

/// <summary>The logical columns of a target annex; a real annex has any subset in any order.</summary>
public enum AnnexColumn
{
    /// <summary>TT / STT / Stt: 1, 2, … for targets, I–IV for groups.</summary>
    Ordinal,

    /// <summary>Chỉ tiêu / Nội dung: the indicator text.</summary>
    Indicator,

    /// <summary>Đơn vị tính / ĐVT.</summary>
    Unit,

    /// <summary>The value the party congress resolution set.</summary>
    Target,

    /// <summary>Kết quả thực hiện: what was achieved.</summary>
    Actual,

    /// <summary>So sánh %: the percentage the commune computed itself.</summary>
    ReportedPercent,

    /// <summary>Ghi chú / Đánh giá: the commune's own verdict (Vượt, Đạt, Không đạt).</summary>
    Verdict,

    /// <summary>A yearly annex's figure from the term's first year ("Thực hiện năm 2025"): the baseline.</summary>
    Baseline,

    /// <summary>A yearly annex's term target ("Chỉ tiêu NQ đến năm 2030"), beside the year's plan in <see cref="Target"/>.</summary>
    TermTarget,

    /// <summary>A yearly annex's percent against the term target ("% so NQ"), beside the one against the plan.</summary>
    TermPercent,
}
