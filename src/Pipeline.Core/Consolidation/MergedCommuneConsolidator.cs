using System.Globalization;
using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Core.Text;
using Pipeline.Core.Units;
using Pipeline.Core.Values;

namespace Pipeline.Core.Consolidation;

/// <summary>
/// Consolidates the predecessors of a merged commune (docs/consolidation.md, "A merged commune's summary"): puts them
/// side by side, matches their indicators by catalogue code — by meaning, never by text —
/// sums and re-scores the additive ones, gives the range of the others, and sets the new
/// commune's first-term targets beside what its predecessors achieved. Pure: the same
/// annexes give the same summary, whichever host or command asks.
/// </summary>
public static class MergedCommuneConsolidator
{
    public const string TargetBelowBaseline = "target-below-baseline";

    public static MergedCommuneSummary Consolidate(
        Merger merger, string communeName, IReadOnlyList<PredecessorAnnexes> predecessors, NewTermAnnexes newTerm,
        IndicatorCatalogue catalogue, DateTimeOffset computedAt)
    {
        ArgumentNullException.ThrowIfNull(merger);
        ArgumentNullException.ThrowIfNull(predecessors);
        ArgumentNullException.ThrowIfNull(newTerm);
        ArgumentNullException.ThrowIfNull(catalogue);

        var present = predecessors.Where(p => !p.Missing).ToArray();
        var missing = predecessors.Where(p => p.Missing).Select(p => p.Name).ToArray();
        var (valuesByCode, notesByCode) = ValuesByCode(present, catalogue);
        var shared = valuesByCode
            .Where(entry => entry.Value.Count >= 2)
            .Select(entry => Share(entry.Key, entry.Value, notesByCode.GetValueOrDefault(entry.Key) ?? [], present, missing, catalogue))
            .ToArray();
        var newTargets = newTerm.Annexes
            .SelectMany(a => a.Targets)
            .Select(t => AgainstBaseline(t, valuesByCode, missing, catalogue))
            .ToArray();

        return new MergedCommuneSummary(
            MergedSummaryKind.Merged,
            merger.Into.ToString(),
            communeName,
            merger.BaselineTerm,
            merger.NewTerm,
            merger.Effective.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            merger.LegalBasis,
            predecessors.Select(Describe).ToArray(),
            new MergedTotals(predecessors.Count, present.Length, present.Sum(p => p.Annexes.Sum(a => a.Targets.Count)),
                CommuneSummary.Combine(present.SelectMany(p => p.Annexes))),
            shared,
            new NewTermTargetsReport(newTerm.Source?.Label, newTerm.Source is null, newTargets),
            computedAt);
    }

    private static PredecessorReport Describe(PredecessorAnnexes predecessor)
    {
        if (predecessor.Missing)
            return new PredecessorReport(predecessor.Commune, predecessor.Name, true, null, null, 0, null, FindingTally.None);
        var findings = predecessor.Annexes.SelectMany(a => a.Targets).SelectMany(t => t.Findings).ToArray();
        return new PredecessorReport(
            predecessor.Commune, predecessor.Name, false, predecessor.Source?.Label, predecessor.ScoredAt,
            predecessor.Annexes.Sum(a => a.Targets.Count),
            CommuneSummary.Combine(predecessor.Annexes),
            FindingTally.Of(findings.Select(f => f.Severity)));
    }

    /// <summary>
    /// Each predecessor's first row — or part of a composite row — per catalogue code, in the order
    /// the codes first appear; and, per code, notes on the composite parts that could not be attributed.
    /// </summary>
    private static (Dictionary<string, List<IndicatorValue>> Values, Dictionary<string, List<string>> Notes) ValuesByCode(
        IReadOnlyList<PredecessorAnnexes> present, IndicatorCatalogue catalogue)
    {
        var byCode = new Dictionary<string, List<IndicatorValue>>(StringComparer.Ordinal);
        var notes = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var predecessor in present)
        {
            foreach (var target in predecessor.Annexes.SelectMany(a => a.Targets))
            {
                var partCodes = target.PartCodes ?? StoredPartCodes(target, catalogue);
                if (partCodes is null)
                {
                    if (target.IndicatorCode is { } code)
                        Add(code, predecessor, target, Single(target.Target), target.TargetText, Single(target.Actual), target.ActualText, target.Unit, target.Ratio, target.Status, null);
                    continue;
                }
                var units = UnitNames.PerPart(target.Unit, partCodes.Count);
                var paired = target.Actual.Count == target.Target.Count;
                for (var i = 0; i < partCodes.Count; i++)
                {
                    if (partCodes[i] is not { } partCode) continue;
                    var direction = catalogue.Find(partCode)?.Direction ?? target.Direction;
                    decimal? actual = paired ? target.Actual[i] : null;
                    var ratio = actual is { } a ? TargetScorer.PartRatio(target.Target[i], a, direction) : null;
                    var status = actual is { } b ? TargetScorer.StatusOf(target.Target[i], b, ratio, direction) : (TargetStatus?)null;
                    Add(partCode, predecessor, target, target.Target[i], VietnameseNumber.Format(target.Target[i]),
                        actual, actual is { } c ? VietnameseNumber.Format(c) : target.ActualText,
                        units[i].Length > 0 ? units[i] : target.Unit, AnnexReports.Round(ratio), status, i + 1);
                }
                if (target.IndicatorCode is not { } rowCode) continue;
                var unattributed = Enumerable.Range(0, partCodes.Count).Where(i => partCodes[i] is null).ToArray();
                if (unattributed.Length > 0)
                {
                    if (!notes.TryGetValue(rowCode, out var list)) notes[rowCode] = list = [];
                    // Said in the commune's own numbering and words: which figure of which cell was left out, and why.
                    var what = string.Join(", ", unattributed.Select(i => paired
                        ? $"{VietnameseNumber.Format(target.Target[i])} (kết quả {VietnameseNumber.Format(target.Actual[i])})"
                        : VietnameseNumber.Format(target.Target[i])));
                    list.Add($"{predecessor.Name}, chỉ tiêu số {target.Ordinal} (ô ghi “{target.TargetText}”): chưa rõ số {what} thuộc chỉ tiêu nào trong danh mục nên chưa cộng vào tổng.");
                }
                // The row's own indicator got none of its parts: it is there, without a usable figure.
                if (!partCodes.Contains(rowCode))
                    Add(rowCode, predecessor, target, null, target.TargetText, null, target.ActualText, target.Unit, target.Ratio, target.Status, null);
            }
        }
        return (byCode, notes);

        void Add(string code, PredecessorAnnexes predecessor, TargetReport target, decimal? value, string valueText, decimal? actual, string actualText,
            string unit, decimal? ratio, TargetStatus? status, int? part)
        {
            if (!byCode.TryGetValue(code, out var values)) byCode[code] = values = [];
            var added = new IndicatorValue(
                predecessor.Commune, predecessor.Name, target.Row, target.Ordinal, target.Indicator, unit,
                value, valueText, actual, actualText, ratio, status, part);
            // A second row with the same meaning: the first one speaks, unless only the second holds figures.
            var earlier = values.FindIndex(v => v.Commune == predecessor.Commune);
            if (earlier < 0) values.Add(added);
            else if ((values[earlier].Target is null || values[earlier].Actual is null) && value is not null && actual is not null) values[earlier] = added;
        }
    }

    /// <summary>Part codes for a report stored before scoring recorded them: attributed again from its text.</summary>
    private static IReadOnlyList<string?>? StoredPartCodes(TargetReport target, IndicatorCatalogue catalogue)
    {
        if (target.Target.Count < 2) return null;
        var value = AnnexValueParser.Parse(target.TargetText);
        return value.Parts.SequenceEqual(target.Target) ? CompositeParts.Attribute(catalogue, target.Indicator, target.Unit, value) : null;
    }

    private static SharedIndicator Share(string code, List<IndicatorValue> values, List<string> notes, IReadOnlyList<PredecessorAnnexes> present,
        IReadOnlyList<string> missing, IndicatorCatalogue catalogue)
    {
        var indicator = catalogue.Find(code);
        var direction = indicator?.Direction ?? Direction.Higher;
        var additive = indicator?.Additive ?? false;
        var missingFrom = present.Where(p => values.All(v => v.Commune != p.Commune)).Select(p => p.Commune).ToArray();
        var unit = values.Select(v => v.Unit).FirstOrDefault(u => u.Length > 0) ?? indicator?.Unit ?? "";
        var usable = values.Where(v => v.Target is not null && v.Actual is not null).ToArray();
        var unusable = values.Where(v => v.Target is null || v.Actual is null).Select(v => v.Name).ToArray();
        var lacks = missing.Concat(unusable).ToArray();

        ConsolidatedValue? consolidated = null;
        ValueRange? range = null;
        var said = new List<string>();
        if (additive)
        {
            if (usable.Length == 0)
                said.Add("Không xã nào ghi chỉ tiêu và kết quả là một con số, nên không cộng được.");
            else if (usable.Any(v => !usable.All(w => UnitNames.Same(v.Unit, w.Unit))))
                said.Add("Các xã ghi đơn vị tính khác nhau, nên không cộng được.");
            else
            {
                var target = usable.Sum(v => v.Target!.Value);
                var actual = usable.Sum(v => v.Actual!.Value);
                var ratio = TargetScorer.PartRatio(target, actual, direction);
                var status = TargetScorer.StatusOf(target, actual, ratio, direction);
                consolidated = new ConsolidatedValue(target, actual, AnnexReports.Round(ratio), status, lacks.Length > 0, lacks.Length > 0 ? lacks : null);
                if (unusable.Length > 0)
                    said.Add($"Tổng chưa đủ: {string.Join(", ", unusable)} không ghi chỉ tiêu và kết quả là một con số, nên chưa được cộng.");
            }
        }
        else
        {
            var targets = values.Where(v => v.Target is not null).Select(v => v.Target!.Value).ToArray();
            var actuals = values.Where(v => v.Actual is not null).Select(v => v.Actual!.Value).ToArray();
            range = new ValueRange(
                targets.Length > 0 ? targets.Min() : null, targets.Length > 0 ? targets.Max() : null,
                actuals.Length > 0 ? actuals.Min() : null, actuals.Length > 0 ? actuals.Max() : null);
            if (unusable.Length > 0)
                said.Add($"Khoảng chưa gồm {string.Join(", ", unusable)}: không ghi chỉ tiêu và kết quả là một con số.");
        }
        said.AddRange(notes);
        return new SharedIndicator(code, indicator?.Name ?? values[0].Indicator, unit, additive, direction,
            values, missingFrom, consolidated, range, said.Count > 0 ? string.Join(" ", said) : null);
    }

    private static NewTermTarget AgainstBaseline(TargetReport target, Dictionary<string, List<IndicatorValue>> valuesByCode, IReadOnlyList<string> missing, IndicatorCatalogue catalogue)
    {
        var value = Single(target.Target);
        var baseline = target.IndicatorCode is { } code && valuesByCode.TryGetValue(code, out var values)
            ? BaselineOf(values, catalogue.Find(code)?.Additive ?? false, missing)
            : null;
        var below = value is { } v && baseline is not null && IsBelow(v, baseline, target.Direction);
        var finding = below ? BelowBaselineFinding(value!.Value, baseline!, target.Direction) : null;
        return new NewTermTarget(target.Row, target.Ordinal, target.Indicator, target.IndicatorCode, target.Unit,
            value, target.TargetText, baseline, below, finding);
    }

    /// <summary>
    /// The predecessors' actuals for a code: summed or ranged. Partial, naming whom it lacks, when a
    /// predecessor's annex is missing or its row for the code holds no usable result.
    /// </summary>
    private static Baseline? BaselineOf(List<IndicatorValue> values, bool additive, IReadOnlyList<string> missing)
    {
        var actuals = values.Where(v => v.Actual is not null).ToArray();
        if (actuals.Length == 0) return null;
        var from = actuals.Select(v => v.Commune).ToArray();
        var lacks = missing.Concat(values.Where(v => v.Actual is null).Select(v => v.Name)).ToArray();
        var partial = lacks.Length > 0;
        return additive
            ? new Baseline(BaselineKind.Sum, actuals.Sum(v => v.Actual!.Value), null, null, partial, from, partial ? lacks : null)
            : new Baseline(BaselineKind.Range, null, actuals.Min(v => v.Actual!.Value), actuals.Max(v => v.Actual!.Value), partial, from, partial ? lacks : null);
    }

    /// <summary>
    /// Asking for less than was already achieved: below the summed actuals (or above them when
    /// less is better); for a rate, worse than every predecessor did. A partial sum still
    /// counts — the full one could only be larger.
    /// </summary>
    private static bool IsBelow(decimal target, Baseline baseline, Direction direction) => (baseline.Kind, direction) switch
    {
        (BaselineKind.Sum, Direction.Higher) => target < baseline.Value,
        (BaselineKind.Sum, Direction.Lower) => target > baseline.Value,
        (BaselineKind.Range, Direction.Higher) => target < baseline.Min,
        _ => target > baseline.Max,
    };

    private static FindingReport BelowBaselineFinding(decimal target, Baseline baseline, Direction direction)
    {
        var achieved = baseline.Kind == BaselineKind.Sum
            ? $"{VietnameseNumber.Format(baseline.Value!.Value)}, tổng kết quả các xã cũ đạt được"
            : $"{VietnameseNumber.Format(baseline.Min!.Value)}–{VietnameseNumber.Format(baseline.Max!.Value)}, kết quả các xã cũ đạt được";
        var comparison = direction == Direction.Higher ? "thấp hơn" : "cao hơn";
        var message = $"Chỉ tiêu nhiệm kỳ mới ({VietnameseNumber.Format(target)}) {comparison} mức đã đạt ({achieved}) — chỉ tiêu đặt thấp hơn thực tế, nên xem lại.";
        var baselineText = baseline.Kind == BaselineKind.Sum
            ? string.Create(CultureInfo.InvariantCulture, $"sum of actuals {baseline.Value}")
            : string.Create(CultureInfo.InvariantCulture, $"actuals {baseline.Min}-{baseline.Max}");
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"New-term target {target} is {(direction == Direction.Higher ? "below" : "above")} the predecessors' baseline ({baselineText}).");
        return new FindingReport(TargetBelowBaseline, FindingSeverity.Warning, message, detail);
    }

    private static decimal? Single(IReadOnlyList<decimal> parts) => parts.Count == 1 ? parts[0] : null;
}
