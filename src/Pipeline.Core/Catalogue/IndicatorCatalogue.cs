using System.Text.Json;
using System.Text.Json.Serialization;
using Pipeline.Core.Annexes;
using Pipeline.Core.Scoring;
using Pipeline.Core.Values;

namespace Pipeline.Core.Catalogue;

/// <summary>
/// The indicator catalogue: canonical indicators and keyword direction rules, loaded from
/// JSON so a province can extend it without a rebuild. The default ships inside this
/// library (Catalogue/indicators.json); extension files add entries or replace entries of
/// the same code, and their rules are tried before the default ones.
/// </summary>
public sealed class IndicatorCatalogue
{
    private static readonly Lazy<IndicatorCatalogue> DefaultCatalogue = new(() => Load([OpenDefault()]));

    public IReadOnlyList<Indicator> Indicators { get; }

    public IReadOnlyList<DirectionRule> DirectionRules { get; }

    private IndicatorCatalogue(IReadOnlyList<Indicator> indicators, IReadOnlyList<DirectionRule> rules)
    {
        Indicators = indicators;
        DirectionRules = rules;
    }

    /// <summary>The catalogue that ships with the library.</summary>
    public static IndicatorCatalogue Default => DefaultCatalogue.Value;

    /// <summary>The default catalogue extended by the given files (later files win).</summary>
    public static IndicatorCatalogue LoadWithExtensions(IEnumerable<string> extensionPaths)
    {
        var streams = new List<Stream> { OpenDefault() };
        try
        {
            streams.AddRange(extensionPaths.Select(File.OpenRead));
            return Load(streams);
        }
        finally
        {
            foreach (var stream in streams) stream.Dispose();
        }
    }

    /// <summary>Builds a catalogue from JSON documents; later documents extend and override earlier ones.</summary>
    public static IndicatorCatalogue Load(IEnumerable<Stream> documents) => Load([], [], documents);

    /// <summary>This catalogue extended by one more document (a province's own indicators and rules), which wins over it.</summary>
    /// <exception cref="CatalogueException">The document is not a valid catalogue.</exception>
    public IndicatorCatalogue Extend(Stream extension) => Load(Indicators, DirectionRules, [extension]);

    private static IndicatorCatalogue Load(IEnumerable<Indicator> start, IEnumerable<DirectionRule> startRules, IEnumerable<Stream> documents)
    {
        var indicators = new List<Indicator>(start);
        var rules = new List<DirectionRule>(startRules);
        var index = 0;
        foreach (var document in documents)
        {
            index++;
            CatalogueDocument parsed;
            try
            {
                parsed = JsonSerializer.Deserialize<CatalogueDocument>(document, JsonOptions)
                    ?? throw new CatalogueException($"Catalogue document {index} is empty.");
            }
            catch (JsonException ex)
            {
                throw new CatalogueException($"Catalogue document {index} is not valid JSON: {ex.Message}", ex);
            }
            var over = CatalogueLimits.Exceeded(parsed);
            if (over.Count > 0)
                throw new CatalogueException($"Catalogue document {index} is over the limits of {nameof(CatalogueLimits)}: {string.Join(" ", over)}", over);

            var codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var entry in parsed.Indicators ?? [])
            {
                var indicator = entry.ToIndicator(index);
                if (!codes.Add(indicator.Code))
                    throw new CatalogueException($"Catalogue document {index} lists indicator '{indicator.Code}' twice.");
                indicators.RemoveAll(i => i.Code == indicator.Code);
                indicators.Add(indicator);
            }
            rules.InsertRange(0, (parsed.DirectionRules ?? []).Select(r => r.ToRule(index)));
        }
        return new IndicatorCatalogue(indicators, rules);
    }

    /// <summary>
    /// Finds the indicator a text names. Several sentences in one cell ("… tiêm chủng … đạt 100%.
    /// Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng 12%.") can name different indicators: the one
    /// whose sentence carries the target figure wins, else the first.
    /// </summary>
    public IndicatorMatch? Match(string indicatorText, IReadOnlyList<decimal>? targetParts = null)
    {
        var clauses = IndicatorClauses.Split(indicatorText);
        var matches = new List<(IndicatorMatch Match, string Clause)>();
        foreach (var clause in clauses)
        {
            if (MatchOne(clause) is { } found) matches.Add((found, clause));
        }
        if (matches.Count == 0) return clauses.Count > 1 ? MatchOne(indicatorText) : null;
        if (matches.Count == 1 || targetParts is not { Count: > 0 }) return matches[0].Match;

        foreach (var (match, clause) in matches)
        {
            if (AnnexValueParser.Parse(clause).Parts.Contains(targetParts[0])) return match;
        }
        return matches[0].Match;
    }

    public Indicator? Find(string code) => Indicators.FirstOrDefault(i => i.Code == code);

    private IndicatorMatch? MatchOne(string text)
    {
        var normalized = IndicatorText.Normalize(text);
        if (normalized.Length == 0) return null;
        IndicatorMatch? best = null;
        var bestScore = 0;
        // Index loops: foreach over IReadOnlyList<T> boxes an enumerator, and this runs for every row.
        for (var i = 0; i < Indicators.Count; i++)
        {
            var indicator = Indicators[i];
            for (var a = 0; a < indicator.Aliases.Count; a++)
            {
                var alias = indicator.Aliases[a];
                if (alias == normalized && 10_000 + alias.Length > bestScore)
                {
                    best = new IndicatorMatch(indicator, text, ByAlias: true);
                    bestScore = 10_000 + alias.Length;
                }
            }
            for (var p = 0; p < indicator.Patterns.Count; p++)
            {
                var pattern = indicator.Patterns[p];
                var score = pattern.Score(normalized);
                if (score > bestScore)
                {
                    best = new IndicatorMatch(indicator, text, ByAlias: false);
                    bestScore = score;
                }
            }
        }
        return best;
    }

    private static Stream OpenDefault() =>
        typeof(IndicatorCatalogue).Assembly.GetManifestResourceStream("Pipeline.Core.indicators.json")
        ?? throw new CatalogueException("The default indicator catalogue is missing from the assembly.");

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    // Internal, not private: CatalogueLimits reads a document before any entry becomes an indicator.
    internal sealed record CatalogueDocument(List<IndicatorEntry>? Indicators, List<RuleEntry>? DirectionRules);

    internal sealed record PatternEntry(List<string>? All, List<string>? None);

    internal sealed record IndicatorEntry(
        string? Code, string? Name, string? Unit, Direction? Direction, bool? Additive, TargetGroup? Group,
        List<string>? Aliases, List<PatternEntry>? Patterns, string? Source = null)
    {
        public Indicator ToIndicator(int document)
        {
            if (string.IsNullOrWhiteSpace(Code) || string.IsNullOrWhiteSpace(Name))
                throw new CatalogueException($"Catalogue document {document}: every indicator needs a code and a name.");
            if (Direction is null)
                throw new CatalogueException($"Catalogue document {document}: indicator '{Code}' needs a direction (higher or lower).");
            var aliases = (Aliases ?? []).Append(Name).Select(IndicatorText.Normalize).Where(a => a.Length > 0).Distinct().ToArray();
            var patterns = (Patterns ?? []).Select(p => TextPattern.Create(p.All ?? [], p.None)).Where(p => p.All.Count > 0).ToArray();
            return new Indicator(Code, Name, Unit ?? string.Empty, Direction.Value, Additive ?? false, Group, aliases, patterns,
                string.IsNullOrWhiteSpace(Source) ? null : Source.Trim());
        }
    }

    internal sealed record RuleEntry(List<string>? All, List<string>? None, Direction? Direction, string? Reason)
    {
        public DirectionRule ToRule(int document)
        {
            if (All is not { Count: > 0 } || Direction is null || string.IsNullOrWhiteSpace(Reason))
                throw new CatalogueException($"Catalogue document {document}: every direction rule needs 'all' phrases, a direction and a reason.");
            return new DirectionRule(TextPattern.Create(All, None), Direction.Value, Reason);
        }
    }
}
