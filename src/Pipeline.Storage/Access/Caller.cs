using Pipeline.Core.Units;

namespace Pipeline.Storage.Access;

/// <summary>What kind of officer a caller is.</summary>
public enum CallerRole
{
    /// <summary>Uploads and reads for one commune.</summary>
    CommuneOfficer,

    /// <summary>Reads every commune of one province and starts consolidation.</summary>
    ProvinceOfficer,
}

/// <summary>
/// Who is calling, once authenticated: a commune officer of <see cref="Commune"/> or a
/// province officer of <see cref="Province"/>. Locally from an access key, in Azure from the
/// App Service authentication principal.
/// </summary>
public sealed record Caller(string Name, CallerRole Role, string Province, CommuneId? Commune)
{
    public static Caller CommuneOfficer(string name, CommuneId commune) => new(name, CallerRole.CommuneOfficer, commune.Province, commune);

    public static Caller ProvinceOfficer(string name, string province) => new(name, CallerRole.ProvinceOfficer, province, null);
}
