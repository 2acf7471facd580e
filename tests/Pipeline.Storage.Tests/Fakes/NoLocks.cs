using Pipeline.Core.Units;
using Pipeline.Storage.Review;

namespace Pipeline.Storage.Tests.Fakes;

/// <summary>No commune's annex is confirmed: the upload rules' tests run without storage (the lock itself is tested on Azurite, ReviewTests).</summary>
internal sealed class NoLocks : IAnnexLocks
{
    public Task<string?> LockedAsync(CommuneId commune, string term, CancellationToken cancellationToken) => Task.FromResult<string?>(null);
}
