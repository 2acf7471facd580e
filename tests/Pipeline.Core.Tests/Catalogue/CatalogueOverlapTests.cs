using Pipeline.Core.Catalogue;

namespace Pipeline.Core.Tests.Catalogue;

/// <summary>
/// No two entries of the built-in catalogue claim the same text: every entry's name and aliases
/// match that entry through <see cref="IndicatorCatalogue.Match"/>, by its own patterns, more
/// strongly than any other entry's patterns score them, and no alias belongs to two entries.
/// </summary>
public class CatalogueOverlapTests
{
    private static IndicatorCatalogue Catalogue => IndicatorCatalogue.Default;

    [Fact]
    public void The_catalogue_has_at_least_150_entries_each_with_a_source()
    {
        Assert.True(Catalogue.Indicators.Count >= 150, $"{Catalogue.Indicators.Count} entries");
        Assert.All(Catalogue.Indicators, i => Assert.False(string.IsNullOrWhiteSpace(i.Source), $"{i.Code} has no source"));
        Assert.Equal(Catalogue.Indicators.Count, Catalogue.Indicators.Select(i => i.Code).Distinct().Count());
    }

    [Fact]
    public void Every_entry_has_patterns_a_unit_and_a_group()
    {
        Assert.All(Catalogue.Indicators, i =>
        {
            Assert.NotEmpty(i.Patterns);
            Assert.False(string.IsNullOrWhiteSpace(i.Unit), $"{i.Code} has no unit");
            Assert.NotNull(i.Group);
        });
    }

    [Fact]
    public void No_alias_belongs_to_two_entries()
    {
        var owners = Catalogue.Indicators
            .SelectMany(i => i.Aliases.Select(a => (Alias: a, i.Code)))
            .GroupBy(p => p.Alias)
            .Where(g => g.Select(p => p.Code).Distinct().Count() > 1)
            .Select(g => $"'{g.Key}': {string.Join(", ", g.Select(p => p.Code).Distinct())}")
            .ToList();
        Assert.True(owners.Count == 0, string.Join("\n", owners));
    }

    [Fact]
    public void Every_name_and_alias_is_claimed_by_its_own_entry_and_no_other()
    {
        var conflicts = new List<string>();
        foreach (var entry in Catalogue.Indicators)
        {
            // Aliases hold the name too, normalised as the catalogue compares them.
            foreach (var text in entry.Aliases.Prepend(entry.Name))
            {
                var matched = Catalogue.Match(text)?.Indicator.Code;
                if (matched != entry.Code)
                {
                    conflicts.Add($"'{text}' matches {matched ?? "nothing"}, not {entry.Code}");
                    continue;
                }
                var normalized = IndicatorText.Normalize(text);
                var own = BestScore(entry, normalized);
                if (own == 0) conflicts.Add($"'{text}' is not matched by a pattern of {entry.Code} (only by its alias)");
                foreach (var other in Catalogue.Indicators)
                {
                    if (other.Code == entry.Code) continue;
                    var score = BestScore(other, normalized);
                    if (score > 0 && score >= own)
                        conflicts.Add($"'{text}' of {entry.Code} ({own}) is claimed as strongly by {other.Code} ({score})");
                }
            }
        }
        Assert.True(conflicts.Count == 0, string.Join("\n", conflicts));
    }

    private static int BestScore(Indicator indicator, string normalized) =>
        indicator.Patterns.Select(p => p.Score(normalized)).DefaultIfEmpty(0).Max();
}
