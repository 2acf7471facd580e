using System.Globalization;

namespace Pipeline.LoadTest;

/// <summary>Median, p90 and worst of a set of durations (nearest-rank percentiles).</summary>
internal sealed class Distribution
{
    private readonly TimeSpan[] _sorted;

    public Distribution(IEnumerable<TimeSpan> values)
    {
        _sorted = [.. values];
        Array.Sort(_sorted);
    }

    public int Count => _sorted.Length;

    public TimeSpan? Median => Percentile(50);

    public TimeSpan? P90 => Percentile(90);

    public TimeSpan? Worst => Count == 0 ? null : _sorted[^1];

    public TimeSpan? Best => Count == 0 ? null : _sorted[0];

    /// <summary>The smallest value with at least <paramref name="percent"/> % of the values at or below it.</summary>
    public TimeSpan? Percentile(double percent)
    {
        if (Count == 0) return null;
        var rank = (int)Math.Ceiling(percent / 100 * Count);
        return _sorted[Math.Clamp(rank, 1, Count) - 1];
    }

    /// <summary>"1.23 s", or "–" for no value.</summary>
    public static string Seconds(TimeSpan? value) =>
        value is { } v ? v.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s" : "–";
}
