using Pipeline.Core.Consolidation;
using Pipeline.Core.Narrative;
using Pipeline.Core.Reporting;
using Pipeline.Storage.Ingestion;
using Pipeline.Storage.Scoring;
using Pipeline.Core.Units;
using Pipeline.Storage.Uploads;

namespace Pipeline.Storage.Queries;

/// <summary>What the read routes serve, by point reads and single-partition queries only.</summary>
public sealed class SummaryQueries(SummaryStore summaries, TargetRowStore targets, UploadStore uploads, ParsedUploads parsed, ReportCheckStore reportChecks)
{
    /// <summary>The summary with the report count its commune shows, a PDF report's laid over it when there is one (<see cref="ReportCheckOverlay"/>): one point read.</summary>
    public async Task<CommuneSummary> ShowReportCheckAsync(CommuneSummary summary, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (!CommuneId.TryParse(summary.Commune, out var commune)) return summary;
        return ReportCheckOverlay.Commune(summary, await reportChecks.GetAsync(commune.Value, summary.Term, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The rollup with the report count each commune shows, PDF reports' laid over it (<see cref="ReportCheckOverlay"/>): one partition query.</summary>
    public async Task<ProvinceSummary> ShowReportChecksAsync(ProvinceSummary rollup, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rollup);
        return ReportCheckOverlay.Province(rollup, await reportChecks.ListProvinceAsync(rollup.Province, rollup.Term, cancellationToken).ConfigureAwait(false));
    }

    public Task<UploadRecord?> GetUploadAsync(string uploadId, CancellationToken cancellationToken) =>
        UploadId.IsValid(uploadId) ? uploads.GetAsync(uploadId, cancellationToken) : Task.FromResult<UploadRecord?>(null);

    /// <summary>
    /// What a report's text says against its tables (<see cref="ParsedUpload.Report"/>), once the upload is parsed; null for a
    /// workbook, an upload not parsed yet or refused, or a parsed document gone (the re-drive parses it again).
    /// </summary>
    public async Task<NarrativeReport?> GetReportAsync(UploadRecord upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (upload.Status is UploadStatus.Received or UploadStatus.Rejected || !OriginalBlobName.TryParse(upload.BlobName, out var original) || !(original.IsReport || original.IsPdf))
            return null;
        return (await parsed.GetAsync(upload.UploadId, cancellationToken).ConfigureAwait(false))?.Report;
    }

    public Task<IReadOnlyList<UploadRecord>> ListUploadsAsync(CommuneId commune, int max, CancellationToken cancellationToken) =>
        uploads.ListAsync(commune, max, cancellationToken);

    public Task<CommuneSummary?> GetSummaryAsync(CommuneId commune, string term, CancellationToken cancellationToken) =>
        summaries.GetAsync(commune.Province, commune.Commune, term, cancellationToken);

    public Task<IReadOnlyList<CommuneSummary>> ListProvinceAsync(string province, string term, CancellationToken cancellationToken) =>
        summaries.ListProvinceAsync(province, term, cancellationToken);

    /// <summary>The scored annexes of the commune's current upload for the term (the one its summary comes from).</summary>
    public async Task<CommuneTargets?> GetTargetsAsync(CommuneId commune, string term, CancellationToken cancellationToken)
    {
        var summary = await GetSummaryAsync(commune, term, cancellationToken).ConfigureAwait(false);
        if (summary is null) return null;
        var annexes = await targets.ReadAnnexesAsync(TableKeys.UploadTargets(commune.ToString(), term, summary.UploadId), cancellationToken).ConfigureAwait(false);
        return new CommuneTargets(commune.ToString(), term, summary.UploadId, annexes);
    }

    /// <summary>
    /// The scored annexes of every commune of the province with a current upload for the term
    /// (one partition query for the summaries, then one per commune for its rows).
    /// </summary>
    public async Task<IReadOnlyList<CommuneAnnexes>> ListProvinceAnnexesAsync(string province, string term, CancellationToken cancellationToken)
    {
        var list = await ListProvinceAsync(province, term, cancellationToken).ConfigureAwait(false);
        var result = new List<CommuneAnnexes>(list.Count);
        foreach (var summary in list)
        {
            var annexes = await targets.ReadAnnexesAsync(TableKeys.UploadTargets(summary.Commune, term, summary.UploadId), cancellationToken).ConfigureAwait(false);
            result.Add(new CommuneAnnexes(summary.Commune, summary.CommuneName, annexes));
        }
        return result;
    }
}
