using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pipeline.Storage;
using Pipeline.Storage.Consolidations;
using Pipeline.Storage.Durability;
using Pipeline.Storage.Ingestion;
using Pipeline.Storage.Units;

namespace Pipeline.Local.Serve;

/// <summary>
/// Keeps the local host's promise that nothing acknowledged is lost and nothing waits: at start
/// and after Azurite restarts (<see cref="StorageEpoch"/>) it replays the journal into storage
/// (what Azurite had not saved yet), then every few seconds re-drives uploads that are stuck —
/// missed by the local blob trigger, or held by a host that stopped (<see cref="RedrivePolicy.Local"/>) —
/// and forgets journal entries whose final state storage has had time to save.
/// </summary>
public sealed partial class LocalRecovery(StoragePreparation storage, AcceptedWrites acceptedWrites, AnnexIngestion ingestion, UnitRegistryStore units,
    Consolidation consolidation, LocalJournal journal, StorageEpoch epoch, TimeProvider clock, ILogger<LocalRecovery> log)
    : BackgroundService
{
    /// <summary>Azurite saves every 5 s: an entry whose final state storage has shown this long is on its disk.</summary>
    private static readonly TimeSpan SavedAfter = TimeSpan.FromSeconds(30);

    private readonly ReportedFailures _failures = new();
    private readonly Dictionary<string, DateTimeOffset> _finalSince = new(StringComparer.Ordinal);
    private int _replayedEpoch = -1;
    private DateTimeOffset _nextForget = DateTimeOffset.MinValue;
    private string? _lastProblem;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PassAsync(stoppingToken).ConfigureAwait(false);
                _lastProblem = null;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Stopping: storage going away with the host (Ctrl-C reaches Azurite too) is no problem to report.
                if (stoppingToken.IsCancellationRequested) break;
                // Storage may be restarting; the next pass tries again. Said once, not every pass.
                var problem = $"{ex.GetType().Name}: {ex.Message}";
                if (problem != _lastProblem) LogPassFailed(problem);
                _lastProblem = problem;
            }
            var tick = Task.Delay(RedrivePolicy.Local.Interval, clock, stoppingToken);
            await Task.WhenAny(tick, epoch.NextChange).ConfigureAwait(false);
            stoppingToken.ThrowIfCancellationRequested();
        }
    }

    /// <summary>One pass: replay (when storage is new), re-drive, forget what is saved.</summary>
    public async Task PassAsync(CancellationToken cancellationToken)
    {
        var (number, resumedAt) = epoch.Current;
        if (number != _replayedEpoch)
        {
            await storage.RepeatAsync(cancellationToken).ConfigureAwait(false); // a new Azurite may have lost even its containers
            await ReplayAsync(DateTimeOffset.MinValue, cancellationToken).ConfigureAwait(false);
            _replayedEpoch = number;
            _finalSince.Clear(); // what the old Azurite showed may not have been saved
        }
        else if (clock.GetUtcNow() - resumedAt < SavedAfter && number > 0)
        {
            // Requests in flight when Azurite went down may have journaled after the replay: theirs again.
            await ReplayAsync(resumedAt - SavedAfter, cancellationToken).ConfigureAwait(false);
        }
        var report = await RedrivePolicy.Local.RunAsync(ingestion, clock.GetUtcNow(), resumedAt, cancellationToken).ConfigureAwait(false);
        if (report.Parsed + report.Resent > 0) LogRedriven(report.Parsed, report.Resent);
        foreach (var failure in _failures.New(report)) LogRedriveFailed(failure.UploadId, failure.Cause.GetType().Name, failure.Cause.Message);
        // Every SavedAfter, not every pass: it reads the record of every journaled upload.
        if (clock.GetUtcNow() >= _nextForget)
        {
            await ForgetSavedAsync(cancellationToken).ConfigureAwait(false);
            _nextForget = clock.GetUtcNow() + SavedAfter;
        }
    }

    /// <summary>Restores what the journal holds (uploads journaled since <paramref name="since"/>; every document) where storage lacks it.</summary>
    private async Task ReplayAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        int uploads = 0, documents = 0;
        foreach (var uploadId in journal.JournaledUploads(since))
        {
            if (await journal.ReadUploadAsync(uploadId, cancellationToken).ConfigureAwait(false) is { } upload &&
                await acceptedWrites.RestoreUploadAsync(upload, cancellationToken).ConfigureAwait(false))
                uploads++;
        }
        foreach (var listed in await journal.ReadDocumentsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (await RestoreLatestAsync(journal, acceptedWrites, listed, cancellationToken).ConfigureAwait(false)) documents++;
        }
        var reviews = 0;
        foreach (var accepted in await journal.ReadReviewsAsync(cancellationToken).ConfigureAwait(false))
        {
            using var hold = await journal.HoldReplayAsync(cancellationToken).ConfigureAwait(false);
            // Restored only where storage holds an older version: a later decision is never undone.
            if (await acceptedWrites.RestoreReviewAsync(accepted, cancellationToken).ConfigureAwait(false)) reviews++;
        }
        foreach (var listed in await journal.ReadDeadlinesAsync(cancellationToken).ConfigureAwait(false))
        {
            using var hold = await journal.HoldReplayAsync(cancellationToken).ConfigureAwait(false);
            if (await journal.ReadDeadlineAsync(listed, cancellationToken).ConfigureAwait(false) is { } latest &&
                await acceptedWrites.RestoreDeadlineAsync(latest, cancellationToken).ConfigureAwait(false))
                reviews++;
        }
        if (uploads + documents + reviews == 0) return;
        LogReplayed(uploads, documents, reviews);
        if (documents > 0)
        {
            await units.ReloadAsync(cancellationToken).ConfigureAwait(false); // not the 10 s cache of what the new Azurite had before
            // Units or a catalogue changed back to what was accepted: consolidated summaries follow.
            var run = await consolidation.StartAsync(ConsolidationTrigger.Recovery, "pipeline", null, cancellationToken).ConfigureAwait(false);
            await consolidation.RunAsync(run, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Restores the latest accepted version of a listed document, read again while document writes are
    /// held: one accepted since the listing (a catalogue DELETE right after start) is never undone by it.
    /// </summary>
    internal static async Task<bool> RestoreLatestAsync(LocalJournal journal, AcceptedWrites acceptedWrites, AcceptedDocument listed, CancellationToken cancellationToken)
    {
        using var hold = await journal.HoldReplayAsync(cancellationToken).ConfigureAwait(false);
        return await journal.ReadDocumentAsync(listed, cancellationToken).ConfigureAwait(false) is { } latest &&
            await acceptedWrites.RestoreDocumentAsync(latest, cancellationToken).ConfigureAwait(false);
    }

    private async Task ForgetSavedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var uploadId in journal.JournaledUploads(DateTimeOffset.MinValue))
        {
            await ForgetWhenSavedAsync(uploadId, now, () => acceptedWrites.IsFinalAsync(uploadId, cancellationToken),
                () => journal.ForgetUpload(uploadId)).ConfigureAwait(false);
        }
        foreach (var document in await journal.ReadDocumentsAsync(cancellationToken).ConfigureAwait(false))
        {
            await ForgetWhenSavedAsync($"{document.Container}/{document.BlobName}", now, () => acceptedWrites.HoldsDocumentAsync(document, cancellationToken),
                () => journal.ForgetDocument(document)).ConfigureAwait(false);
        }
        foreach (var review in await journal.ReadReviewsAsync(cancellationToken).ConfigureAwait(false))
        {
            await ForgetWhenSavedAsync($"review/{review.Commune}/{review.Review.Term}/{review.Review.Version}", now, () => acceptedWrites.HoldsReviewAsync(review, cancellationToken),
                () => journal.ForgetReview(review)).ConfigureAwait(false);
        }
        foreach (var deadline in await journal.ReadDeadlinesAsync(cancellationToken).ConfigureAwait(false))
        {
            await ForgetWhenSavedAsync($"deadline/{deadline.Province}/{deadline.Deadline.Term}/{deadline.Deadline.Period}", now, () => acceptedWrites.HoldsDeadlineAsync(deadline, cancellationToken),
                () => journal.ForgetDeadline(deadline)).ConfigureAwait(false);
        }
    }

    /// <summary>Forgets an entry once storage has shown it settled for <see cref="SavedAfter"/> (Azurite has saved it by then).</summary>
    private async Task ForgetWhenSavedAsync(string key, DateTimeOffset now, Func<Task<bool>> settled, Action forget)
    {
        if (_finalSince.TryGetValue(key, out var since))
        {
            if (now - since < SavedAfter) return;
            forget();
            _finalSince.Remove(key);
        }
        else if (await settled().ConfigureAwait(false))
        {
            _finalSince[key] = now;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Restored {Uploads} upload(s), {Documents} document(s) and {Reviews} review decision(s) or deadline(s) that storage had lost, from the journal")]
    private partial void LogReplayed(int uploads, int documents, int reviews);

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-drove stuck uploads: parsed {Parsed}, score requests sent again for {Resent}")]
    private partial void LogRedriven(int parsed, int resent);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not drive upload {UploadId} on: {Cause}: {Message} (logged once; retried every pass)")]
    private partial void LogRedriveFailed(string uploadId, string cause, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recovery pass failed: {Problem} (logged once until it changes; retried every pass)")]
    private partial void LogPassFailed(string problem);
}
