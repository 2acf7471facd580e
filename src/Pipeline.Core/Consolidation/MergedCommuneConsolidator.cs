using System.Globalization;
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
        var valuesByCode = ValuesByCode(present);
        var anyMissing = present.Length < predecessors.Count;
        var shared = valuesByCode
            .Where(entry => entry.Value.Count >= 2)
            .Select(entry => Share(entry.Key, entry.Value, present, anyMissing, catalogue))
            .ToArray();
        var newTargets = newTerm.Annexes
            .SelectMany(a => a.Targets)
            .Select(t => AgainstBaseline(t, valuesByCode, anyMissing, catalogue))
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
            return new PredecessorReport(predecessor.Commune, predecessor.Name, true, null, null, 0, null, new FindingTally(0, 0, 0));
        var findings = predecessor.Annexes.SelectMany(a => a.Targets).SelectMany(t => t.Findings).ToArray();
        return new PredecessorReport(
            predecessor.Commune, predecessor.Name, false, predecessor.Source?.Label, predecessor.ScoredAt,
            predecessor.Annexes.Sum(a => a.Targets.Count),
            CommuneSummary.Combine(predecessor.Annexes),
            new FindingTally(findings.Count(f => f.Severity == FindingSeverity.Error), findings.Count(f => f.Severity == FindingSeverity.Warning), findings.Count(f => f.Severity == FindingSeverity.Info)));
    }

    /// <summary>Each predecessor's first row per catalogue code, in the order the codes first appear.</summary>
    private static Dictionary<string, List<IndicatorValue>> ValuesByCode(IReadOnlyList<PredecessorAnnexes> present)
    {
        var byCode = new Dictionary<string, List<IndicatorValue>>(StringComparer.Ordinal);
        foreach (var predecessor in present)
        {
            foreach (var target in predecessor.Annexes.SelectMany(a => a.Targets))
            {
                if (target.IndicatorCode is not { } code) continue;
                if (!byCode.TryGetValue(code, out var values)) byCode[code] = values = [];
                if (values.Any(v => v.Commune == predecessor.Commune)) continue; // a second row with the same meaning: the first one speaks
                values.Add(new IndicatorValue(
                    predecessor.Commune, predecessor.Name, target.Row, target.Ordinal, target.Indicator, target.Unit,
                    Single(target.Target), target.TargetText, Single(target.Actual), target.ActualText, target.Ratio, target.Status));
            }
        }
        return byCode;
    }

    private static SharedIndicator Share(string code, List<IndicatorValue> values, IReadOnlyList<PredecessorAnnexes> present, bool partial, IndicatorCatalogue catalogue)
    {
        var indicator = catalogue.Find(code);
        var direction = indicator?.Direction ?? Direction.Higher;
        var additive = indicator?.Additive ?? false;
        var missingFrom = present.Where(p => values.All(v => v.Commune != p.Commune)).Select(p => p.Commune).ToArray();
        var unit = values.Select(v => v.Unit).FirstOrDefault(u => u.Length > 0) ?? indicator?.Unit ?? "";

        ConsolidatedValue? consolidated = null;
        ValueRange? range = null;
        string? note = null;
        if (additive)
        {
            if (values.Any(v => v.Target is null || v.Actual is null))
                note = "Có xã ghi chỉ tiêu hoặc kết quả không phải một con số, nên không cộng được.";
            else if (values.Select(v => VietnameseText.Fold(v.Unit)).Where(u => u.Length > 0).Distinct().Count() > 1)
                note = "Các xã ghi đơn vị tính khác nhau, nên không cộng được.";
            else
            {
                var target = values.Sum(v => v.Target!.Value);
                var actual = values.Sum(v => v.Actual!.Value);
                var ratio = TargetScorer.PartRatio(target, actual, direction);
                var status = TargetScorer.StatusOf(target, actual, ratio, direction);
                consolidated = new ConsolidatedValue(target, actual, AnnexReports.Round(ratio), status, partial);
            }
        }
        else
        {
            var targets = values.Where(v => v.Target is not null).Select(v => v.Target!.Value).ToArray();
            var actuals = values.Where(v => v.Actual is not null).Select(v => v.Actual!.Value).ToArray();
            range = new ValueRange(
                targets.Length > 0 ? targets.Min() : null, targets.Length > 0 ? targets.Max() : null,
                actuals.Length > 0 ? actuals.Min() : null, actuals.Length > 0 ? actuals.Max() : null);
        }
        return new SharedIndicator(code, indicator?.Name ?? values[0].Indicator, unit, additive, direction,
            values, missingFrom, consolidated, range, note);
    }

    private static NewTermTarget AgainstBaseline(TargetReport target, Dictionary<string, List<IndicatorValue>> valuesByCode, bool partial, IndicatorCatalogue catalogue)
    {
        var value = Single(target.Target);
        var baseline = target.IndicatorCode is { } code && valuesByCode.TryGetValue(code, out var values)
            ? BaselineOf(values, catalogue.Find(code)?.Additive ?? false, partial)
            : null;
        var below = value is { } v && baseline is not null && IsBelow(v, baseline, target.Direction);
        var finding = below ? BelowBaselineFinding(value!.Value, baseline!, target.Direction) : null;
        return new NewTermTarget(target.Row, target.Ordinal, target.Indicator, target.IndicatorCode, target.Unit,
            value, target.TargetText, baseline, below, finding);
    }

    private static Baseline? BaselineOf(List<IndicatorValue> values, bool additive, bool partial)
    {
        var actuals = values.Where(v => v.Actual is not null).ToArray();
        if (actuals.Length == 0) return null;
        var from = actuals.Select(v => v.Commune).ToArray();
        return additive
            ? new Baseline(BaselineKind.Sum, actuals.Sum(v => v.Actual!.Value), null, null, partial, from)
            : new Baseline(BaselineKind.Range, null, actuals.Min(v => v.Actual!.Value), actuals.Max(v => v.Actual!.Value), partial, from);
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
