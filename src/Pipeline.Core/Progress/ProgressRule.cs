using Pipeline.Core.Scoring;

namespace Pipeline.Core.Progress;

/// <summary>
/// Assesses one figure against the term's target at a year of the term (docs/progress.md, issue 16), in this order:
/// <list type="number">
/// <item><see cref="ProgressAssessment.Reached"/>: the value is at or beyond the target — at or above it when higher
/// is better, at or below it when lower is better (a floor "trên 95%" or a ceiling "dưới 1,5%" has its direction
/// from the bound already). Needs no baseline.</item>
/// <item><see cref="ProgressAssessment.NoBaseline"/>: no baseline.</item>
/// <item>A target already met at the baseline (or equal to it) and no longer met: <see cref="ProgressAssessment.Behind"/>,
/// with no share — there was no way to cover, and ground was lost. Such a target still met is reached, also without a share.</item>
/// <item>Otherwise by the share covered (<see cref="ProgressShare"/>) against the expected share e (<see cref="ExpectedShare"/>):
/// share ≥ e <see cref="ProgressAssessment.OnTrack"/>; share ≥ e − <see cref="BehindMargin"/> × e
/// <see cref="ProgressAssessment.Behind"/>; else <see cref="ProgressAssessment.FarBehind"/>.</item>
/// </list>
/// </summary>
public static class ProgressRule
{
    /// <summary>
    /// How far short of the expected share, as a fraction of it, still counts as behind rather than far behind:
    /// 0.5, so in 2027 of 2025–2030 (e = 0.4) a share from 0.2 up to 0.4 is behind, below 0.2 far behind. Half the
    /// expected way is the line past which a target is unlikely to be caught up in the years left.
    /// </summary>
    public const decimal BehindMargin = 0.5m;

    /// <summary>The share covered (null when there is none to compute) and the assessment.</summary>
    /// <param name="baseline">The term's starting value, or null when unknown.</param>
    /// <param name="target">The term's target (the near end of a range).</param>
    /// <param name="value">The value at the end of the year (or its estimate).</param>
    /// <param name="direction">Which way is better.</param>
    /// <param name="expectedShare">The share expected by this year, 0 to 1.</param>
    public static (decimal? Share, ProgressAssessment Assessment) Assess(decimal? baseline, decimal target, decimal value, Direction direction, decimal expectedShare)
    {
        // A share exists only where there was a way to cover: from a baseline short of the target.
        var share = baseline is { } start && !AtOrBeyond(start, target, direction) ? ProgressShare.Of(start, target, value) : null;
        if (AtOrBeyond(value, target, direction)) return (share, ProgressAssessment.Reached);
        if (baseline is null) return (null, ProgressAssessment.NoBaseline);
        if (share is not { } covered) return (null, ProgressAssessment.Behind);
        if (covered >= expectedShare) return (covered, ProgressAssessment.OnTrack);
        return (covered, covered >= expectedShare - BehindMargin * expectedShare ? ProgressAssessment.Behind : ProgressAssessment.FarBehind);
    }

    private static bool AtOrBeyond(decimal value, decimal target, Direction direction) =>
        direction == Direction.Higher ? value >= target : value <= target;
}
