using Pipeline.Core.Catalogue;

namespace Pipeline.Storage.Catalogue;

/// <summary>The indicator catalogue a province's annexes are scored with.</summary>
public interface ICatalogueSource
{
    /// <summary>The built-in catalogue with the province's extension, if it has one.</summary>
    Task<IndicatorCatalogue> ForProvinceAsync(string province, CancellationToken cancellationToken);
}
