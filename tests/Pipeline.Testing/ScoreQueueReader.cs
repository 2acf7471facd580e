using Azure.Storage.Queues.Models;
using Pipeline.Storage.Ingestion;
using Pipeline.Storage.Scoring;

namespace Pipeline.Testing;

/// <summary>Reads the score queue the way the queue trigger does, for tests that drive the steps by hand.</summary>
public static class ScoreQueueReader
{
    /// <summary>Takes every message off the queue; <paramref name="delete"/> false leaves them invisible for <paramref name="hold"/> (a "late" delivery).</summary>
    public static async Task<IReadOnlyList<QueueMessage>> TakeAllAsync(OpenedPipeline storage, bool delete = true, TimeSpan? hold = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var queue = new RawStorage(storage.ConnectionString).ScoreQueue;
        var taken = new List<QueueMessage>();
        while (true)
        {
            var batch = (await queue.ReceiveMessagesAsync(32, hold).ConfigureAwait(false)).Value;
            if (batch.Length == 0) return taken;
            foreach (var message in batch)
            {
                taken.Add(message);
                if (delete) await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Takes every message and runs the score step on it, as the queue trigger does; returns the requests handled.</summary>
    public static async Task<IReadOnlyList<ScoreRequest>> ScoreAllAsync(OpenedPipeline storage)
    {
        var handled = new List<ScoreRequest>();
        foreach (var message in await TakeAllAsync(storage).ConfigureAwait(false))
        {
            var request = AnnexScoring.ReadMessage(message.Body.ToString());
            await storage.Scoring.ScoreAsync(request, CancellationToken.None).ConfigureAwait(false);
            handled.Add(request);
        }
        return handled;
    }

    /// <summary>
    /// Waits until every message of <paramref name="held"/> (taken with a hold, not deleted) is visible on
    /// the queue again, instead of sleeping past the hold; throws a <see cref="TimeoutException"/> naming
    /// the messages still hidden after <paramref name="timeout"/> (10 s by default).
    /// </summary>
    public static async Task WaitUntilVisibleAgainAsync(OpenedPipeline storage, IReadOnlyCollection<QueueMessage> held, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(held);
        var queue = new RawStorage(storage.ConnectionString).ScoreQueue;
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (true)
        {
            var visible = (await queue.PeekMessagesAsync(32).ConfigureAwait(false)).Value.Select(m => m.MessageId).ToHashSet(StringComparer.Ordinal);
            var hidden = held.Where(m => !visible.Contains(m.MessageId)).Select(m => m.MessageId).ToArray();
            if (hidden.Length == 0) return;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Held score messages did not come back to the queue: {string.Join(", ", hidden)}.");
            await Task.Delay(100).ConfigureAwait(false);
        }
    }
}
