using Pipeline.Core.Annexes;
using Pipeline.Core.Text;
using Pipeline.Core.Values;

namespace Pipeline.Core.Scoring;

/// <summary>
/// A result written as a share of a whole ("14/14 thôn", "6/10 thôn") against a target in percent
/// ("100% số thôn", "Đạt 50% trở lên", or a "Tỷ lệ …" indicator, or the unit "%") is that share in
/// percent (100, 60), not the count 14 or 6. Against a count target ("19 tiêu chí") the count stands:
/// "14/19" is fourteen criteria (docs/reading-and-scoring.md, "Values").
/// </summary>
public static class ShareOfWhole
{
    /// <summary>The row with its result as a percent where the rule applies; the row itself otherwise.</summary>
    public static AnnexRow AsPercent(AnnexRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var actual = row.Actual;
        if (actual is not { Whole: { } whole, Parts.Count: 1 } || actual.Text.Contains('%') || !IsPercentTarget(row)) return row;
        var share = Math.Round(actual.Parts[0] / whole * 100m, 2);
        return row with { Actual = new AnnexValue(actual.Text, [share]) };
    }

    private static bool IsPercentTarget(AnnexRow row) =>
        row.Target.Parts.Count == 1 && (row.Target.Text.Contains('%') || row.Unit.Trim() == "%"
            || VietnameseText.Fold(row.Indicator).StartsWith("ty le", StringComparison.Ordinal));
}
