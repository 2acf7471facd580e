using Pipeline.Core.Review;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Durability;

/// <summary>
/// A province officer's decision the API answered 200 for: the commune's review as it then stood
/// (its version and last decision). Replayed where storage holds an older version or lacks the
/// decision's history line; every version is kept, so each decision's line comes back.
/// </summary>
public sealed record AcceptedReview(CommuneId Commune, CommuneReview Review);
