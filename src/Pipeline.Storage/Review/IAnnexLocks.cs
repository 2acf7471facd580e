using Pipeline.Core.Units;

namespace Pipeline.Storage.Review;

/// <summary>Whether a commune's annex for a term is confirmed, so no upload may replace it (<see cref="AnnexReviews"/>).</summary>
public interface IAnnexLocks
{
    /// <summary>Null when an upload may become current; otherwise the Vietnamese refusal naming who confirmed it and when.</summary>
    Task<string?> LockedAsync(CommuneId commune, string term, CancellationToken cancellationToken);
}
