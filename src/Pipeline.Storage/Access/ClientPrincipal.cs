using System.Text;
using System.Text.Json;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Access;

/// <summary>
/// Reads the caller from App Service authentication's X-MS-CLIENT-PRINCIPAL header (Base64
/// JSON with the user's claims). Microsoft Entra app roles name the caller:
/// "commune:{province}/{commune}" for a commune officer, "province:{province}" for a province officer.
/// </summary>
public static class ClientPrincipal
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";

    public static Caller? Read(string? header)
    {
        if (string.IsNullOrWhiteSpace(header)) return null;
        PrincipalDocument? principal;
        try
        {
            principal = JsonSerializer.Deserialize<PrincipalDocument>(Convert.FromBase64String(header), JsonOptions);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
        if (principal?.Claims is not { } claims) return null;

        var name = claims.FirstOrDefault(c => c.Typ is "name" or "preferred_username")?.Val ?? "unknown";
        var roles = claims.Where(c => c.Typ is "roles" or "http://schemas.microsoft.com/ws/2008/06/identity/claims/role").Select(c => c.Val ?? "");
        foreach (var role in roles)
        {
            if (role.StartsWith("province:", StringComparison.Ordinal) && ProvinceId.IsValid(role[9..]))
                return Caller.ProvinceOfficer(name, role[9..]);
            if (role.StartsWith("commune:", StringComparison.Ordinal) && CommuneId.TryParse(role[8..], out var commune))
                return Caller.CommuneOfficer(name, commune.Value);
        }
        return null;
    }

    /// <summary>Builds the header value for a caller: for tests and for local tools that speak the Azure protocol.</summary>
    public static string Write(string name, string role) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(
            new PrincipalDocument([new ClaimEntry("name", name), new ClaimEntry("roles", role)]), JsonOptions)));

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    private sealed record PrincipalDocument(List<ClaimEntry>? Claims);

    private sealed record ClaimEntry(string? Typ, string? Val);
}
