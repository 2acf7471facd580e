using Pipeline.Core.Text;

namespace Pipeline.Core.Catalogue;

/// <summary>
/// How large an indicator catalogue document may be — a province's extension sent through the
/// API, a <c>--catalogue</c> file, the built-in one alike: <see cref="IndicatorCatalogue"/>
/// refuses a document over any of these with a <see cref="CatalogueException"/> whose
/// <see cref="CatalogueException.OverLimits"/> says, in Vietnamese, what is over.
/// </summary>
/// <remarks>
/// Every annex row is matched against every alias and pattern, so these bound the work of
/// scoring as much as the size of what is stored. The built-in catalogue has 175 indicators,
/// 20 direction rules, at most 2 aliases and 5 patterns per indicator and 9 phrases per pattern.
/// </remarks>
public static class CatalogueLimits
{
    /// <summary>Largest catalogue document the API reads, in bytes (1 MiB); the built-in one is about 75 KB.</summary>
    public const long DocumentBytes = 1024 * 1024;

    /// <summary>Most indicators in one document.</summary>
    public const int Indicators = 2_000;

    /// <summary>Most direction rules in one document.</summary>
    public const int DirectionRules = 500;

    /// <summary>Most aliases of one indicator.</summary>
    public const int AliasesPerIndicator = 50;

    /// <summary>Most patterns of one indicator.</summary>
    public const int PatternsPerIndicator = 20;

    /// <summary>Most phrases ("all" and "none" together) in one pattern or direction rule.</summary>
    public const int PhrasesPerPattern = 20;

    /// <summary>Longest code, name, unit, source, alias, phrase or reason, in characters.</summary>
    public const int TextLength = 200;

    /// <summary>How many offending codes a sentence quotes before it only counts the rest.</summary>
    private const int Quoted = 5;

    /// <summary>One Vietnamese sentence per limit the document is over; empty when it is within all of them.</summary>
    internal static IReadOnlyList<string> Exceeded(IndicatorCatalogue.CatalogueDocument document)
    {
        var over = new List<string>();
        var indicators = document.Indicators ?? [];
        var rules = document.DirectionRules ?? [];
        if (indicators.Count > Indicators)
            over.Add($"Danh mục có {VietnameseSize.Count(indicators.Count)} chỉ tiêu, tối đa {VietnameseSize.Count(Indicators)}.");
        if (rules.Count > DirectionRules)
            over.Add($"Danh mục có {VietnameseSize.Count(rules.Count)} quy tắc chiều đánh giá (directionRules), tối đa {VietnameseSize.Count(DirectionRules)}.");
        if (over.Count > 0) return over;

        var entries = indicators.Where(i => i is not null).ToList();
        AddOffenders(over, entries.Where(i => (i.Aliases?.Count ?? 0) > AliasesPerIndicator),
            $"có quá {AliasesPerIndicator} tên gọi khác (aliases)");
        AddOffenders(over, entries.Where(i => (i.Patterns?.Count ?? 0) > PatternsPerIndicator),
            $"có quá {PatternsPerIndicator} mẫu nhận diện (patterns)");
        AddOffenders(over, entries.Where(i => (i.Patterns ?? []).Any(p => Phrases(p?.All, p?.None) > PhrasesPerPattern)),
            $"có mẫu nhận diện quá {PhrasesPerPattern} cụm từ (all và none)");
        AddOffenders(over, entries.Where(i => new[] { i.Code, i.Name, i.Unit, i.Source }.Concat(i.Aliases ?? [])
                .Concat((i.Patterns ?? []).SelectMany(p => (p?.All ?? []).Concat(p?.None ?? []))).Any(TooLong)),
            $"có mã, tên, đơn vị, nguồn, tên gọi khác hoặc cụm từ dài quá {TextLength} ký tự");
        var crowdedRules = rules.Count(r => r is not null && Phrases(r.All, r.None) > PhrasesPerPattern);
        if (crowdedRules > 0)
            over.Add($"{VietnameseSize.Count(crowdedRules)} quy tắc chiều đánh giá có quá {PhrasesPerPattern} cụm từ (all và none).");
        var longRules = rules.Count(r => r is not null && new[] { r.Reason }.Concat(r.All ?? []).Concat(r.None ?? []).Any(TooLong));
        if (longRules > 0)
            over.Add($"{VietnameseSize.Count(longRules)} quy tắc chiều đánh giá có lý do hoặc cụm từ dài quá {TextLength} ký tự.");
        return over;
    }

    private static int Phrases(List<string>? all, List<string>? none) => (all?.Count ?? 0) + (none?.Count ?? 0);

    private static bool TooLong(string? text) => (text?.Length ?? 0) > TextLength;

    private static void AddOffenders(List<string> over, IEnumerable<IndicatorCatalogue.IndicatorEntry> offenders, string what)
    {
        var codes = offenders.Select(i => string.IsNullOrWhiteSpace(i.Code) ? "?" : i.Code.Length > 40 ? i.Code[..40] + "…" : i.Code).ToList();
        if (codes.Count == 0) return;
        var quoted = string.Join(", ", codes.Take(Quoted).Select(c => $"'{c}'"));
        if (codes.Count > Quoted) quoted += $" và {VietnameseSize.Count(codes.Count - Quoted)} chỉ tiêu khác";
        over.Add($"{VietnameseSize.Count(codes.Count)} chỉ tiêu {what}: {quoted}.");
    }
}
