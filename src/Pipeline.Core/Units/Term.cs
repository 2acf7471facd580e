using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Core.Units;

/// <summary>A term such as "2020-2025".</summary>
public static partial class Term
{
    [GeneratedRegex(@"^(19|20)\d\d-(19|20)\d\d$")]
    private static partial Regex Format();

    public static bool IsValid(string? term)
    {
        if (term is null || !Format().IsMatch(term)) return false;
        return EndYear(term) > StartYear(term) && EndYear(term) - StartYear(term) <= 10;
    }

    public static int StartYear(string term) => int.Parse(term.AsSpan(0, 4), CultureInfo.InvariantCulture);

    public static int EndYear(string term) => int.Parse(term.AsSpan(5, 4), CultureInfo.InvariantCulture);

    /// <summary>The five-year term ending in <paramref name="year"/> (communes' terms run 2020–2025, 2025–2030, …).</summary>
    public static string Ending(int year) => string.Create(CultureInfo.InvariantCulture, $"{year - 5}-{year}");

    /// <summary>The five-year term starting in <paramref name="year"/>.</summary>
    public static string Starting(int year) => string.Create(CultureInfo.InvariantCulture, $"{year}-{year + 5}");
}
