using Pipeline.Core.Scoring;

namespace Pipeline.Core.Narrative;

/// <summary>
/// The one place that says how close a figure in the report's text must be to its annex row to agree
/// (docs/reading-and-scoring.md, "The report's narrative"). Reports round what their tables hold:
/// "152,7%" for 27,5 / 18 = 152,78%, "65,1%" for 65,10.
/// </summary>
public static class NarrativeTolerances
{
    /// <summary>
    /// Percentage points a percent stated in the text ("đạt 152,7%") may differ from the ratio computed
    /// from its row before it disagrees: the scorer's own tolerance for a reported percent
    /// (<see cref="TargetScorer.PercentMismatchPoints"/>), as clerks round to whole or one-decimal percents.
    /// </summary>
    public const decimal PercentPoints = TargetScorer.PercentMismatchPoints;

    /// <summary>
    /// True when a figure stated in the text and a figure of the table are the same number as written:
    /// equal within half a unit of the last decimal place of the less precise of the two ("16,2" agrees
    /// with 16,24 and 16,15, not with 16,5; "27,5" with 27,5 only; "80" with 80,4).
    /// </summary>
    public static bool SameFigure(decimal stated, decimal table)
    {
        var decimals = Math.Min(Scale(stated), Scale(table));
        var halfUnit = 0.5m / Pow10(decimals);
        return Math.Abs(stated - table) <= halfUnit;
    }

    /// <summary>
    /// True when a stated amount and the table's are the same: <see cref="SameFigure"/>, or the same in a unit a
    /// thousand times larger or smaller, as a report writes "2,9 tỷ đồng" where its table keeps 2.900 (triệu đồng), or
    /// "2.900 triệu" against 2,9 (tỷ). A figure exactly a thousand times another is a change of unit, not a wrong figure.
    /// </summary>
    public static bool SameAmount(decimal stated, decimal table) =>
        SameFigure(stated, table) || SameFigure(stated * 1000m, table) || SameFigure(stated, table * 1000m);

    /// <summary>True when a stated percent agrees with the computed ratio within <see cref="PercentPoints"/>.</summary>
    public static bool SamePercent(decimal stated, decimal computed) => Math.Abs(stated - computed) < PercentPoints;

    /// <summary>
    /// True when "vượt <paramref name="stated"/>% so với chỉ tiêu" agrees with the row: the computed ratio is 100 +
    /// <paramref name="stated"/> within <see cref="PercentPoints"/>, or, the text not saying which it means, the result
    /// is <paramref name="stated"/> points above the target (<paramref name="pointsAbove"/>, for a single-figure row;
    /// "35,2% against 30%, vượt 5,2%") within the same points.
    /// </summary>
    public static bool SameExcess(decimal stated, decimal computedRatio, decimal? pointsAbove) =>
        SamePercent(100m + stated, computedRatio) || (pointsAbove is { } points && SamePercent(stated, points));

    private static int Scale(decimal value) => (value / 1.0000000000000000000000000000m).Scale;

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < exponent; i++) result *= 10m;
        return result;
    }
}
