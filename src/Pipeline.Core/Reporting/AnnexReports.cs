using System.Text.Json;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Core.Text;

namespace Pipeline.Core.Reporting;

/// <summary>
/// Maps scored annexes and refusals to the public report shape. Text that comes from cells
/// (sheet, commune, term, ordinal, indicator, unit, raw values, verdicts) is quoted through
/// <see cref="Excerpt"/>, as are the findings that quote it, so no report echoes a huge cell.
/// </summary>
public static class AnnexReports
{
    public static FileReport ForFile(string file, ScoredWorkbook workbook) =>
        new(file, workbook.Read.Error is { } error ? ForError(error) : null, workbook.Annexes.Select(ForAnnex).ToArray());

    /// <summary>
    /// As <see cref="ForFile(string, ScoredWorkbook)"/>, with the report object of a file that has text: its
    /// <paramref name="narrative"/> (body paragraphs outside tables, in order) checked against the file's own
    /// annexes and, when given, <paramref name="otherAnnexes"/> (the commune's uploads for the term, for a PDF
    /// whose tables are not read). No report when <paramref name="narrative"/> is empty (a workbook).
    /// </summary>
    public static FileReport ForFile(string file, ScoredWorkbook workbook, IReadOnlyList<string> narrative, Catalogue.IndicatorCatalogue catalogue,
        IReadOnlyList<ScoredAnnex>? otherAnnexes = null)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(narrative);
        var report = ForFile(file, workbook);
        if (narrative.Count == 0 || workbook.Read.Error is not null) return report;
        IReadOnlyList<ScoredAnnex> annexes = otherAnnexes is { Count: > 0 } ? [.. workbook.Annexes, .. otherAnnexes] : workbook.Annexes;
        return report with { Report = Narrative.NarrativeReports.For(narrative, annexes, catalogue) };
    }

    /// <summary>
    /// The report of a PDF report: its text read (<see cref="Narrative.PdfReportReader"/>) and checked against
    /// <paramref name="communeAnnexes"/>, the commune's annexes already uploaded for the term (a PDF's tables are
    /// not read, so the file itself has no annexes); or the refusal (scan without text, encrypted, damaged, too large).
    /// </summary>
    public static FileReport ForPdf(string file, Stream pdf, IReadOnlyList<ScoredAnnex> communeAnnexes, Catalogue.IndicatorCatalogue catalogue,
        Narrative.NarrativeLimits? limits = null)
    {
        var text = Narrative.PdfReportReader.Read(pdf, limits);
        return text.Error is { } error
            ? new FileReport(file, ForError(error), [])
            : new FileReport(file, null, []) { Report = Narrative.NarrativeReports.For(text.Paragraphs, communeAnnexes, catalogue, limits) };
    }

    public static ErrorReport ForError(ReadError error) => new(CodeOf(error), error.Message, error.Detail);

    /// <summary>The wire code of a refusal: "not-a-workbook", "too-large", ….</summary>
    public static string CodeOf(ReadError error) => JsonNamingPolicy.KebabCaseLower.ConvertName(error.Code.ToString());

    public static AnnexReport ForAnnex(ScoredAnnex scored) => new(
        Excerpt.Of(scored.Annex.Sheet),
        Excerpt.OfNullable(scored.Annex.Commune),
        Excerpt.OfNullable(scored.Annex.Term),
        scored.Annex.Kind,
        scored.Annex.HeaderRow,
        scored.Targets.Select(t => ForTarget(t, scored.Annex.ColumnLetters)).ToArray(),
        new CountsReport(
            new ComputedCounts(scored.Computed.Exceeded, scored.Computed.Met, scored.Computed.NotMet, scored.Computed.Unscored),
            new ReportedCounts(scored.Reported.Exceeded, scored.Reported.Met, scored.Reported.NotMet, scored.Reported.Unscored),
            scored.Computed.AchievementRate,
            new QualitativeCounts(scored.Qualitative.Exceeded + scored.Qualitative.Met + scored.Qualitative.NotMet + scored.Qualitative.Unscored,
                scored.Qualitative.Exceeded, scored.Qualitative.Met, scored.Qualitative.NotMet, scored.Qualitative.Unscored)),
        scored.Annex.TextConversions.Select(c => new TextConversionReport(Camel(c.Encoding), c.Cells)).ToArray(),
        scored.Annex.UnplacedColumns.Select(c => new UnplacedColumnReport(c.Letter, Excerpt.Of(c.Header))).ToArray())
    {
        Period = scored.Annex.Period,
        HalfYear = scored.Annex.Titled?.HalfYear,
        HasYearPlan = scored.Annex.HasYearPlan,
    };

    /// <param name="columnLetters">The annex's <see cref="Annexes.Annex.ColumnLetters"/>, for the cell each finding names ("G30"); empty names none.</param>
    public static TargetReport ForTarget(ScoredTarget target, IReadOnlyDictionary<string, string>? columnLetters = null)
    {
        var row = target.Row;
        return new TargetReport(
            row.SourceRow,
            Excerpt.Of(row.Ordinal),
            row.Group is { } group ? Camel(group) : null,
            Excerpt.Of(row.Indicator),
            target.IndicatorCode,
            Excerpt.Of(row.Unit),
            // A qualitative row's figures (a year, a list number) are words, never values.
            target.Qualitative ? [] : row.Target.Parts,
            Excerpt.Of(row.Target.Text),
            target.Qualitative ? [] : row.Actual.Parts,
            Excerpt.Of(row.Actual.Text),
            row.ReportedPercent.Parts,
            row.ReportedStatus,
            Excerpt.Of(row.ReportedVerdict),
            target.Direction,
            target.DirectionReason,
            target.PartRatios.Select(Round).ToArray(),
            Round(target.Ratio),
            target.Status,
            target.Findings.Select(f => new FindingReport(f.Code, f.Severity, f.Message, f.Detail,
                f.Column is { } column && columnLetters?.GetValueOrDefault(column) is { } letter ? $"{letter}{row.SourceRow}" : null)).ToArray(),
            target.Qualitative,
            target.DirectionAssumed,
            row.Baseline.IsEmpty ? null : row.Baseline.Parts,
            row.Baseline.IsEmpty ? null : Excerpt.Of(row.Baseline.Text),
            target.PartCodes)
        {
            TermTarget = row.TermTarget.IsEmpty ? null : row.TermTarget.Parts,
            TermTargetText = row.TermTarget.IsEmpty ? null : Excerpt.Of(row.TermTarget.Text),
            ReportedTermPercent = row.ReportedTermPercent.IsEmpty ? null : row.ReportedTermPercent.Parts,
            Estimate = row.Estimate,
        };
    }

    internal static decimal? Round(decimal? value) =>
        value is { } v ? Math.Round(v, 2, MidpointRounding.AwayFromZero) : null;

    internal static string Camel<T>(T value) where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
