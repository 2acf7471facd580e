using Pipeline.Core.Units;

namespace Pipeline.Storage.Units;

/// <summary>The administrative units as they stand, and their replacement by a province officer: what the access rules and every route look a commune up in.</summary>
public interface IUnitRegistry
{
    /// <summary>The current registry, from memory when it was looked at within the last few seconds.</summary>
    Task<CommuneRegistry> CurrentAsync(CancellationToken cancellationToken);

    /// <summary>Replaces a province's units after validating the document as a whole: the saved province, or the Vietnamese errors.</summary>
    Task<(RegisteredProvince? Province, IReadOnlyList<string> Errors)> ReplaceAsync(string province, ProvinceUnits? document, CancellationToken cancellationToken);
}
