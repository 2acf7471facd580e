using Pipeline.Core.Catalogue;
using Pipeline.Storage.Catalogue;

namespace Pipeline.Storage.Tests.Fakes;

/// <summary>Every province scored with the built-in catalogue, without storage.</summary>
internal sealed class BuiltInCatalogue : ICatalogueSource
{
    public Task<IndicatorCatalogue> ForProvinceAsync(string province, CancellationToken cancellationToken) => Task.FromResult(IndicatorCatalogue.Default);
}
