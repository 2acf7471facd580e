using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Periods;
using Pipeline.Core.Scoring;
using Pipeline.Core.Text;
using Pipeline.Core.Units;
using Pipeline.Core.Values;

namespace Pipeline.Core.Progress;

/// <summary>
/// A commune's progress toward its term's targets from its scored targets annex and its scored yearly annexes
/// (docs/progress.md). Each target row is one indicator, a composite row one per part; a yearly row joins the
/// targets' row of the same wording, else of its catalogue code (a part's own code for a composite), else, for a
/// single figure, the composite clause of its wording (<see cref="Join"/>); under a composite its figures find their
/// parts by what they count (<see cref="PartPairing"/>). The term's target and direction come from the targets annex, else from the yearly row
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
        var rows = new List<TermRow>();
        var byWording = new Dictionary<string, TermRow>();
        foreach (var scored in targets.Targets)
        {
            var row = new TermRow(scored);
            foreach (var figure in PartsOf(scored, hasPlan: false))
            {
                // Two rows of one indicator (the same code) stay two: the second goes by its text.
                var part = byKey.ContainsKey(figure.Key) ? figure with { Key = figure.TextKey } : figure;
                var line = new Line(part, row);
                if (!byKey.TryAdd(part.Key, line)) continue;
                lines.Add(line);
                row.Lines[(part.Part ?? 1) - 1] = line;
            }
            rows.Add(row);
            byWording.TryAdd(VietnameseText.Fold(scored.Row.Indicator), row);
        }
        foreach (var (year, annex) in byYear)
        {
            var taken = new HashSet<string>();
            foreach (var scored in annex.Targets)
            {
                if (Join(scored, year, annex.Annex.HasYearPlan, byWording, byKey, rows)) continue;
                // A row the targets annex lacks: followed on its own, each figure by its code, else its text.
                foreach (var figure in PartsOf(scored, annex.Annex.HasYearPlan))
                {
                    var part = taken.Add(figure.Key) && (!byKey.TryGetValue(figure.Key, out var found) || IsSameIndicator(found, figure, year)) ? figure : figure with { Key = figure.TextKey };
                    taken.Add(part.Key);
                    if (!byKey.TryGetValue(part.Key, out var line))
                    {
                        line = new Line(part, null);
                        byKey[part.Key] = line;
                        lines.Add(line);
                    }
                    line.Place(year, part);
                }
            }
        }

        var indicators = lines.Select(line => Indicator(line, term, givenBaselines)).ToArray();
        return new CommuneProgress(commune, term.ToString(), byYear.Keys.ToArray(), indicators);
    }

    /// <summary>
    /// Whether a year's row found by its catalogue code alone is the indicator of <paramref name="line"/>: not when another
    /// row of the same annex already gave the line this year's figure (a "trong đó" row, the same figure in another unit:
    /// the first stands), nor when the row's own term target ("Chỉ tiêu NQ đến năm 2030": 3, "Giảm còn dưới 3%") is not
    /// the term's row's (2, "giảm bình quân 2%/năm"): one code, two indicators. Such a row is followed on its own.
    /// </summary>
    private static bool IsSameIndicator(Line line, RowFigure figure, int year) =>
        !line.Years.ContainsKey(year)
        && (line.Row is null || figure.Target is not { } own || line.First.Target is not { } term || own == term);

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
            return new ProgressValue(year, reported.Qualitative ? null : reported.Value, reported.Estimate, reported.Plan, reported.PlanStatus, null, expected, null, reported.ValueText, reported.Note);
        var (share, assessment) = ProgressRule.Assess(baseline, target, value, term.Direction, expected);
        return new ProgressValue(year, value, reported.Estimate, reported.Plan, reported.PlanStatus,
            share is { } s ? Math.Round(s, ShareDecimals) : null, expected, assessment, reported.ValueText);
    }

    /// <summary>One figure of a row: the row itself, or each part of a composite with its own code.</summary>
    private static IEnumerable<RowFigure> PartsOf(ScoredTarget scored, bool hasPlan)
    {
        var row = scored.Row;
        var termTarget = hasPlan ? row.TermTarget : row.Target;
        // The way toward the term's target is the term target's: a written bound says it ("Giảm còn dưới 3%" beside a plan
        // "Giảm 1%" the scorer read as a reduction to reach), else the scorer's.
        var direction = !hasPlan ? scored.Direction
            : termTarget.Bound switch { Bound.Ceiling => Direction.Lower, Bound.Floor => Direction.Higher, _ => scored.Direction };
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
                : plan is { } p && value is { } v && scored.PartRatios.Count == count ? TargetScorer.StatusOf(p, v, scored.PartRatios[i], scored.Direction) : (TargetStatus?)null;
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

    /// <summary>
    /// Joins a year's row to the targets' row it reports (docs/progress.md, "How a year's row finds the term's"): the
    /// row of the same wording; else, for a single figure, the composite part of its code, or the composite clause of its
    /// wording; for a composite, the composite holding one of its parts' codes. Under a composite its figures go to the
    /// parts by <see cref="PartPairing"/>. False when it joins none, or a single target by code (followed by its code as before).
    /// </summary>
    private static bool Join(ScoredTarget scored, int year, bool hasPlan, Dictionary<string, TermRow> byWording, Dictionary<string, Line> byKey, List<TermRow> rows)
    {
        var composite = scored.PartCodes is not null;
        int? part = null;
        if (!byWording.TryGetValue(VietnameseText.Fold(scored.Row.Indicator), out var row))
        {
            if (!composite && scored.IndicatorCode is { } code && byKey.TryGetValue(code, out var line) && line.Row is { IsComposite: true } holder)
                (row, part) = (holder, line.Part - 1);
            else if (composite && scored.PartCodes!.OfType<string>().Select(byKey.GetValueOrDefault).FirstOrDefault(l => l?.Row is { IsComposite: true }) is { Row: { } partsOf })
                row = partsOf;
            else if (!composite && ByClause(scored.Row.Indicator, rows) is { } clause)
                (row, part) = clause;
            else return false;
        }
        if (!row.IsComposite)
        {
            if (composite || row.Lines[0] is not { } line) return false;
            line.Place(year, PartsOf(scored, hasPlan).Single());
            return true;
        }
        if (scored.Qualitative) return false; // words: no figure to give a part

        var cells = new YearCells(scored.Row, hasPlan);
        if (!cells.Several) return JoinSingle(scored, year, cells, row, part);
        var direction = scored.Direction;
        var values = cells.Pair(cells.Actual, row);
        var plans = cells.Pair(cells.Plan, row);
        var targets = cells.Pair(cells.TermTarget, row);
        var baselines = cells.Pair(cells.Baseline, row);
        for (var i = 0; i < row.Lines.Length; i++)
        {
            if (row.Lines[i] is not { } line) continue;
            line.Baseline ??= baselines.Values[i];
            var (value, plan) = (values.Values[i], plans.Values[i]);
            var note = value is null ? Note(values, cells.Actual, year, row, i) ?? Note(plans, cells.Plan, year, row, i) : null;
            if (value is null && plan is null && note is null) continue; // nothing reported for this part this year
            line.Place(year, line.First with
            {
                Target = targets.Values[i],
                Baseline = baselines.Values[i],
                Value = value,
                Plan = plan,
                // Each part against its own plan, as the scorer judges a composite's parts.
                PlanStatus = plan is { } p && value is { } v ? TargetScorer.StatusOf(p, v, TargetScorer.PartRatio(p, v, direction), direction) : null,
                Estimate = scored.Row.Estimate,
                ValueText = scored.Row.Actual.Text,
                Note = note,
            });
        }
        return true;
    }

    /// <summary>
    /// A year's single figure under a composite target: to the part its code or clause named, else the part its cue
    /// (the result's, else the plan's, else the term target's) fits; none fitting, or several, is a note on each part.
    /// </summary>
    private static bool JoinSingle(ScoredTarget scored, int year, YearCells cells, TermRow row, int? part)
    {
        var figure = PartsOf(scored, cells.HasPlan).Single();
        if (part is null)
        {
            if (new[] { cells.Actual, cells.Plan, cells.TermTarget }.FirstOrDefault(c => c is { Kind: ValueKind.Figures, Parts.Count: 1 }) is not { } cell) return false;
            var pairs = cells.Pair(cell, row);
            if (pairs.Values.All(v => v is null))
            {
                for (var i = 0; i < row.Lines.Length; i++)
                    row.Lines[i]?.Place(year, row.Lines[i]!.First with { Value = null, Estimate = figure.Estimate, ValueText = figure.ValueText, Note = Note(pairs, cell, year, row, i) });
                return true;
            }
            part = Array.FindIndex(pairs.Values, v => v is not null);
        }
        if (row.Lines[part.Value] is not { } line) return false;
        line.Place(year, figure);
        return true;
    }

    /// <summary>
    /// The single composite clause of the targets whose wording (figures left out) holds the year row's or is held by it:
    /// its row, and its part when the clause carries one part's figure (<see cref="CompositeParts.ClauseOf"/>); null when none or several.
    /// </summary>
    private static (TermRow Row, int? Part)? ByClause(string indicator, List<TermRow> rows)
    {
        var words = Words(indicator);
        var found = rows.Where(r => r.IsComposite)
            .SelectMany(r => r.Clauses.Select((clause, index) => (Row: r, Index: index, Words: Words(clause))))
            .Where(c => Holds(c.Words, words) || Holds(words, c.Words))
            .ToArray();
        if (found.Length != 1) return null;
        var (row, clause, _) = found[0];
        var parts = Enumerable.Range(0, row.Lines.Length).Where(i => row.ClauseOf[i] == clause).ToArray();
        return (row, parts.Length == 1 ? parts[0] : null);
    }

    /// <summary>A wording must have this many words to find a composite's clause: "Tỷ lệ" alone is in every other clause.</summary>
    private const int MinClauseWords = 2;

    /// <summary>
    /// True when <paramref name="holder"/> holds <paramref name="held"/> on word boundaries and <paramref name="held"/> is
    /// at least <see cref="MinClauseWords"/> words and half of <paramref name="holder"/>'s: "đảng viên" is in many a clause
    /// without being one.
    /// </summary>
    private static bool Holds(string holder, string held)
    {
        var (holderWords, heldWords) = (holder.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, held.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
        return heldWords >= MinClauseWords && 2 * heldWords >= holderWords && VietnameseText.ContainsPhrase(holder, held);
    }

    /// <summary>The folded words of a text without its figures: "Trồng mới 2.500 cây" → "trong moi cay".</summary>
    private static string Words(string text) =>
        string.Join(' ', VietnameseText.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => !w.Any(char.IsAsciiDigit) && w != "%"));

    /// <summary>The note for part <paramref name="part"/> left without a figure of <paramref name="cell"/> because the pairing could not settle; null otherwise.</summary>
    private static ProgressNote? Note(PairedCell paired, AnnexValue cell, int year, TermRow row, int part)
    {
        if (paired.Basis is not (PairingBasis.Ambiguous or PairingBasis.NoFit) || paired.Values[part] is not null) return null;
        var indicator = Excerpt.Of(row.Scored.Row.Indicator);
        return paired.Basis == PairingBasis.Ambiguous
            ? new ProgressNote(ProgressNoteKind.PartsAmbiguous,
                $"Năm {year}: số liệu \"{Excerpt.Of(cell.Text)}\" có thể thuộc nhiều phần của chỉ tiêu \"{indicator}\", không xác định được phần {part + 1}; chưa đánh giá phần này.",
                $"{year}: the figures '{Excerpt.Of(cell.Text)}' fit more than one part of the composite target '{indicator}'; part {part + 1} left without a value.")
            : new ProgressNote(ProgressNoteKind.PartsUnmatched,
                $"Năm {year}: số liệu \"{Excerpt.Of(cell.Text)}\" không khớp với phần nào của chỉ tiêu \"{indicator}\" (khác đơn vị hoặc nhiều số hơn số phần); chưa đánh giá phần {part + 1}.",
                $"{year}: the figures '{Excerpt.Of(cell.Text)}' fit no part of the composite target '{indicator}' (another unit, or more figures than parts); part {part + 1} left without a value.");
    }

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
        public ProgressNote? Note { get; init; }
    }

    /// <summary>An indicator being gathered: the term's figure first (its targets' row, when it has one), then each year's.</summary>
    private sealed class Line(RowFigure first, TermRow? row)
    {
        public RowFigure First { get; } = first;
        public TermRow? Row { get; } = row;
        public int? Part => First.Part;
        public decimal? Baseline { get; set; } = first.Baseline;
        public SortedDictionary<int, RowFigure> Years { get; } = [];

        public void Place(int year, RowFigure figure)
        {
            Baseline ??= figure.Baseline;
            Years[year] = figure;
        }
    }

    /// <summary>A row of the term's targets: its lines (one per part of a composite) and what tells its parts apart.</summary>
    private sealed class TermRow
    {
        public TermRow(ScoredTarget scored)
        {
            Scored = scored;
            var cell = scored.Row.Target;
            var count = scored.PartCodes?.Count ?? 1;
            Lines = new Line?[count];
            Clauses = IndicatorClauses.Split(scored.Row.Indicator);
            var inText = FigureCue.InText(scored.Row.Indicator);
            var cues = FigureCue.Of(cell, scored.Row.Unit);
            // The cell's own words and the unit column first; else the words after the same figure in the indicator ("che phủ rừng đạt 34%").
            Cues = cues.Count != count ? Enumerable.Repeat(new FigureCue(0, ""), count).ToArray()
                : cues.Select(c => c.Unit.Length > 0 ? c : inText.Where(t => t.Value == c.Value).ToArray() is [{ Unit.Length: > 0 } only] ? c with { Unit = only.Unit } : c).ToArray();
            ClauseOf = cues.Count == count ? CompositeParts.ClauseOf(Clauses, cell.Parts) : new int?[count];
        }

        public ScoredTarget Scored { get; }
        public Line?[] Lines { get; }
        public bool IsComposite => Lines.Length > 1;
        public IReadOnlyList<FigureCue> Cues { get; }
        public IReadOnlyList<string> Clauses { get; }
        public IReadOnlyList<int?> ClauseOf { get; }
    }

    /// <summary>A year row's cells as the term's: the result, the year's plan (none without one), the term's target, the baseline.</summary>
    private sealed class YearCells(AnnexRow row, bool hasPlan)
    {
        public bool HasPlan { get; } = hasPlan;
        public AnnexValue Actual { get; } = row.Actual;
        public AnnexValue Plan { get; } = hasPlan ? row.Target : AnnexValue.Empty;
        public AnnexValue TermTarget { get; } = hasPlan ? row.TermTarget : row.Target;
        public AnnexValue Baseline { get; } = row.Baseline;

        /// <summary>
        /// The result (else, with none, the plan) holds several figures: a composite, or two written low before high
        /// ("50-70"), which under a composite target are its two parts, not a range.
        /// </summary>
        public bool Several => (row.Actual.IsReadable ? row.Actual : Plan).Parts.Count > 1;

        /// <summary>The figures of <paramref name="cell"/> by part of <paramref name="term"/>'s composite.</summary>
        public PairedCell Pair(AnnexValue cell, TermRow term)
        {
            var values = new decimal?[term.Lines.Length];
            if (cell.Kind is not (ValueKind.Figures or ValueKind.Range)) return new PairedCell(values, PairingBasis.Cues);
            // The row's own copy of the term's target, in another order, says the order the row writes its parts in.
            var order = TermTarget.Kind is ValueKind.Figures or ValueKind.Range ? PartPairing.WrittenOrder(TermTarget.Parts, term.Cues.Select(c => c.Value).ToArray()) : null;
            var pairs = PartPairing.Pair(FigureCue.Of(cell, row.Unit), term.Cues, order);
            for (var i = 0; i < pairs.PartOf.Count; i++)
                if (pairs.PartOf[i] is { } part) values[part] = cell.Parts[i];
            return new PairedCell(values, pairs.Basis);
        }
    }

    /// <summary>A cell's figures by part (null where none), and how they were paired.</summary>
    private sealed record PairedCell(decimal?[] Values, PairingBasis Basis);
}
