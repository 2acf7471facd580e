using System.Text.Json.Serialization;
using Pipeline.Core.Scoring;

namespace Pipeline.Core.Progress;

/// <summary>
/// One indicator's way toward its term target, year by year (issue 16, item 6). A composite row ("100-75")
/// gives one of these per part, each with its part's catalogue indicator where it has one.
/// </summary>
/// <param name="IndicatorCode">The catalogue indicator ("clean-water"), or null when none matched.</param>
/// <param name="Name">The indicator as the term's targets annex writes it (the yearly annex's text when the targets annex lacks it).</param>
/// <param name="Unit">The unit of this figure ("%", "ha").</param>
/// <param name="Direction">Which way is better, as the scorer resolved it for the term's target.</param>
/// <param name="Baseline">The term's starting value, or null when none is known.</param>
/// <param name="Target">The term's target (the near end of a range), or null when it is words or missing.</param>
/// <param name="Values">One per year the commune reported it, in year order.</param>
/// <param name="Part">For a part of a composite row, its 1-based position; null for a single figure.</param>
/// <param name="Qualitative">The target or a result is words without a figure: no share, no assessment.</param>
public sealed record IndicatorProgress(
    string? IndicatorCode,
    string Name,
    string Unit,
    Direction Direction,
    decimal? Baseline,
    decimal? Target,
    IReadOnlyList<ProgressValue> Values,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Part = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool Qualitative = false)
{
    /// <summary>The latest year's assessment, or null when the latest year has none.</summary>
    [JsonIgnore]
    public ProgressAssessment? Latest => Values.Count == 0 ? null : Values[^1].Assessment;
}
