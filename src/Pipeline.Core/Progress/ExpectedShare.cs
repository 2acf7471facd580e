using Pipeline.Core.Units;

namespace Pipeline.Core.Progress;

/// <summary>
/// The share of the way from baseline to target a commune is expected to have covered by the end of a
/// year of its term, on a straight line from the term's first year to its last (docs/progress.md):
/// (year − startYear) / (endYear − startYear). 2027 of 2025–2030: 2 / 5 = 0.4. The line is the
/// simplest reading of a resolution that names only a start and an end; no resolution states another.
/// </summary>
public static class ExpectedShare
{
    /// <summary>The expected share at the end of <paramref name="year"/>, from 0 (the first year) to 1 (the last).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the term.</exception>
    public static decimal At(Term term, int year)
    {
        if (year < term.StartYear || year > term.EndYear)
            throw new ArgumentOutOfRangeException(nameof(year), year, $"{year} is not a year of the term {term}.");
        return (decimal)(year - term.StartYear) / (term.EndYear - term.StartYear);
    }
}
