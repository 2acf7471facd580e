namespace Pipeline.Core.Progress;

/// <summary>What each <see cref="ProgressAssessment"/> is called in Vietnamese, for people (tables, the portal's labels).</summary>
public static class AssessmentWords
{
    /// <summary>"Đã đạt", "Đúng tiến độ", "Chậm tiến độ", "Chậm nhiều", "Chưa có số liệu đầu kỳ".</summary>
    public static string Vietnamese(ProgressAssessment assessment) => assessment switch
    {
        ProgressAssessment.Reached => "Đã đạt",
        ProgressAssessment.OnTrack => "Đúng tiến độ",
        ProgressAssessment.Behind => "Chậm tiến độ",
        ProgressAssessment.FarBehind => "Chậm nhiều",
        _ => "Chưa có số liệu đầu kỳ",
    };
}
