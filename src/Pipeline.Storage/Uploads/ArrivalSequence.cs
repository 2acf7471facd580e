using Pipeline.Core.Units;

namespace Pipeline.Storage.Uploads;

/// <summary>
/// The order uploads arrive in within one millisecond, for <see cref="UploadId.New(DateTimeOffset, int)"/>: 0 for the first
/// upload of a millisecond, 1 for the next received in the same one, and so on — so the last to arrive has the largest id and
/// is the "newest" (summaries, listings, a report's parts). Kept by the one <see cref="UploadService"/> of a host; two hosts
/// receiving in the same millisecond still sort at random between them. Thread-safe.
/// </summary>
public sealed class ArrivalSequence
{
    private readonly Lock _gate = new();
    private long _millisecond = long.MinValue;
    private int _next;

    /// <summary>
    /// The time an upload is received, read from <paramref name="clock"/>, and its sequence in that millisecond; read together, so
    /// of two uploads received at once the one read later never has the earlier place. Past <see cref="UploadId.MaxSequence"/>
    /// arrivals in one millisecond the sequence stays there (their order is then random).
    /// </summary>
    public (DateTimeOffset ReceivedAt, int Sequence) Next(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        lock (_gate)
        {
            var receivedAt = clock.GetUtcNow();
            var millisecond = receivedAt.ToUnixTimeMilliseconds();
            if (millisecond != _millisecond)
            {
                _millisecond = millisecond;
                _next = 0;
            }
            return (receivedAt, _next <= UploadId.MaxSequence ? _next++ : UploadId.MaxSequence);
        }
    }
}
