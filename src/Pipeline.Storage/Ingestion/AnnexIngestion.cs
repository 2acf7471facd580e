using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Pipeline.Core.Narrative;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Storage.Catalogue;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Uploads;
using Pipeline.Storage.Units;
using System.Text.Json;

namespace Pipeline.Storage.Ingestion;

/// <summary>
/// The parse step (blob trigger): reads an uploaded original, writes its normalised annexes to
/// parsed/{uploadId}.json, enqueues one score request per annex, and records the upload as
/// parsed — or as rejected with the clerk-facing reason. Running it again for the same blob
/// changes nothing: an upload that is past "received" is left alone. <see cref="RedriveAsync"/>
/// drives on the uploads a lost event, a crash or a stopped host left behind. A Word report's annexes of
/// other communes or terms become uploads of their own (parts) and its text is checked against its tables;
/// a PDF report's text is checked against the communes' current annexes (docs/api.md, "Reports").
/// </summary>
public sealed class AnnexIngestion(BlobContainerClient annexes, ParsedUploads parsed, QueueClient scoreQueue, UploadStore uploads,
    UnitRegistryStore units, ProvinceCatalogues catalogues, Queries.ReportAnnexes reportAnnexes, Scoring.ReportCheckStore reportChecks, TimeProvider clock)
{
    /// <summary>
    /// Drives on every upload that is not final: one still "received" that was last driven
    /// before <paramref name="parseBefore"/> is parsed (its blob event was lost, or the host
    /// died first); one still "parsed" that was last driven before <paramref name="resendBefore"/>
    /// gets its score requests again (they were lost with the emulator's last seconds, or are
    /// held invisible by a host that stopped). Both steps are idempotent, so racing the triggers
    /// is harmless. One upload's failure does not stop the others; they are reported.
    /// </summary>
    public async Task<RedriveReport> RedriveAsync(DateTimeOffset parseBefore, DateTimeOffset resendBefore, CancellationToken cancellationToken)
    {
        int parsedCount = 0, resent = 0;
        var failures = new List<RedriveFailure>();
        var due = await uploads.ListPendingAsync(parseBefore, resendBefore, cancellationToken).ConfigureAwait(false);
        foreach (var (uploadId, drivenAt) in due)
        {
            try
            {
                var upload = await uploads.GetAsync(uploadId, cancellationToken).ConfigureAwait(false);
                if (upload is null)
                {
                    // Its record may be a moment behind the pending entry; one gone for long was never accepted.
                    if (drivenAt < resendBefore) await uploads.RemovePendingAsync(uploadId, cancellationToken).ConfigureAwait(false);
                }
                else if (UploadStore.IsFinal(upload.Status))
                {
                    await uploads.RemovePendingAsync(uploadId, cancellationToken).ConfigureAwait(false);
                }
                else if (upload.Status == UploadStatus.Received)
                {
                    if (drivenAt >= parseBefore) continue;
                    await ParseAsync(upload, cancellationToken).ConfigureAwait(false);
                    parsedCount++;
                }
                else if (drivenAt < resendBefore)
                {
                    await SendScoreRequestsAsync(upload.UploadId, upload.AnnexCount, cancellationToken).ConfigureAwait(false);
                    await uploads.MarkDrivenAsync(upload, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                    resent++;
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failures.Add(new RedriveFailure(uploadId, ex));
            }
        }
        return new RedriveReport(parsedCount, resent, failures);
    }

    /// <summary>
    /// The blob trigger's entry: <paramref name="blobName"/> is an <see cref="OriginalBlobName"/>
    /// inside the annexes container. A blob of any other name is no upload's original and is left alone.
    /// </summary>
    public async Task ParseAsync(string blobName, CancellationToken cancellationToken)
    {
        if (!OriginalBlobName.TryParse(blobName, out var original)) return;
        var upload = await uploads.GetAsync(original.UploadId.Value, cancellationToken).ConfigureAwait(false);
        if (upload is null || upload.Status != UploadStatus.Received) return;
        await ParseAsync(upload, cancellationToken).ConfigureAwait(false);
    }

    private async Task ParseAsync(UploadRecord upload, CancellationToken cancellationToken)
    {
        var uploadId = upload.UploadId;
        var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var commune = registry.Find(upload.Commune);
        BinaryData original;
        try
        {
            original = (await annexes.GetBlobClient(upload.BlobName).DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Nothing can bring it back (the local host restores what it journaled before this runs): say so, once.
            await uploads.UpdateAsync(upload with { Status = UploadStatus.Failed, ErrorCode = "original-missing", ErrorMessage = UploadMessages.OriginalMissing(uploadId) },
                cancellationToken).ConfigureAwait(false);
            return;
        }

        if (OriginalBlobName.TryParse(upload.BlobName, out var blob) && blob.IsPdf)
        {
            await ParsePdfAsync(upload, original, registry, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Read as the check-only path reads it, for the commune and term chosen (the term also decides
        // which columns come before it where the file names none); the titles as written stay on each annex.
        // A period chosen decides how the columns are read (a year's plan and result); none chosen, the file's own does.
        var options = new AnnexReadOptions(commune?.Name, upload.Term) { Period = upload.PeriodChosen ? upload.Period : null };
        var read = ReadOriginal(original, options);

        if (read.Error is { } error)
        {
            await uploads.UpdateAsync(upload with { Status = UploadStatus.Rejected, ErrorCode = AnnexReports.CodeOf(error), ErrorMessage = error.Message }, cancellationToken).ConfigureAwait(false);
            return;
        }

        // A report's annexes of other communes or terms become uploads of their own, recorded before this one's status
        // (a crash in between finds them again: their ids are the same each run); a part takes only its own annexes.
        var (own, parts, asSent) = upload.AnnexIndexes is { } indexes
            ? (indexes.Where(i => i < read.Annexes.Count).Select(i => read.Annexes[i]).ToArray(), [], read.Annexes)
            : IsReport(upload) ? Split(upload, read.Annexes, registry, o => ReadOriginal(original, o), options) : (read.Annexes, [], read.Annexes);
        foreach (var part in parts) await uploads.EnsureAsync(part, cancellationToken).ConfigureAwait(false);

        // Parsed JSON and messages before the status: a crash in between re-runs this step, and a
        // repeated message is harmless to the idempotent score step.
        // The figures count for the commune and term the clerk chose; a title that says otherwise is pointed out.
        // The period likewise: chosen, a title stating another is held as another commune is; not chosen, the file's own is taken.
        var period = AnnexPeriodCheck.Decide(own, upload.PeriodChosen ? upload.Period : null);
        // A report's (or part's) two annexes of one commune, term and period, or a table titled for no commune among titled ones: held too.
        var doubts = IsReport(upload) ? ReportAnnexCheck.Warnings(own, read.Annexes, commune?.Name, upload.Term) : [];
        var warnings = UploadWarnings.Of(own, commune?.Name, upload.Term, period, doubts);
        var province = registry.Province(upload.Commune.Province);
        var holds = AnnexTitleCheck.Holds(own, commune?.Name, upload.Term, province?.Communes.Select(c => c.Name) ?? []) || period.Holds || doubts.Count > 0;
        // A report's text against its tables, scored as the score step will score them: the whole of it on the report, a part's share on a part.
        NarrativeReport? report = null;
        if (read.Narrative.Count > 0)
        {
            var catalogue = await catalogues.ForProvinceAsync(upload.Commune.Province, cancellationToken).ConfigureAwait(false);
            // Each annex as the upload it goes to reads it: a part's by its own commune, term and period, not the report's.
            var whole = NarrativeReports.For(read.Narrative, asSent.Select(a => TargetScorer.Score(a, catalogue)).ToArray(), catalogue);
            report = upload.ReportOf is null ? whole : whole.Of(own.Select(a => a.Sheet).ToArray());
        }
        var document = new ParsedUpload(uploadId, own, report);
        await parsed.PutAsync(document, cancellationToken).ConfigureAwait(false);
        await SendScoreRequestsAsync(uploadId, own.Count, cancellationToken).ConfigureAwait(false);
        var listed = parts.Count == 0 ? upload.Parts : parts.Select(p => new UploadPart(p.UploadId, p.Commune, p.Term, p.AnnexIndexes!.Count)).ToArray();
        var now = clock.GetUtcNow();
        await uploads.UpdateAsync(own.Count == 0
                // A report that carries only other communes' annexes has nothing left to score: it is done once its parts are sent on.
                ? upload with { Status = UploadStatus.Scored, ScoredAt = now, AnnexCount = 0, Parts = listed, Period = period.Period, HalfYear = period.HalfYear }
                : upload with
                {
                    Status = UploadStatus.Parsed, AnnexCount = own.Count, Warnings = warnings, NeedsConfirmation = holds, Period = period.Period, HalfYear = period.HalfYear,
                    Parts = listed, ReportFindings = report?.Of(own.Select(a => a.Sheet).ToArray()).Disagreements,
                }, cancellationToken,
            drivenAt: now).ConfigureAwait(false);
        // At once rather than at the next re-drive; one that fails here is still pending, and the re-drive parses it.
        // A part this step made on an earlier run may have gone on since: only one still received is parsed.
        foreach (var part in parts)
        {
            if (await uploads.GetAsync(part.UploadId, cancellationToken).ConfigureAwait(false) is { Status: UploadStatus.Received } received)
                await ParseAsync(received, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// A PDF report (issue 17 item 4): its text read (a scan without one refused), checked against the current annexes of the
    /// communes its sections speak of (<see cref="Queries.ReportAnnexes"/>), and kept with the upload, which is then done: it
    /// carries no annex, and replaces none. Each commune's part is also kept beside that commune's summary for the term
    /// (<see cref="Scoring.ReportCheckStore"/>), with the upload of the annex it was checked against: the province counts it.
    /// </summary>
    private async Task ParsePdfAsync(UploadRecord upload, BinaryData original, CommuneRegistry registry, CancellationToken cancellationToken)
    {
        ReportText text;
        try
        {
            using var content = original.ToStream();
            text = PdfReportReader.Read(content);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            text = new ReportText([], Refusals.Damaged($"{ex.GetType().Name}: {ex.Message}"));
        }
        if (text.Error is { } error)
        {
            await uploads.UpdateAsync(upload with { Status = UploadStatus.Rejected, ErrorCode = AnnexReports.CodeOf(error), ErrorMessage = error.Message }, cancellationToken).ConfigureAwait(false);
            return;
        }
        var catalogue = await catalogues.ForProvinceAsync(upload.Commune.Province, cancellationToken).ConfigureAwait(false);
        var byCommune = await reportAnnexes.ByCommuneAsync(text.Paragraphs, upload.Commune, upload.Term, upload.UploaderCommune ?? upload.Commune, registry, catalogue,
            cancellationToken).ConfigureAwait(false);
        var report = NarrativeReports.For(text.Paragraphs, byCommune.SelectMany(c => c.Annexes).ToArray(), catalogue);
        var document = new ParsedUpload(upload.UploadId, [], report);
        await parsed.PutAsync(document, cancellationToken).ConfigureAwait(false);
        // Each commune's part, checked against its annexes alone (two communes' sheets may share a name), kept beside its summary
        // for the province's count (Core.Reporting.ReportCheckOverlay). Before the status: a crash in between parses again and writes the same.
        foreach (var commune in byCommune)
        {
            var own = NarrativeReports.For(text.Paragraphs, commune.Annexes, catalogue).Of(commune.Annexes.Select(a => a.Annex.Sheet).ToArray());
            await reportChecks.StoreIfNewerAsync(commune.Commune, commune.Term, new ReportCheck(upload.UploadId, commune.UploadId, own.Disagreements, own), cancellationToken)
                .ConfigureAwait(false);
        }
        await uploads.UpdateAsync(upload with { Status = UploadStatus.Scored, ScoredAt = clock.GetUtcNow(), AnnexCount = 0 }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The original read with <paramref name="options"/>; a reader's exception is the file's refusal (reading is a pure function of the bytes: the same file fails the same way every time).</summary>
    private static WorkbookReadResult ReadOriginal(BinaryData original, AnnexReadOptions options)
    {
        try
        {
            using var content = original.ToStream();
            return AnnexReader.Read(content, options);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return WorkbookReadResult.Refused(Refusals.Damaged($"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <summary>Whether the upload is a report (a Word document): its annexes go to the communes their titles name.</summary>
    private static bool IsReport(UploadRecord upload) => OriginalBlobName.TryParse(upload.BlobName, out var original) && original.IsReport;

    /// <summary>
    /// The report's own annexes (those of the commune and term it was sent for) and, for the others, the part uploads
    /// they become (<see cref="AnnexAttribution"/>), among the communes the uploader speaks for; and all of them as those
    /// uploads read them (<see cref="AnnexesAsSent"/>), for the report's text checked against its tables.
    /// </summary>
    private static (IReadOnlyList<Core.Annexes.Annex> Own, IReadOnlyList<UploadRecord> Parts, IReadOnlyList<Core.Annexes.Annex> AsSent) Split(UploadRecord report,
        IReadOnlyList<Core.Annexes.Annex> annexes, CommuneRegistry registry, Func<AnnexReadOptions, WorkbookReadResult> read, AnnexReadOptions options)
    {
        var speaksFor = AccessPolicy.CommunesOf(report.UploaderCommune ?? report.Commune, registry);
        var split = AnnexAttribution.Split(annexes, report.Commune, report.Term, speaksFor, registry);
        var own = split[0].Indexes.Select(i => annexes[i]).ToArray();
        var parts = split.Skip(1).Select(part => report with
        {
            UploadId = UploadId.PartOf(new UploadId(report.UploadId), part.Commune, part.Term).Value,
            Commune = part.Commune,
            Term = part.Term,
            Status = UploadStatus.Received,
            // A period chosen for the report's term means nothing for another term's annexes.
            Period = AnnexesAsSent.PeriodOf(part, report.Term, report.Period),
            PeriodChosen = report.PeriodChosen && AnnexesAsSent.PeriodOf(part, report.Term, report.Period) is not null,
            ReportOf = report.UploadId,
            AnnexIndexes = part.Indexes,
            Parts = null,
        }).ToArray();
        return (own, parts, AnnexesAsSent.Read(read, options, annexes, split, registry));
    }

    private async Task SendScoreRequestsAsync(string uploadId, int annexCount, CancellationToken cancellationToken)
    {
        for (var i = 0; i < annexCount; i++)
        {
            var message = JsonSerializer.Serialize(new ScoreRequest(uploadId, i), StorageJson.Options);
            await scoreQueue.SendMessageAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }
}
