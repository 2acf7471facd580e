using Pipeline.Storage.Access;
using Pipeline.Core.Units;

namespace Pipeline.Storage.Tests;

public class AccessPolicyTests
{
    private static readonly CommuneId ChiengEn = new("son-la", "chieng-en");
    private static readonly CommuneId PuBau = new("son-la", "pu-bau");
    private static readonly CommuneId Elsewhere = new("dien-bien", "muong-phang");
    private static readonly Caller ChiengEnClerk = Caller.CommuneOfficer("Lò Văn A", ChiengEn);
    private static readonly Caller SonLaOfficer = Caller.ProvinceOfficer("Cầm Thị B", "son-la");
    private static readonly CommuneRegistry Registry = CommuneRegistry.LoadFile(Pipeline.Workbooks.RepositoryLayout.Sample("registry.json"));

    [Fact]
    public void New_keys_never_open_with_a_character_a_shell_reads_as_an_option()
    {
        var keys = Enumerable.Range(0, 500).Select(_ => AccessKeys.NewKey()).ToArray();
        Assert.All(keys, key => Assert.True(char.IsAsciiLetterOrDigit(key[0]) && key.Length == 32, key));
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_commune_officer_uploads_and_reads_for_their_own_commune_only()
    {
        Assert.True(AccessPolicy.CanUpload(ChiengEnClerk, ChiengEn, Registry).Allowed);
        Assert.True(AccessPolicy.CanReadCommune(ChiengEnClerk, ChiengEn, Registry).Allowed);
        Assert.Equal(403, AccessPolicy.CanUpload(ChiengEnClerk, PuBau, Registry).Status);
        // Refusals name the commune as people know it, never its id.
        Assert.Contains("xã Chiềng En", AccessPolicy.CanReadCommune(ChiengEnClerk, PuBau, Registry).Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("son-la/", AccessPolicy.CanUpload(ChiengEnClerk, PuBau, Registry).Reason, StringComparison.Ordinal);
        Assert.Equal(403, AccessPolicy.CanReadCommune(ChiengEnClerk, PuBau, Registry).Status);
        Assert.Equal(403, AccessPolicy.CanReadProvince(ChiengEnClerk, "son-la").Status);
        Assert.Equal(403, AccessPolicy.CanStartConsolidation(ChiengEnClerk, "son-la").Status);
    }

    [Fact]
    public void A_province_officer_reads_every_commune_of_the_province_and_starts_consolidation()
    {
        Assert.True(AccessPolicy.CanReadCommune(SonLaOfficer, ChiengEn, Registry).Allowed);
        Assert.True(AccessPolicy.CanReadCommune(SonLaOfficer, PuBau, Registry).Allowed);
        Assert.True(AccessPolicy.CanReadProvince(SonLaOfficer, "son-la").Allowed);
        Assert.True(AccessPolicy.CanStartConsolidation(SonLaOfficer, "son-la").Allowed);
        Assert.Equal(403, AccessPolicy.CanReadCommune(SonLaOfficer, Elsewhere, Registry).Status);
        Assert.Equal(403, AccessPolicy.CanReadProvince(SonLaOfficer, "dien-bien").Status);
        Assert.Equal(403, AccessPolicy.CanUpload(SonLaOfficer, ChiengEn, Registry).Status);
    }

    [Fact]
    public void The_officer_of_a_merged_commune_acts_for_its_predecessors_and_no_one_else()
    {
        var boSinh = new CommuneId("son-la", "bo-sinh");
        var clerk = Caller.CommuneOfficer("Quàng Văn C", boSinh);
        Assert.True(AccessPolicy.CanUpload(clerk, boSinh, Registry).Allowed);
        Assert.True(AccessPolicy.CanUpload(clerk, PuBau, Registry).Allowed);
        Assert.True(AccessPolicy.CanReadCommune(clerk, ChiengEn, Registry).Allowed);
        Assert.Equal(403, AccessPolicy.CanUpload(clerk, Elsewhere, Registry).Status);
        // A predecessor's clerk does not read the new commune, nor its sister communes.
        Assert.Equal(403, AccessPolicy.CanReadCommune(ChiengEnClerk, boSinh, Registry).Status);
        Assert.Equal(["son-la/bo-sinh", "son-la/chieng-en", "son-la/pu-bau", "son-la/bo-sinh-cu"],
            AccessPolicy.CommunesOf(clerk, Registry).Select(c => c.ToString()));
    }

    [Fact]
    public void Only_a_province_officer_of_the_communes_province_reviews_it_and_sets_deadlines()
    {
        Assert.True(AccessPolicy.CanReview(SonLaOfficer, ChiengEn, Registry).Allowed);
        Assert.Equal(403, AccessPolicy.CanReview(ChiengEnClerk, ChiengEn, Registry).Status);
        Assert.Equal(403, AccessPolicy.CanReview(Caller.ProvinceOfficer("Cán bộ Điện Biên", "dien-bien"), ChiengEn, Registry).Status);
        Assert.Equal(403, AccessPolicy.CanReview(SonLaOfficer, Elsewhere, Registry).Status);
        Assert.Equal(401, AccessPolicy.CanReview(null, ChiengEn, Registry).Status);
        Assert.True(AccessPolicy.CanSetDeadlines(SonLaOfficer, "son-la").Allowed);
        Assert.Equal(403, AccessPolicy.CanSetDeadlines(ChiengEnClerk, "son-la").Status);
        Assert.Equal(403, AccessPolicy.CanSetDeadlines(SonLaOfficer, "dien-bien").Status);
        Assert.Equal(401, AccessPolicy.CanSetDeadlines(null, "son-la").Status);
    }

    [Fact]
    public void Only_the_province_officer_manages_the_province_units()
    {
        Assert.True(AccessPolicy.CanManageUnits(SonLaOfficer, "son-la").Allowed);
        Assert.Equal(403, AccessPolicy.CanManageUnits(SonLaOfficer, "dien-bien").Status);
        Assert.Equal(403, AccessPolicy.CanManageUnits(ChiengEnClerk, "son-la").Status);
        Assert.Equal(401, AccessPolicy.CanManageUnits(null, "son-la").Status);
    }

    [Fact]
    public void The_officer_of_a_commune_removed_from_the_registry_is_refused_everything_until_it_comes_back()
    {
        var sonLa = Registry.Province("son-la")!;
        var withoutChiengEn = Registry.With(sonLa with { Communes = sonLa.Communes.Where(c => c.Id != ChiengEn).ToArray(), Mergers = [] });

        var refused = AccessPolicy.CanSignIn(ChiengEnClerk, withoutChiengEn);
        Assert.Equal(403, refused.Status);
        Assert.Contains("không còn trong danh mục đơn vị hành chính", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(refused, AccessPolicy.CanUpload(ChiengEnClerk, ChiengEn, withoutChiengEn));
        Assert.Equal(refused, AccessPolicy.CanReadCommune(ChiengEnClerk, ChiengEn, withoutChiengEn));
        // Others are unaffected, and the commune's return restores its officer.
        Assert.True(AccessPolicy.CanSignIn(SonLaOfficer, withoutChiengEn).Allowed);
        Assert.True(AccessPolicy.CanReadCommune(Caller.CommuneOfficer("Cán bộ Pú Bẩu", PuBau), PuBau, withoutChiengEn).Allowed);
        Assert.True(AccessPolicy.CanSignIn(ChiengEnClerk, withoutChiengEn.With(sonLa)).Allowed);
        Assert.Equal(401, AccessPolicy.CanSignIn(null, Registry).Status);
    }

    [Fact]
    public void Without_a_caller_uploads_reads_and_consolidations_are_all_refused_401()
    {
        Assert.Equal(401, AccessPolicy.CanUpload(null, ChiengEn, Registry).Status);
        Assert.Equal(401, AccessPolicy.CanReadCommune(null, ChiengEn, Registry).Status);
        Assert.Equal(401, AccessPolicy.CanReadProvince(null, "son-la").Status);
        Assert.Equal(401, AccessPolicy.CanStartConsolidation(null, "son-la").Status);
    }

    [Fact]
    public void Access_keys_name_their_caller_and_unknown_keys_name_nobody()
    {
        var clerkKey = AccessKeys.NewKey();
        var provinceKey = AccessKeys.NewKey();
        var keys = new AccessKeys([new(clerkKey, ChiengEnClerk), new(provinceKey, SonLaOfficer)]);
        Assert.Equal(ChiengEnClerk, keys.Find(clerkKey));
        Assert.Equal(SonLaOfficer, keys.Find(provinceKey));
        Assert.Null(keys.Find(clerkKey + "x"));
        Assert.Null(keys.Find(""));
        Assert.Null(keys.Find(null));
        Assert.NotEqual(clerkKey, AccessKeys.NewKey());
        Assert.Throws<ArgumentException>(() => new AccessKeys([new("short", ChiengEnClerk)]));
    }

    [Fact]
    public void The_app_service_principal_names_the_caller_by_app_role()
    {
        Assert.Equal(ChiengEn, ClientPrincipal.Read(ClientPrincipal.Write("Lò Văn A", "commune:son-la/chieng-en"))?.Commune);
        var province = ClientPrincipal.Read(ClientPrincipal.Write("Cầm Thị B", "province:son-la"));
        Assert.Equal((CallerRole.ProvinceOfficer, "son-la", "Cầm Thị B"), (province!.Role, province.Province, province.Name));
        Assert.Null(ClientPrincipal.Read(ClientPrincipal.Write("x", "reader")));
        Assert.Null(ClientPrincipal.Read("not base64!"));
        Assert.Null(ClientPrincipal.Read(null));
    }
}
