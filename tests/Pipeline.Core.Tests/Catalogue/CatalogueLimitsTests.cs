using System.Text;
using System.Text.Json;
using Pipeline.Core.Catalogue;

namespace Pipeline.Core.Tests.Catalogue;

/// <summary>A catalogue document over its limits is refused, saying in Vietnamese what is over; the built-in one is well within them.</summary>
public class CatalogueLimitsTests
{
    private static MemoryStream Document(object document) => new(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(document)));

    private static object Indicator(string code, int aliases = 0, int patterns = 0, int phrases = 1) => new
    {
        code,
        name = $"Chỉ tiêu {code}",
        direction = "higher",
        aliases = Enumerable.Range(1, aliases).Select(i => $"tên {code} {i}").ToArray(),
        patterns = Enumerable.Range(1, patterns).Select(p => new { all = Enumerable.Range(1, phrases).Select(i => $"cụm {p} {i}").ToArray() }).ToArray(),
    };

    [Fact]
    public void The_built_in_catalogue_is_within_the_limits()
    {
        Assert.InRange(IndicatorCatalogue.Default.Indicators.Count, 1, CatalogueLimits.Indicators);
        Assert.All(IndicatorCatalogue.Default.Indicators, i => Assert.InRange(i.Patterns.Count, 0, CatalogueLimits.PatternsPerIndicator));
    }

    [Fact]
    public void As_many_indicators_as_the_limit_extend_the_catalogue()
    {
        using var document = Document(new { indicators = Enumerable.Range(1, CatalogueLimits.Indicators).Select(i => Indicator($"c-{i}")).ToArray() });
        Assert.True(IndicatorCatalogue.Default.Extend(document).Indicators.Count >= CatalogueLimits.Indicators);
    }

    [Fact]
    public void One_indicator_over_the_limit_is_refused_with_the_count_in_vietnamese()
    {
        using var document = Document(new { indicators = Enumerable.Range(1, CatalogueLimits.Indicators + 1).Select(i => Indicator($"c-{i}")).ToArray() });
        var error = Assert.Throws<CatalogueException>(() => IndicatorCatalogue.Default.Extend(document));
        Assert.Equal(["Danh mục có 2.001 chỉ tiêu, tối đa 2.000."], error.OverLimits);
    }

    [Fact]
    public void Aliases_patterns_phrases_rules_and_long_texts_are_each_bounded()
    {
        var rule = new { all = Enumerable.Range(1, CatalogueLimits.PhrasesPerPattern + 1).Select(i => $"giảm {i}").ToArray(), direction = "lower", reason = "giảm" };
        using var document = Document(new
        {
            indicators = new[]
            {
                Indicator("nhieu-ten", aliases: CatalogueLimits.AliasesPerIndicator + 1),
                Indicator("nhieu-mau", patterns: CatalogueLimits.PatternsPerIndicator + 1),
                Indicator("mau-dai", patterns: 1, phrases: CatalogueLimits.PhrasesPerPattern + 1),
                Indicator(new string('x', CatalogueLimits.TextLength + 1)),
            },
            directionRules = new[] { rule },
        });
        var error = Assert.Throws<CatalogueException>(() => IndicatorCatalogue.Default.Extend(document));
        Assert.Equal(
        [
            "1 chỉ tiêu có quá 50 tên gọi khác (aliases): 'nhieu-ten'.",
            "1 chỉ tiêu có quá 20 mẫu nhận diện (patterns): 'nhieu-mau'.",
            "1 chỉ tiêu có mẫu nhận diện quá 20 cụm từ (all và none): 'mau-dai'.",
            $"1 chỉ tiêu có mã, tên, đơn vị, nguồn, tên gọi khác hoặc cụm từ dài quá 200 ký tự: '{new string('x', 40)}…'.",
            "1 quy tắc chiều đánh giá có quá 20 cụm từ (all và none).",
        ], error.OverLimits);
    }

    [Fact]
    public void Other_mistakes_carry_no_limit_sentences()
    {
        using var document = Document(new { indicators = new[] { new { code = "x" } } });
        Assert.Empty(Assert.Throws<CatalogueException>(() => IndicatorCatalogue.Default.Extend(document)).OverLimits);
    }
}
