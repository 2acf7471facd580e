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
}
