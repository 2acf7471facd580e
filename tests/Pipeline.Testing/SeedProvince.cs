using Pipeline.Core.Units;

namespace Pipeline.Testing;

/// <summary>A province of a test's own holding the seed's merger: Chiềng En, Pú Bẩu and the old Bó Sinh became the new Bó Sinh on 2025-07-01.</summary>
public static class SeedProvince
{
    /// <summary>The registry of province <paramref name="province"/> (an id unique to the test, so tests share Azurite without meeting).</summary>
    public static CommuneRegistry Registry(string province)
    {
        var (units, errors) = ProvinceUnitsValidator.Validate(new ProvinceUnits(province, "Tỉnh thử",
            [new("chieng-en", "Chiềng En"), new("pu-bau", "Pú Bẩu"), new("bo-sinh-cu", "Bó Sinh (cũ)"), new("bo-sinh", "Bó Sinh")],
            [new MergerUnit("bo-sinh", ["chieng-en", "pu-bau", "bo-sinh-cu"], "2025-07-01", "Nghị quyết thử")]));
        if (units is null) throw new InvalidOperationException($"The seed province is invalid: {string.Join("; ", errors)}");
        return CommuneRegistry.Empty.With(units);
    }
}
