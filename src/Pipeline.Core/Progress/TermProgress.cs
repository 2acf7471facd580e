using Pipeline.Core.Annexes;
using Pipeline.Core.Periods;
using Pipeline.Core.Scoring;
using Pipeline.Core.Text;
using Pipeline.Core.Units;
using Pipeline.Core.Values;

namespace Pipeline.Core.Progress;

/// <summary>
/// A commune's progress toward its term's targets from its scored targets annex and its scored yearly annexes
/// (docs/progress.md). Each target row is one indicator, a composite row one per part; a yearly row is the
/// same indicator when it has the same catalogue code (a part's own code for a composite), else the same
/// indicator text. The term's target and direction come from the targets annex, else from the yearly row
/// (its "Chỉ tiêu NQ đến năm 2030", or its target when it has no plan). The baseline is, first found: the
/// targets annex's baseline column, the baseline column of the earliest yearly annex that has one ("Thực hiện
/// năm 2025"), the figure given from outside by indicator code (the previous term's consolidated result).
/// Pure: the same annexes give the same progress.
/// </summary>
public static class TermProgress
{
    private const int ShareDecimals = 4;

    /// <param name="commune">The commune's name, as shown.</param>
    /// <param name="term">The term the targets are for.</param>
    /// <param name="targets">The term's scored targets annex (targets-only or with a baseline column).</param>
    /// <param name="years">Scored yearly annexes; two of one year: the later in the list wins (a correction).</param>
    /// <param name="givenBaselines">Baselines from outside by indicator code; used where no annex gives one.</param>
    /// <exception cref="ArgumentException">An annex of <paramref name="years"/> is not of a year of <paramref name="term"/> (<see cref="ReportingPeriod.IsYearOf"/>).</exception>
    public static CommuneProgress Of(string commune, Term term, ScoredAnnex targets, IEnumerable<ScoredAnnex> years,
        IReadOnlyDictionary<string, decimal>? givenBaselines = null)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(years);
        var byYear = new SortedDictionary<int, ScoredAnnex>();
        foreach (var annex in years)
        {
            if (annex.Annex.Period is not { } period || !period.IsYearOf(term))
                throw new ArgumentException($"The annex on sheet '{annex.Annex.Sheet}' is for {annex.Annex.Period?.ToString() ?? "half a year"}, not a year of the term {term}.", nameof(years));
            byYear[period.Year!.Value] = annex;
        }

        var lines = new List<Line>();
        var byKey = new Dictionary<string, Line>();
        var byText = new Dictionary<string, Line>();
        foreach (var figure in targets.Targets.SelectMany(t => PartsOf(t, hasPlan: false)))
        {
            // Two rows of one indicator (the same code) stay two: the second goes by its text.
            var part = byKey.ContainsKey(figure.Key) ? figure with { Key = figure.TextKey } : figure;
            if (!byKey.TryAdd(part.Key, new Line(part))) continue;
            lines.Add(byKey[part.Key]);
            byText.TryAdd(part.TextKey, byKey[part.Key]);
        }
        foreach (var (year, annex) in byYear)
        {
            var taken = new HashSet<string>();
            foreach (var figure in annex.Targets.SelectMany(t => PartsOf(t, annex.Annex.HasYearPlan)))
            {
                var part = taken.Add(figure.Key) ? figure : figure with { Key = figure.TextKey };
                taken.Add(part.Key);
                // The targets' row of the same wording first: a year's plan written "Giảm 1%" reads as another
                // indicator (a reduction, higher is better) than the term's "Tỷ lệ hộ nghèo" 8 → 3, yet it is that row.
                if (!byText.TryGetValue(part.TextKey, out var line) && !byKey.TryGetValue(part.Key, out line))
                {
                    line = new Line(part);
                    byKey[part.Key] = line;
                    lines.Add(line);
                }
                line.Baseline ??= part.Baseline;
                line.Years[year] = part;
            }
        }

        var indicators = lines.Select(line => Indicator(line, term, givenBaselines)).ToArray();
        return new CommuneProgress(commune, term.ToString(), byYear.Keys.ToArray(), indicators);
    }

    private static IndicatorProgress Indicator(Line line, Term term, IReadOnlyDictionary<string, decimal>? givenBaselines)
    {
        var first = line.First;
        var baseline = line.Baseline ?? (first.Code is { } code && givenBaselines?.TryGetValue(code, out var given) == true ? given : null);
        var values = line.Years.Select(y => Value(y.Key, y.Value, first, baseline, term)).ToArray();
        return new IndicatorProgress(first.Code, first.Name, first.Unit, first.Direction, baseline, first.Target, values, first.Part,
            first.Qualitative || line.Years.Values.Any(p => p.Qualitative));
    }

    private static ProgressValue Value(int year, RowFigure reported, RowFigure term, decimal? baseline, Term span)
    {
        var expected = ExpectedShare.At(span, year);
        if (reported.Qualitative || term.Qualitative || reported.Value is not { } value || term.Target is not { } target)
            return new ProgressValue(year, reported.Qualitative ? null : reported.Value, reported.Estimate, reported.Plan, reported.PlanStatus, null, expected, null, reported.ValueText);
        var (share, assessment) = ProgressRule.Assess(baseline, target, value, term.Direction, expected);
        return new ProgressValue(year, value, reported.Estimate, reported.Plan, reported.PlanStatus,
            share is { } s ? Math.Round(s, ShareDecimals) : null, expected, assessment, reported.ValueText);
    }

    /// <summary>One figure of a row: the row itself, or each part of a composite with its own code.</summary>
    private static IEnumerable<RowFigure> PartsOf(ScoredTarget scored, bool hasPlan)
    {
        var row = scored.Row;
        var direction = scored.Direction;
        var termTarget = hasPlan ? row.TermTarget : row.Target;
        var codes = scored.PartCodes;
        var count = codes?.Count ?? 1;
        var units = codes is null ? [row.Unit] : UnitNames.PerPart(row.Unit, count);
        for (var i = 0; i < count; i++)
        {
            int? index = codes is null ? null : i;
            var code = codes is null ? scored.IndicatorCode : codes[i];
            var value = Figure(row.Actual, direction, index, count);
            var plan = hasPlan ? Figure(row.Target, direction, index, count) : null;
            // A composite's parts are judged each against its own plan, as the scorer judges them.
            var planStatus = !hasPlan ? null
                : codes is null ? scored.Status
                : plan is { } p && value is { } v && scored.PartRatios.Count == count ? TargetScorer.StatusOf(p, v, scored.PartRatios[i], direction) : (TargetStatus?)null;
            var textKey = TextKey(row, index + 1);
            yield return new RowFigure(code ?? textKey, code, row.Indicator, units[i], direction, index + 1, codes is null && scored.Qualitative)
            {
                TextKey = textKey,
                Target = Figure(termTarget, direction, index, count),
                Baseline = Figure(row.Baseline, direction, index, count),
                Value = value,
                Plan = plan,
                PlanStatus = planStatus,
                Estimate = row.Estimate,
                ValueText = row.Actual.Text,
            };
        }
    }

    /// <summary>
    /// The figure of a cell: its only figure, the near end of a range (the low end when higher is better, the
    /// high end when lower is), or part <paramref name="part"/> of a composite of <paramref name="parts"/>; null otherwise.
    /// </summary>
    private static decimal? Figure(AnnexValue cell, Direction direction, int? part, int parts)
    {
        if (part is { } index) return cell.Kind == ValueKind.Figures && cell.Parts.Count == parts ? cell.Parts[index] : null;
        return cell.Kind switch
        {
            ValueKind.Figures when cell.Parts.Count == 1 => cell.Parts[0],
            ValueKind.Range => direction == Direction.Higher ? cell.Parts[0] : cell.Parts[1],
            _ => null,
        };
    }

    private static string TextKey(AnnexRow row, int? part) => $"text:{VietnameseText.Fold(row.Indicator)}#{part}";

    /// <summary>One figure of one row of one annex, keyed for matching across annexes: by code, else (or when the code is taken) by text.</summary>
    private sealed record RowFigure(string Key, string? Code, string Name, string Unit, Direction Direction, int? Part, bool Qualitative)
    {
        public required string TextKey { get; init; }
        public decimal? Target { get; init; }
        public decimal? Baseline { get; init; }
        public decimal? Value { get; init; }
        public decimal? Plan { get; init; }
        public TargetStatus? PlanStatus { get; init; }
        public bool Estimate { get; init; }
        public string? ValueText { get; init; }
    }

    /// <summary>An indicator being gathered: the term's figure first, then each year's.</summary>
    private sealed class Line(RowFigure first)
    {
        public RowFigure First { get; } = first;
        public decimal? Baseline { get; set; } = first.Baseline;
        public SortedDictionary<int, RowFigure> Years { get; } = [];
    }
}
