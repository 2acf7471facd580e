using System.Text.Json;
using Pipeline.Storage.Catalogue;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Storage.Ingestion;
using Pipeline.Storage.Uploads;
using Pipeline.Storage.Consolidations;
using Pipeline.Storage.Review;
using Pipeline.Storage.Units;

namespace Pipeline.Storage.Scoring;

/// <summary>
/// The score step (queue trigger): scores one parsed annex, writes its rows to the upload's
/// own Targets partition, and once every annex of the upload is there, stores the commune
/// summary (if no newer upload has one) and marks the upload scored — unless the province confirmed
/// the commune's annex meanwhile (<see cref="AnnexReviews.AdmitCurrentAsync"/>): the upload is then
/// kept, scored, and rejected with the reason, never current. An upload of another period than the whole term (a year,
/// the mid-term review) is current for its period only (<see cref="PeriodSummaryStore"/>): the whole term's summary,
/// consolidation and the province's review lock are the whole-term annex's. Every write is an idempotent upsert,
/// so a message delivered twice leaves the same tables.
/// </summary>
public sealed class AnnexScoring(ParsedUploads parsed, UploadStore uploads, TargetRowStore targets, SummaryStore summaries, PeriodSummaryStore periodSummaries,
    UnitRegistryStore units, ConsolidatedSummaries consolidated, ProvinceCatalogues catalogues, AnnexReviews reviews, TimeProvider clock)
{
    // How long a score message waits for its upload's "parsed" status before it is handed back: 10 × 200 ms.
    private const int ParsedLooks = 10;
    private static readonly TimeSpan ParsedLookInterval = TimeSpan.FromMilliseconds(200);

    public static ScoreRequest ReadMessage(string message) =>
        JsonSerializer.Deserialize<ScoreRequest>(message, StorageJson.Options) ?? throw new InvalidDataException("Empty score request.");

    public async Task ScoreAsync(ScoreRequest request, CancellationToken cancellationToken)
    {
        var upload = await uploads.GetAsync(request.UploadId, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Upload {request.UploadId} has no record.");
        // The parse step sends its messages just before it records "parsed", so a message is often read a few milliseconds
        // before that write lands (a report's parts send several): look again for a moment before handing the message back.
        for (var look = 0; upload.Status == UploadStatus.Received && look < ParsedLooks; look++)
        {
            await Task.Delay(ParsedLookInterval, cancellationToken).ConfigureAwait(false);
            upload = await uploads.GetAsync(request.UploadId, cancellationToken).ConfigureAwait(false) ?? upload;
        }
        // Still not parsed (the parse step stopped in between; its re-drive parses it again): the message must come back
        // later, not be dropped.
        if (upload.Status == UploadStatus.Received)
            throw new InvalidOperationException($"Upload {upload.UploadId} is not recorded as parsed yet; the message will be retried.");
        if (upload.Status is not (UploadStatus.Parsed or UploadStatus.Scored)) return;

        if (await parsed.GetAsync(upload.UploadId, cancellationToken).ConfigureAwait(false) is not { } parsedUpload)
        {
            // Lost with the emulator's last seconds: parse the original again (the re-drive does, at once).
            await uploads.UpdateAsync(upload with { Status = UploadStatus.Received, AnnexCount = 0 }, cancellationToken, drivenAt: DateTimeOffset.MinValue).ConfigureAwait(false);
            return;
        }
        if (request.AnnexIndex < 0 || request.AnnexIndex >= parsedUpload.Annexes.Count)
            throw new InvalidDataException($"Upload {upload.UploadId} has no annex {request.AnnexIndex}.");

        var catalogue = await catalogues.ForProvinceAsync(upload.Commune.Province, cancellationToken).ConfigureAwait(false);
        var report = AnnexReports.ForAnnex(TargetScorer.Score(parsedUpload.Annexes[request.AnnexIndex], catalogue));
        var commune = upload.Commune.ToString();
        var partition = TableKeys.UploadTargets(commune, upload.Term, upload.UploadId);
        await targets.WriteAnnexAsync(partition, request.AnnexIndex, report, cancellationToken).ConfigureAwait(false);

        var annexes = await targets.ReadAnnexesAsync(partition, cancellationToken).ConfigureAwait(false);
        if (annexes.Count < upload.AnnexCount) return; // the other annexes' messages finish the job

        // Titles naming another commune or term: scored for the clerk to see, but not current until confirmed.
        if (upload.NeedsConfirmation && upload.ConfirmedAt is null)
        {
            await uploads.UpdateAsync(upload with { Status = UploadStatus.Held, ScoredAt = upload.ScoredAt ?? clock.GetUtcNow() }, cancellationToken).ConfigureAwait(false);
            return;
        }
        await MakeCurrentAsync(upload, annexes, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// A held upload the clerk confirmed (<see cref="UploadRecord.ConfirmedAt"/> set): its scored
    /// annexes become the commune's current ones, as any upload's do once scored. Idempotent.
    /// False when the commune's annex is confirmed: the upload is then rejected with the lock's reason.
    /// </summary>
    public async Task<bool> MakeCurrentAsync(UploadRecord upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var annexes = await targets.ReadAnnexesAsync(TableKeys.UploadTargets(upload.Commune.ToString(), upload.Term, upload.UploadId), cancellationToken).ConfigureAwait(false);
        return await MakeCurrentAsync(upload, annexes, cancellationToken).ConfigureAwait(false);
    }

    private async Task<bool> MakeCurrentAsync(UploadRecord upload, IReadOnlyList<AnnexReport> annexes, CancellationToken cancellationToken)
    {
        if (!upload.ForWholeTerm)
        {
            await MakePeriodCurrentAsync(upload, annexes, cancellationToken).ConfigureAwait(false);
            return true;
        }
        var commune = upload.Commune.ToString();
        var scoredAt = upload.ScoredAt ?? clock.GetUtcNow();
        if (await reviews.AdmitCurrentAsync(upload, cancellationToken).ConfigureAwait(false) is { } locked)
        {
            // Confirmed while this upload was on its way (accepted just before): kept, scored and visible to the clerk with the reason, never current.
            await uploads.UpdateAsync(upload with { Status = UploadStatus.Rejected, ErrorCode = ReviewCodes.AnnexConfirmed, ErrorMessage = locked, ScoredAt = scoredAt },
                cancellationToken).ConfigureAwait(false);
            return false;
        }
        var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var name = registry.Find(upload.Commune)?.Name ?? upload.Commune.Commune;
        var summary = CommuneSummary.From(commune, name, upload.Term, upload.UploadId, annexes, scoredAt) with { ReportFindings = upload.ReportFindings };
        var current = await summaries.StoreIfNewerAsync(upload.Commune.Province, upload.Commune.Commune, summary, cancellationToken).ConfigureAwait(false);
        if (upload.Status != UploadStatus.Scored)
            await uploads.UpdateAsync(upload with { Status = UploadStatus.Scored, ScoredAt = scoredAt }, cancellationToken).ConfigureAwait(false);
        // Last, so a failure here retries only this; the upload already shows scored, and the nightly run repairs what a refresh missed.
        if (current)
            await consolidated.RefreshAfterScoringAsync(registry, upload.Commune, upload.Term, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// A year's annex (or the mid-term review's) becomes the commune's current one of that period, if no newer upload's is;
    /// a half-year report (<see cref="UploadRecord.CountsFor"/> null) of none. Then the upload shows scored. The same order
    /// as the whole term's: a crash in between stores the same summary again on the next delivery. When the commune first sent
    /// the period's report is noted beside it (the upload's receipt: what the period's deadline judges). The province summary's
    /// progress counts follow at their next read (<c>ProgressQueries</c>) or the scheduled run, not here.
    /// </summary>
    private async Task MakePeriodCurrentAsync(UploadRecord upload, IReadOnlyList<AnnexReport> annexes, CancellationToken cancellationToken)
    {
        var scoredAt = upload.ScoredAt ?? clock.GetUtcNow();
        if (upload.CountsFor is { } period)
        {
            var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
            var name = registry.Find(upload.Commune)?.Name ?? upload.Commune.Commune;
            var summary = CommuneSummary.From(upload.Commune.ToString(), name, upload.Term, upload.UploadId, annexes, scoredAt) with { ReportFindings = upload.ReportFindings };
            await periodSummaries.StoreIfNewerAsync(upload.Commune, period, summary, upload.ReceivedAt, cancellationToken).ConfigureAwait(false);
        }
        if (upload.Status != UploadStatus.Scored)
            await uploads.UpdateAsync(upload with { Status = UploadStatus.Scored, ScoredAt = scoredAt }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Called for a message that failed for good (in the poison queue): the upload shows as failed. The host logs why.</summary>
    public async Task MarkFailedAsync(ScoreRequest request, CancellationToken cancellationToken)
    {
        var upload = await uploads.GetAsync(request.UploadId, cancellationToken).ConfigureAwait(false);
        if (upload is null || upload.Status == UploadStatus.Scored) return;
        await uploads.UpdateAsync(upload with
        {
            Status = UploadStatus.Failed,
            ErrorCode = "processing-failed",
            ErrorMessage = UploadMessages.ProcessingFailed(upload.UploadId),
        }, cancellationToken).ConfigureAwait(false);
    }
}
