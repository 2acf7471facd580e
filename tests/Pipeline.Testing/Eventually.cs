namespace Pipeline.Testing;

/// <summary>Waits on a condition instead of sleeping and hoping it came true.</summary>
public static class Eventually
{
    /// <summary>
    /// Polls <paramref name="condition"/> every 100 ms until it holds; throws a <see cref="TimeoutException"/>
    /// saying <paramref name="failure"/> (what did not happen) after <paramref name="timeout"/> (30 s by default).
    /// </summary>
    public static async Task WaitUntilAsync(Func<bool> condition, string failure, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException(failure);
            await Task.Delay(100).ConfigureAwait(false);
        }
    }
}
