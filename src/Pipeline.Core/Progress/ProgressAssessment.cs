using System.Text.Json.Serialization;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Progress;

/// <summary>
/// Where a target stands at a year of the term (docs/progress.md). Wire strings "reached", "onTrack",
/// "behind", "farBehind", "noBaseline".
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ProgressAssessment>))]
public enum ProgressAssessment
{
    /// <summary>The value is at or beyond the term's target (direction-aware): "Đã đạt chỉ tiêu nhiệm kỳ".</summary>
    Reached,

    /// <summary>The share of the way covered is at least the share expected by this year: "Đúng tiến độ".</summary>
    OnTrack,

    /// <summary>Short of the expected share, but by less than the margin (<see cref="ProgressRule.BehindMargin"/>): "Chậm tiến độ".</summary>
    Behind,

    /// <summary>Further short than that, or moving away from the target: "Chậm nhiều so với tiến độ".</summary>
    FarBehind,

    /// <summary>Not reached and no baseline to measure the way from: "Chưa có số liệu đầu nhiệm kỳ".</summary>
    NoBaseline,
}
