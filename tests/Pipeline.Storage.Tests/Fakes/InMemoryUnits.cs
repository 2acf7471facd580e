using Pipeline.Core.Units;
using Pipeline.Storage.Units;

namespace Pipeline.Storage.Tests.Fakes;

/// <summary>The administrative units held in memory, for rules tested without storage.</summary>
internal sealed class InMemoryUnits(CommuneRegistry registry) : IUnitRegistry
{
    public Task<CommuneRegistry> CurrentAsync(CancellationToken cancellationToken) => Task.FromResult(registry);

    public Task<(RegisteredProvince? Province, IReadOnlyList<string> Errors)> ReplaceAsync(string province, ProvinceUnits? document, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The rules under test never replace the units.");
}
