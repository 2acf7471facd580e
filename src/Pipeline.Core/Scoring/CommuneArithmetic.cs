using Pipeline.Core.Text;
using Pipeline.Core.Annexes;
using Pipeline.Core.Values;

namespace Pipeline.Core.Scoring;

/// <summary>
/// Reads a direction back from what the commune computed, for a row nothing else decides
/// (docs/reading-and-scoring.md, "Scoring", step 1). Only a single-figure target and result
/// count. A reported percent equal (within <see cref="TargetScorer.PercentMismatchPoints"/>) to
/// target ÷ result × 100 but not to result ÷ target × 100 means the commune scored it lower is
/// better, and the reverse higher; a "Vượt"/"Đạt" verdict for a result below its target, or
/// "Không đạt" for one above it, means lower, and the reverse higher. When the percent and the
/// verdict disagree there is no evidence.
/// </summary>
public static class CommuneArithmetic
{
    /// <summary>The direction the commune's figures imply and the reason, or null when they imply none.</summary>
    public static (Direction Direction, string Reason)? Infer(AnnexRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (row.Target.Kind != ValueKind.Figures || row.Actual.Kind != ValueKind.Figures
            || row.Target.Parts.Count != 1 || row.Actual.Parts.Count != 1)
            return null;
        var target = row.Target.Parts[0];
        var actual = row.Actual.Parts[0];
        var fromPercent = FromPercent(row, target, actual);
        var fromVerdict = FromVerdict(row, target, actual);
        // Two readings that disagree mean the commune erred somewhere; neither can be trusted.
        if (fromPercent is { } p && fromVerdict is { } v && p.Direction != v.Direction) return null;
        return fromPercent ?? fromVerdict;
    }

    private static (Direction Direction, string Reason)? FromPercent(AnnexRow row, decimal target, decimal actual)
    {
        if (row.ReportedPercent.Parts.Count != 1) return null;
        var reported = row.ReportedPercent.Parts[0];
        var lower = Fits(reported, target, actual);
        var higher = Fits(reported, actual, target);
        // Equal figures give 100 both ways: that says nothing about the direction.
        if (lower == higher) return null;
        var (numerator, denominator, direction) = lower
            ? ($"target {Show(target)}", $"result {Show(actual)}", Direction.Lower)
            : ($"result {Show(actual)}", $"target {Show(target)}", Direction.Higher);
        return (direction, $"commune's arithmetic: reported {Show(reported)} % = {numerator} ÷ {denominator} × 100, so {Word(direction)} is better");
    }

    private static (Direction Direction, string Reason)? FromVerdict(AnnexRow row, decimal target, decimal actual)
    {
        if (row.ReportedStatus is not { } verdict || actual == target) return null;
        var achieved = verdict != TargetStatus.NotMet;
        var below = actual < target;
        // Achieved below the target, or missed above it, only makes sense when less is better.
        var direction = achieved == below ? Direction.Lower : Direction.Higher;
        var side = below ? "below" : "above";
        return (direction, $"commune's arithmetic: verdict \"{Excerpt.Of(row.ReportedVerdict)}\" for result {Show(actual)} {side} target {Show(target)}, so {Word(direction)} is better");
    }

    private static bool Fits(decimal reported, decimal numerator, decimal denominator) =>
        denominator != 0 && Math.Abs(reported - numerator * 100m / denominator) < TargetScorer.PercentMismatchPoints;

    private static string Word(Direction direction) => direction == Direction.Lower ? "lower" : "higher";

    private static string Show(decimal value) => VietnameseNumber.Format(value);
}
