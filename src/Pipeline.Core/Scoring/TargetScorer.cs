using System.Globalization;
using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Text;
using Pipeline.Core.Values;

namespace Pipeline.Core.Scoring;

/// <summary>
/// Scores targets exactly as docs/reading-and-scoring.md ("Scoring") says: a ratio per part (actual / target × 100, or
/// target / actual × 100 when lower is better), the weakest part for composites, a status
/// with 0.005 of rounding tolerance, and the two cross-checks against what the commune
/// reported. Qualitative rows (words, no figure) are left unscored without a finding; a range
/// target against one result is scored against the range. Pure: the same annex and catalogue
/// always give the same result.
/// </summary>
public static class TargetScorer
{
    private const decimal Tolerance = 0.005m;
    /// <summary>
    /// Percentage points a reported percent may differ from the computed ratio before it is a
    /// mismatch: clerks round to whole or one-decimal percents. Reading uses the same tolerance to
    /// recognise a percent column by its content (docs/reading-and-scoring.md).
    /// </summary>
    public const decimal PercentMismatchPoints = 1.0m;

    public static ScoredAnnex Score(Annex annex, IndicatorCatalogue catalogue) =>
        new(annex, annex.Rows.Select(row => Score(row, annex.Kind, catalogue)).ToArray());

    public static ScoredTarget Score(AnnexRow row, AnnexKind kind, IndicatorCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(catalogue);
        row = ShareOfWhole.AsPercent(row);
        var wording = IndicatorWording.Of(row);
        var match = catalogue.Match(wording, row.Target.Parts);
        var resolved = DirectionResolver.Resolve(match, row, catalogue);
        var scored = Score(row, kind, match, resolved.Direction, resolved.Reason);
        return scored with
        {
            DirectionAssumed = resolved.Assumed,
            // A yearly row's indicator text carries the term's figures ("35 đảng viên … 100% …"), not the year's plan: its parts are found by the term's target.
            PartCodes = scored.Qualitative ? null : CompositeParts.Attribute(catalogue, wording, row.Unit,
                row.TermTarget.Kind == ValueKind.Figures && row.TermTarget.Parts.Count == row.Target.Parts.Count ? row.TermTarget : row.Target),
        };
    }

    private static ScoredTarget Score(AnnexRow row, AnnexKind kind, IndicatorMatch? match, Direction direction, string reason)
    {
        var code = match?.Indicator.Code;
        // The commune's written bound never overrides the catalogue, but a contradiction is worth a look.
        Finding[] boundFindings = BoundConflict(row, match, direction) is { } conflict ? [conflict] : [];

        if (IsQualitative(row))
            return new ScoredTarget(row, code, direction, reason, [], null, null, boundFindings) { Qualitative = true };

        if (kind == AnnexKind.TargetsOnly)
        {
            Finding[] targetFindings = row.Target.IsReadable ? boundFindings : [Unreadable(row, "chỉ tiêu", "target", row.Target, FindingColumns.Target)];
            return new ScoredTarget(row, code, direction, reason, [], null, null, targetFindings);
        }

        if (!row.Target.IsReadable || !row.Actual.IsReadable)
        {
            var findings = new List<Finding>();
            if (!row.Target.IsReadable) findings.Add(Unreadable(row, "chỉ tiêu", "target", row.Target, FindingColumns.Target));
            if (!row.Actual.IsReadable) findings.Add(Unreadable(row, "kết quả thực hiện", "achieved value", row.Actual, FindingColumns.Actual));
            return new ScoredTarget(row, code, direction, reason, [], null, null, findings);
        }

        if (row.Target.Kind == ValueKind.Range && row.Actual.Parts.Count == 1)
            return ScoreRange(row, code, direction, reason, boundFindings);

        if (row.Target.Parts.Count != row.Actual.Parts.Count)
        {
            var finding = new Finding(FindingCodes.UnparseableValue, FindingSeverity.Warning,
                $"Dòng {Excerpt.Of(row.Ordinal)}: chỉ tiêu \"{Excerpt.Of(row.Target.Text)}\" có {row.Target.Parts.Count} phần nhưng kết quả \"{Excerpt.Of(row.Actual.Text)}\" có {row.Actual.Parts.Count} phần, không ghép cặp được để chấm.",
                $"Row {row.SourceRow}: the target has {row.Target.Parts.Count} parts but the achieved value has {row.Actual.Parts.Count}; they cannot be paired.")
            { Column = FindingColumns.Actual };
            return new ScoredTarget(row, code, direction, reason, [], null, null, [finding]);
        }

        var parts = new decimal?[row.Target.Parts.Count];
        var status = TargetStatus.Met;
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = PartRatio(row.Target.Parts[i], row.Actual.Parts[i], direction);
            var partStatus = StatusOf(row.Target.Parts[i], row.Actual.Parts[i], parts[i], direction);
            if (partStatus == TargetStatus.NotMet) status = TargetStatus.NotMet;
            else if (partStatus == TargetStatus.Exceeded && status == TargetStatus.Met) status = TargetStatus.Exceeded;
        }
        var ratio = parts.Any(p => p is not null) ? parts.Where(p => p is not null).Min() : null;
        return new ScoredTarget(row, code, direction, reason, parts, ratio, status, CrossChecks(row, parts, ratio, status, boundFindings));
    }

    /// <summary>
    /// A row is qualitative when its target or its result is words without a figure ("Duy trì",
    /// "Đạt chuẩn NTM năm 2023"): there is nothing to compute, so the commune's verdict stands as
    /// reported and no finding is raised. An empty or unreadable cell is not words, and stays flagged.
    /// </summary>
    public static bool IsQualitative(AnnexRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Target.Kind == ValueKind.Qualitative || row.Actual.Kind == ValueKind.Qualitative;
    }

    /// <summary>
    /// A range target ("10-12%", "từ 30 đến 35") against one result: inside the range is met,
    /// beyond its good end exceeded, short of its near end not met. The ratio is taken against the
    /// near end: the lower bound when higher is better, the upper bound when lower is better.
    /// </summary>
    public static (decimal? Ratio, TargetStatus Status) ScoreRange(decimal low, decimal high, decimal actual, Direction direction)
    {
        var (near, far) = direction == Direction.Higher ? (low, high) : (high, low);
        var ratio = PartRatio(near, actual, direction);
        var shortOfNear = direction == Direction.Higher ? actual < near : actual > near;
        var beyondFar = direction == Direction.Higher ? actual > far : actual < far;
        return (ratio, shortOfNear ? TargetStatus.NotMet : beyondFar ? TargetStatus.Exceeded : TargetStatus.Met);
    }

    private static ScoredTarget ScoreRange(AnnexRow row, string? code, Direction direction, string reason, Finding[] boundFindings)
    {
        var (ratio, status) = ScoreRange(row.Target.Parts[0], row.Target.Parts[1], row.Actual.Parts[0], direction);
        decimal?[] parts = [ratio];
        return new ScoredTarget(row, code, direction, reason, parts, ratio, status, CrossChecks(row, parts, ratio, status, boundFindings));
    }

    private static Finding[] CrossChecks(AnnexRow row, decimal?[] parts, decimal? ratio, TargetStatus status, Finding[] boundFindings)
    {
        var findings = new List<Finding>(boundFindings);
        if (PercentMismatch(row, parts, ratio) is { } percentFinding) findings.Add(percentFinding);
        if (StatusMismatch(row, status) is { } statusFinding) findings.Add(statusFinding);
        return [.. findings];
    }

    /// <summary>A warning when the bound written in the target cell says the opposite of the catalogue entry's direction.</summary>
    private static Finding? BoundConflict(AnnexRow row, IndicatorMatch? match, Direction direction)
    {
        if (match is null || DirectionResolver.Of(row.Target.Bound) is not { } written || written == direction) return null;
        var writtenVi = written == Direction.Lower ? "mức tối đa (càng thấp càng tốt)" : "mức tối thiểu (càng cao càng tốt)";
        var catalogueVi = direction == Direction.Lower ? "càng thấp càng tốt" : "càng cao càng tốt";
        return new Finding(FindingCodes.BoundContradictsCatalogue, FindingSeverity.Warning,
            $"Dòng {Excerpt.Of(row.Ordinal)}: chỉ tiêu \"{Excerpt.Of(row.Target.Text)}\" được ghi là {writtenVi} nhưng danh mục chỉ tiêu \"{match.Indicator.Name}\" quy định {catalogueVi}; đã chấm theo danh mục.",
            $"Row {row.SourceRow}: the target '{Excerpt.Of(row.Target.Text)}' is written as a {(written == Direction.Lower ? "ceiling (lower is better)" : "floor (higher is better)")} but the catalogue entry {match.Indicator.Code} says {(direction == Direction.Lower ? "lower" : "higher")} is better; scored by the catalogue.")
        { Column = FindingColumns.Target };
    }

    /// <summary>The ratio of one part in percent, or null when it is unbounded (division by zero).</summary>
    public static decimal? PartRatio(decimal target, decimal actual, Direction direction)
    {
        var (numerator, denominator) = direction == Direction.Higher ? (actual, target) : (target, actual);
        if (denominator == 0) return numerator == 0 ? 100m : null;
        return numerator * 100m / denominator;
    }

    /// <summary>Status of one part: below 100 is not met, above is exceeded, within 0.005 of 100 is met.</summary>
    public static TargetStatus StatusOf(decimal target, decimal actual, decimal? ratio, Direction direction)
    {
        if (ratio is null)
        {
            // Unbounded: a zero target reached with something, or a bad thing brought down to zero.
            var better = direction == Direction.Higher ? actual > target : actual < target;
            return better ? TargetStatus.Exceeded : TargetStatus.NotMet;
        }
        if (ratio < 100m - Tolerance) return TargetStatus.NotMet;
        if (ratio > 100m + Tolerance) return TargetStatus.Exceeded;
        return TargetStatus.Met;
    }

    private static Finding? PercentMismatch(AnnexRow row, decimal?[] parts, decimal? ratio)
    {
        var reported = row.ReportedPercent.Parts;
        if (reported.Count == 0) return null;

        // A reported figure per part is checked part by part; a single figure against the weakest part.
        var pairs = reported.Count == parts.Length && parts.Length > 1
            ? reported.Zip(parts, (r, c) => (Reported: r, Computed: c))
            : [(reported[0], ratio)];
        foreach (var (reportedPart, computed) in pairs)
        {
            if (computed is not { } value || Math.Abs(reportedPart - value) < PercentMismatchPoints) continue;
            // Wrong by enough to change the verdict (one side of 100 against the other) is an error.
            var flipsVerdict = reportedPart >= 100m - Tolerance != value >= 100m - Tolerance;
            return new Finding(FindingCodes.ReportedPercentMismatch,
                flipsVerdict ? FindingSeverity.Error : FindingSeverity.Warning,
                $"Tỷ lệ xã ghi {VietnameseNumber.Format(reportedPart)}% nhưng tính lại từ chỉ tiêu {Excerpt.Of(row.Target.Text)} và kết quả {Excerpt.Of(row.Actual.Text)} được {VietnameseNumber.Format(value)}%.",
                string.Create(CultureInfo.InvariantCulture,
                    $"Row {row.SourceRow}: reported {reportedPart}% but the computed ratio is {Math.Round(value, 2)}% (target {Excerpt.Of(row.Target.Text)}, achieved {Excerpt.Of(row.Actual.Text)})."))
            { Column = FindingColumns.ReportedPercent };
        }
        return null;
    }

    private static Finding? StatusMismatch(AnnexRow row, TargetStatus computed)
    {
        if (row.ReportedStatus is not { } reported || reported == computed) return null;
        var severe = (reported == TargetStatus.NotMet) != (computed == TargetStatus.NotMet);
        return new Finding(FindingCodes.ReportedStatusMismatch,
            severe ? FindingSeverity.Error : FindingSeverity.Warning,
            $"Xã đánh giá \"{Excerpt.Of(row.ReportedVerdict)}\" nhưng theo số liệu chỉ tiêu {Excerpt.Of(row.Target.Text)} và kết quả {Excerpt.Of(row.Actual.Text)} thì {Vietnamese(computed)}.",
            $"Row {row.SourceRow}: reported '{reported}' but the figures give '{computed}'.")
        { Column = FindingColumns.Verdict };
    }

    private static Finding Unreadable(AnnexRow row, string whatVi, string whatEn, AnnexValue value, string column)
    {
        var message = value.IsEmpty
            ? $"Dòng {Excerpt.Of(row.Ordinal)}: ô {whatVi} để trống nên không chấm được chỉ tiêu này."
            : $"Dòng {Excerpt.Of(row.Ordinal)}: không đọc được số trong ô {whatVi} \"{Excerpt.Of(value.Text)}\" nên không chấm được chỉ tiêu này.";
        var detail = value.IsEmpty
            ? $"Row {row.SourceRow}: the {whatEn} is empty."
            : $"Row {row.SourceRow}: no number can be read from the {whatEn} '{Excerpt.Of(value.Text)}'.";
        return new Finding(FindingCodes.UnparseableValue, FindingSeverity.Warning, message, detail)
        { Column = column };
    }

    private static string Vietnamese(TargetStatus status) => status switch
    {
        TargetStatus.Exceeded => "vượt chỉ tiêu",
        TargetStatus.Met => "đạt chỉ tiêu",
        _ => "không đạt chỉ tiêu",
    };
}
