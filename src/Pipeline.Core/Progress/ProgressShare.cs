namespace Pipeline.Core.Progress;

/// <summary>
/// The share of the way from the baseline to the term's target a value has covered:
/// (value − baseline) / (target − baseline). The same formula holds whichever way is better: a poverty
/// rate brought from 8 to 6 against a target of 3 has covered (6 − 8) / (3 − 8) = 0.4. Negative when the
/// value moved away from the target, above 1 beyond it.
/// </summary>
public static class ProgressShare
{
    /// <summary>The share, or null when the target equals the baseline (there is no way to cover).</summary>
    public static decimal? Of(decimal baseline, decimal target, decimal value) =>
        target == baseline ? null : (value - baseline) / (target - baseline);
}
