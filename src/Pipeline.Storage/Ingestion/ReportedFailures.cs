using System.Collections.Concurrent;

namespace Pipeline.Storage.Ingestion;

/// <summary>
/// Remembers which re-drive failures a host has already logged, so a failure that repeats on
/// every pass is logged once with its cause rather than every few seconds.
/// </summary>
public sealed class ReportedFailures
{
    private readonly ConcurrentDictionary<string, string> _reported = new(StringComparer.Ordinal);

    /// <summary>The failures of <paramref name="report"/> not reported before with the same cause; forgets uploads that no longer fail.</summary>
    public IReadOnlyList<RedriveFailure> New(RedriveReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var fresh = new List<RedriveFailure>();
        foreach (var failure in report.Failures)
        {
            var cause = $"{failure.Cause.GetType().FullName}: {failure.Cause.Message}";
            if (!_reported.TryGetValue(failure.UploadId, out var known) || known != cause) fresh.Add(failure);
            _reported[failure.UploadId] = cause;
        }
        foreach (var uploadId in _reported.Keys.Except(report.Failures.Select(f => f.UploadId)).ToArray())
            _reported.TryRemove(uploadId, out _);
        return fresh;
    }
}
