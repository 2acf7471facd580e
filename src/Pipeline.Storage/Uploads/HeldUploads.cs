using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Storage.Ingestion;
using Pipeline.Storage.Review;
using Pipeline.Storage.Scoring;
using Pipeline.Storage.Units;

namespace Pipeline.Storage.Uploads;

/// <summary>
/// The clerk's decision on a held upload (<see cref="UploadStatus.Held"/>: its titles name another
/// commune or term than the one chosen): confirm it — it becomes the commune's current annex as any
/// scored upload does, recording who confirmed and when — or cancel it, leaving the current annex as
/// it is. Either way the upload and its warnings are kept for good. Only someone who may upload for
/// the commune decides; a held upload cannot be confirmed over an annex the province confirmed (409).
/// A Word report, or a part of one, is held for what stayed with it: its annexes naming no commune, this commune for a
/// term or period other than the one chosen (confirmed, they count for the one chosen, as a workbook's do), or another
/// commune the reader could not send them to. Confirming it confirms the reader's attribution: the parts already sent on
/// stay with their communes, and an annex naming another commune is never folded into this one — the confirmation is
/// refused (409 <c>annex-of-another-commune</c>, <see cref="ForeignAnnexes"/>) saying which annexes name which commune and
/// what to do. A workbook keeps the workbook rule: confirmed, its annexes are the commune's whatever their titles name.
/// An upload whose period (taken from its file) is a year outside its term cannot be confirmed (409 <c>period-not-of-term</c>):
/// the clerk cancels it and sends it for the term of that year.
/// </summary>
public sealed class HeldUploads(IUnitRegistry units, UploadStore uploads, ParsedUploads parsed, AnnexScoring scoring, IAnnexLocks locks, TimeProvider clock)
{
    /// <summary>Refusal code of a report whose annexes name another commune (<see cref="ForeignAnnexes"/>).</summary>
    public const string AnnexOfAnotherCommune = "annex-of-another-commune";

    /// <summary>Refusal code of a held upload whose period is a year outside its term (the same code as the 400 of a period chosen so).</summary>
    public const string PeriodNotOfTerm = "period-not-of-term";

    /// <summary>
    /// Confirms a held upload. Confirming one already confirmed and current answers it as it is. Nothing is recorded before
    /// every rule passed; the confirmation is recorded before the upload is made current, so a crash in between leaves it
    /// held and confirmed, and confirming again finishes.
    /// </summary>
    public Task<SubmissionResult> ConfirmAsync(string uploadId, Caller? caller, CancellationToken cancellationToken) =>
        DecideAsync(uploadId, caller, async upload =>
        {
            if (upload.Status == UploadStatus.Scored && upload.ConfirmedAt is not null) return new SubmissionResult.Decided(upload);
            if (upload.Status != UploadStatus.Held) return NotHeld(upload);
            // A year's results taken from the file for a term without that year: current there, they would count nowhere.
            if (upload.Period is { Year: { } year } period && Term.TryParse(upload.Term, out var term) && !period.IsPeriodOf(term))
                return new SubmissionResult.Refused(409, PeriodNotOfTerm, UploadMessages.HeldPeriodNotOfTerm(year, term));
            // Locked by the province: nothing changes, the upload stays held until the annex is reopened. The lock is the whole term's annex's only.
            if (upload.ForWholeTerm && await locks.LockedAsync(upload.Commune, upload.Term, cancellationToken).ConfigureAwait(false) is { } locked)
                return new SubmissionResult.Refused(409, ReviewCodes.AnnexConfirmed, locked);
            if (await ForeignAnnexesAsync(upload, caller!, cancellationToken).ConfigureAwait(false) is { } foreign) return foreign;
            // Recorded before it is made current: a crash in between leaves it held and confirmed, and confirming again finishes.
            var confirmed = upload with { ConfirmedBy = caller!.Name, ConfirmedAt = clock.GetUtcNow() };
            await uploads.UpdateAsync(confirmed, cancellationToken).ConfigureAwait(false);
            var current = await scoring.MakeCurrentAsync(confirmed, cancellationToken).ConfigureAwait(false);
            var now = (await uploads.GetAsync(uploadId, cancellationToken).ConfigureAwait(false))!;
            // Confirmed by the province in between: the upload was rejected with the lock's reason.
            return current ? new SubmissionResult.Decided(now) : new SubmissionResult.Refused(409, ReviewCodes.AnnexConfirmed, now.ErrorMessage ?? "");
        }, cancellationToken);

    /// <summary>Cancels a held upload; cancelling one already cancelled answers it as it is.</summary>
    public Task<SubmissionResult> CancelAsync(string uploadId, Caller? caller, CancellationToken cancellationToken) =>
        DecideAsync(uploadId, caller, async upload =>
        {
            if (upload.Status == UploadStatus.Cancelled) return new SubmissionResult.Decided(upload);
            if (upload.Status != UploadStatus.Held) return NotHeld(upload);
            var cancelled = upload with { Status = UploadStatus.Cancelled };
            await uploads.UpdateAsync(cancelled, cancellationToken).ConfigureAwait(false);
            return new SubmissionResult.Decided(cancelled);
        }, cancellationToken);

    /// <summary>
    /// For a Word report or a part of one: the refusal when annexes it holds name another commune (<see cref="ForeignAnnexes"/>);
    /// null when none does, and for a workbook.
    /// </summary>
    private async Task<SubmissionResult.Refused?> ForeignAnnexesAsync(UploadRecord upload, Caller caller, CancellationToken cancellationToken)
    {
        var isReport = upload.ReportOf is not null || (OriginalBlobName.TryParse(upload.BlobName, out var original) && original.IsReport);
        if (!isReport) return null;
        // Held means parsed: a document gone with an emulator's last seconds is read again by the re-drive (as the score step does), then held again.
        if (await parsed.GetAsync(upload.UploadId, cancellationToken).ConfigureAwait(false) is not { } document)
        {
            await uploads.UpdateAsync(upload with { Status = UploadStatus.Received, AnnexCount = 0 }, cancellationToken, drivenAt: DateTimeOffset.MinValue).ConfigureAwait(false);
            return NotHeld(upload with { Status = UploadStatus.Received });
        }
        var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var foreign = ForeignAnnexes.Of(document.Annexes, upload.Commune, upload.Term, AccessPolicy.CommunesOf(caller, registry), registry);
        return foreign.Count == 0
            ? null
            : new SubmissionResult.Refused(409, AnnexOfAnotherCommune, UploadMessages.ForeignAnnexes(registry.Find(upload.Commune)?.Name ?? upload.Commune.Commune, foreign));
    }

    private static SubmissionResult.Refused NotHeld(UploadRecord upload) => new(409, "not-held", UploadMessages.NotHeld(upload.Status));

    private async Task<SubmissionResult> DecideAsync(string uploadId, Caller? caller, Func<UploadRecord, Task<SubmissionResult>> decide, CancellationToken cancellationToken)
    {
        if (caller is null) return SubmissionResult.Refused.Denied(AccessDecision.Unauthenticated);
        var registry = await units.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var signIn = AccessPolicy.CanSignIn(caller, registry);
        if (!signIn.Allowed) return SubmissionResult.Refused.Denied(signIn);
        if (!UploadId.TryParse(uploadId, out _) || await uploads.GetAsync(uploadId, cancellationToken).ConfigureAwait(false) is not { } upload)
            return new SubmissionResult.Refused(404, "not-found", $"Không có lượt tải lên {uploadId}.");
        var decision = AccessPolicy.CanUpload(caller, upload.Commune, registry);
        if (!decision.Allowed) return SubmissionResult.Refused.Denied(decision);
        return await decide(upload).ConfigureAwait(false);
    }
}
