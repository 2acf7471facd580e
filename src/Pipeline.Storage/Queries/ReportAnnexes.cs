using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Narrative;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Ingestion;
using Pipeline.Storage.Scoring;

namespace Pipeline.Storage.Queries;

/// <summary>
/// The annexes a PDF report's text is checked against (issue 17 item 4: its tables are not read): for each commune section of
/// the text, the current annex of the commune it names — among the communes the uploader speaks for — for the term the report
/// was sent for, else the term before it (a new commune's report reviews its predecessors' last term); scored with the
/// province's catalogue. A section naming no such commune, or one with no annex yet, finds none and says so.
/// </summary>
public sealed class ReportAnnexes(SummaryStore summaries, ParsedUploads parsed)
{
    /// <summary>The annexes to check the text against, every commune's in one list (what the check of the whole text needs).</summary>
    public async Task<IReadOnlyList<ScoredAnnex>> ForAsync(IReadOnlyList<string> paragraphs, CommuneId chosen, string term, CommuneId uploader,
        CommuneRegistry registry, IndicatorCatalogue catalogue, CancellationToken cancellationToken) =>
        (await ByCommuneAsync(paragraphs, chosen, term, uploader, registry, catalogue, cancellationToken).ConfigureAwait(false)).SelectMany(c => c.Annexes).ToArray();

    /// <summary>
    /// The annexes to check the text against, per commune its sections name, in the order of the sections: whose they are, for
    /// which term, and the upload they are current from (what a PDF's check of each commune is kept with, <see cref="ReportCheckStore"/>).
    /// </summary>
    public async Task<IReadOnlyList<ReportedAnnexes>> ByCommuneAsync(IReadOnlyList<string> paragraphs, CommuneId chosen, string term, CommuneId uploader,
        CommuneRegistry registry, IndicatorCatalogue catalogue, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(registry);
        var speaksFor = AccessPolicy.CommunesOf(uploader, registry);
        var terms = Term.TryParse(term, out var sent) ? new[] { term, Term.Ending(sent.StartYear).ToString() } : [term];
        var annexes = new List<ReportedAnnexes>();
        var seen = new HashSet<(CommuneId, string)>();
        foreach (var section in NarrativeReader.Read(paragraphs).Sections)
        {
            // "Đối với xã Bó Sinh cũ": the old commune, as AnnexAttribution reads a written "cũ".
            var written = section.Heading.Former ? $"{section.Heading.Commune} cũ" : section.Heading.Commune;
            foreach (var candidateTerm in terms)
            {
                if (AnnexAttribution.Named(written, candidateTerm, speaksFor, registry) is not { } commune) continue;
                if (!seen.Add((commune, candidateTerm))) break;
                var summary = await summaries.GetAsync(commune.Province, commune.Commune, candidateTerm, cancellationToken).ConfigureAwait(false);
                if (summary is null || await parsed.GetAsync(summary.UploadId, cancellationToken).ConfigureAwait(false) is not { } upload) continue;
                // A section reviews results: a new commune's targets for its first term are no annex to check it against.
                if (!upload.Annexes.Any(a => a.Kind == AnnexKind.Results)) continue;
                annexes.Add(new ReportedAnnexes(commune, candidateTerm, summary.UploadId, upload.Annexes.Select(a => TargetScorer.Score(a, catalogue)).ToArray()));
                break;
            }
        }
        return annexes;
    }
}
