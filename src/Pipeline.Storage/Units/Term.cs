using System.Text.RegularExpressions;

namespace Pipeline.Storage.Units;

/// <summary>A term such as "2020-2025".</summary>
public static partial class Term
{
    [GeneratedRegex(@"^(19|20)\d\d-(19|20)\d\d$")]
    private static partial Regex Format();

    public static bool IsValid(string? term)
    {
        if (term is null || !Format().IsMatch(term)) return false;
        var from = int.Parse(term[..4], System.Globalization.CultureInfo.InvariantCulture);
        var to = int.Parse(term[5..], System.Globalization.CultureInfo.InvariantCulture);
        return to > from && to - from <= 10;
    }
}
