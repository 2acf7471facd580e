using Pipeline.Core.Catalogue;
using Pipeline.Core.Scoring;
using Pipeline.Core.Text;

namespace Pipeline.Core.Narrative;

/// <summary>Maps a checked narrative to its public report shape (<see cref="NarrativeReport"/>), quoting document text through <see cref="Excerpt"/>.</summary>
public static class NarrativeReports
{
    /// <summary>
    /// The report of <paramref name="paragraphs"/> (a report's body text, in order) checked against
    /// <paramref name="annexes"/> (the file's own, or the commune's uploads for the term). Pure.
    /// </summary>
    public static NarrativeReport For(IEnumerable<string> paragraphs, IReadOnlyList<ScoredAnnex> annexes, IndicatorCatalogue catalogue, NarrativeLimits? limits = null) =>
        For(NarrativeChecker.Check(paragraphs, annexes, catalogue, limits));

    public static NarrativeReport For(CheckedNarrative checkedNarrative)
    {
        ArgumentNullException.ThrowIfNull(checkedNarrative);
        return new NarrativeReport(
            checkedNarrative.Sections.Select(ForSection).ToArray(),
            // Text from the document is quoted short on the wire, as cells are.
            checkedNarrative.Findings.Select(f => f with { Commune = Excerpt.Of(f.Commune), Quote = Excerpt.Of(f.Quote), Sheet = Excerpt.OfNullable(f.Sheet) }).ToArray(),
            checkedNarrative.Truncated);
    }

    private static SectionReport ForSection(CheckedSection section)
    {
        var heading = section.Section.Heading;
        var opening = section.Section.Opening;
        return new SectionReport(
            Excerpt.Of(heading.Commune),
            Excerpt.Of(heading.Text),
            heading.AnnexNumber,
            Excerpt.OfNullable(opening?.Commune),
            opening?.Adopted,
            opening?.Tally is { } tally ? new StatedTallyReport(tally.Exceeded, tally.Met, tally.NotMet, Excerpt.Of(tally.Quote), tally.MetOrExceeded, tally.NearlyMet) : null,
            section.Annex is { } annex
                ? new SectionAnnexReport(Excerpt.Of(annex.Annex.Sheet), Excerpt.OfNullable(annex.Annex.Commune), annex.Targets.Count,
                    Tally(StatusCounts.Of(annex.Targets.Select(t => t.Row.ReportedStatus))),
                    Tally(StatusCounts.Of(annex.Targets.Select(t => t.Qualitative ? t.Row.ReportedStatus : t.Status))))
                : null,
            section.Statements.Select(s => ForStatement(s, section.Annex)).ToArray());
    }

    private static StatementReport ForStatement(CheckedStatement check, ScoredAnnex? annex)
    {
        var statement = check.Statement;
        return new StatementReport(
            statement.Ordinal,
            Excerpt.Of(statement.Text),
            statement.Verdict,
            Excerpt.OfNullable(statement.VerdictQuote),
            ForLink(check.Link, annex),
            statement.Claims.Select((claim, i) => new ClaimReport(
                Excerpt.Of(claim.Words),
                claim.Target?.Parts ?? [],
                claim.Result?.Parts ?? [],
                claim.Percent,
                Excerpt.Of(claim.Quote),
                ForLink(check.ClaimLinks[i], annex),
                claim.Excess)).ToArray());
    }

    private static LinkReport ForLink(RowLink link, ScoredAnnex? annex) => new(
        link.Basis,
        link.IndicatorCode,
        link.Target is { } target && annex is not null
            ? new AnnexRowReference(Excerpt.Of(annex.Annex.Sheet), target.Row.SourceRow, Excerpt.Of(target.Row.Ordinal), Excerpt.Of(target.Row.Indicator), target.IndicatorCode)
            : null,
        link.Part);

    private static TallyReport Tally(StatusCounts counts) => new(counts.Exceeded, counts.Met, counts.NotMet, counts.Unscored);
}
