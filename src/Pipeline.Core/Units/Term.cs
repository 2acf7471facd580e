using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Units;

/// <summary>
/// A commune's term of office, written "2020-2025": a start and an end year, both 19xx or
/// 20xx, the end after the start and at most ten years later. <see cref="TryParse"/> is the
/// only rule for what a term is; the API, the stores and the command line all use it.
/// </summary>
public readonly partial record struct Term
{
    private Term(int startYear, int endYear)
    {
        StartYear = startYear;
        EndYear = endYear;
    }

    /// <summary>The year the term starts (2020 in "2020-2025").</summary>
    public int StartYear { get; }

    /// <summary>The year the term ends (2025 in "2020-2025").</summary>
    public int EndYear { get; }

    [GeneratedRegex(@"^(19|20)\d\d-(19|20)\d\d$")]
    private static partial Regex Format();

    /// <summary>Reads "YYYY-YYYY"; false for any other shape, an end not after the start, or a span over ten years.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Term term)
    {
        term = default;
        if (text is null || !Format().IsMatch(text)) return false;
        var start = int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture);
        var end = int.Parse(text.AsSpan(5, 4), CultureInfo.InvariantCulture);
        if (end <= start || end - start > 10) return false;
        term = new Term(start, end);
        return true;
    }

    /// <summary>Reads a term that must be one, as <see cref="TryParse"/> does.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not a term.</exception>
    public static Term Parse(string text) =>
        TryParse(text, out var term) ? term : throw new FormatException($"'{text}' is not a term such as 2020-2025.");

    /// <summary>Whether <paramref name="text"/> is a term, as <see cref="TryParse"/> decides.</summary>
    public static bool IsValid([NotNullWhen(true)] string? text) => TryParse(text, out _);

    /// <summary>The five-year term ending in <paramref name="year"/> (communes' terms run 2020–2025, 2025–2030, …).</summary>
    public static Term Ending(int year) => new(year - 5, year);

    /// <summary>The five-year term starting in <paramref name="year"/>.</summary>
    public static Term Starting(int year) => new(year, year + 5);

    /// <summary>"2020-2025".</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{EndYear}");
}
