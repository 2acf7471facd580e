using Pipeline.Core.Review;

namespace Pipeline.Api;

/// <summary>
/// The body of GET and POST /api/communes/{province}/{commune}/review: the commune's review for the
/// term, as its summary shows it (<see cref="ReviewLine"/>), with the upload it concerns.
/// </summary>
/// <param name="UploadId">The current upload the state is about; null when nothing is current.</param>
public sealed record ReviewDocument(
    string Commune, string Term, ReviewState State, bool Confirmed, string? UploadId, DateTimeOffset? FirstSubmittedAt, DateOnly? Deadline,
    Timeliness? Timeliness, ReviewEvent? LastDecision)
{
    /// <summary>The document of <paramref name="commune"/>'s review for <paramref name="term"/>, shown for the current upload <paramref name="uploadId"/>.</summary>
    public static ReviewDocument From(string commune, string term, string? uploadId, ReviewLine line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return new(commune, term, line.State, line.Confirmed, uploadId, line.FirstSubmittedAt, line.Deadline, line.Timeliness, line.LastDecision);
    }
}
