using Pipeline.Core.Units;
using Pipeline.Storage.Access;
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
/// </summary>
public sealed class HeldUploads(IUnitRegistry units, UploadStore uploads, AnnexScoring scoring, IAnnexLocks locks, TimeProvider clock)
{
    /// <summary>Confirms a held upload. Confirming one already confirmed and current answers it as it is.</summary>
    public Task<SubmissionResult> ConfirmAsync(string uploadId, Caller? caller, CancellationToken cancellationToken) =>
        DecideAsync(uploadId, caller, async upload =>
        {
            if (upload.Status == UploadStatus.Scored && upload.ConfirmedAt is not null) return new SubmissionResult.Decided(upload);
            if (upload.Status != UploadStatus.Held) return NotHeld(upload);
            // Locked by the province: nothing changes, the upload stays held until the annex is reopened. The lock is the whole term's annex's only.
            if (upload.ForWholeTerm && await locks.LockedAsync(upload.Commune, upload.Term, cancellationToken).ConfigureAwait(false) is { } locked)
                return new SubmissionResult.Refused(409, ReviewCodes.AnnexConfirmed, locked);
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
