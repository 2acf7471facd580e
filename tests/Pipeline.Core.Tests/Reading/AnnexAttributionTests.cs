using Pipeline.Core.Annexes;
using Pipeline.Core.Reading;
using Pipeline.Core.Units;

namespace Pipeline.Core.Tests.Reading;

/// <summary>Whose annex each table of a report is: the seed's case (the new Bó Sinh's report carrying its predecessors' annexes) and its edges.</summary>
public class AnnexAttributionTests
{
    private static readonly CommuneId BoSinh = new("son-la", "bo-sinh");
    private static readonly CommuneId BoSinhCu = new("son-la", "bo-sinh-cu");
    private static readonly CommuneId ChiengEn = new("son-la", "chieng-en");
    private static readonly CommuneId PuBau = new("son-la", "pu-bau");
    private static readonly CommuneId MuongMoi = new("son-la", "muong-moi");

    private static readonly CommuneRegistry Registry = RegistryOf();

    /// <summary>What the new Bó Sinh's clerk speaks for: the commune and its predecessors.</summary>
    private static readonly CommuneId[] BoSinhClerk = [BoSinh, ChiengEn, PuBau, BoSinhCu];

    private static CommuneRegistry RegistryOf()
    {
        var (province, errors) = ProvinceUnitsValidator.Validate(new ProvinceUnits("son-la", "Sơn La",
            [new("bo-sinh", "Bó Sinh"), new("chieng-en", "Chiềng En"), new("pu-bau", "Pú Bẩu"), new("bo-sinh-cu", "Bó Sinh (cũ)"), new("muong-moi", "Mường Mới")],
            [new MergerUnit("bo-sinh", ["chieng-en", "pu-bau", "bo-sinh-cu"], "2025-07-01", "Nghị quyết 1681/NQ-UBTVQH15")]));
        Assert.Empty(errors);
        return CommuneRegistry.Empty.With(province!);
    }

    private static Annex Titled(string? commune, string? term) =>
        new("Bảng 1", commune, term, AnnexKind.Results, 5, []) { Titled = new AnnexTitles(commune, term) };

    [Fact]
    public void The_seed_reports_three_annexes_go_to_the_three_predecessors_for_2020_2025_the_old_Bo_Sinh_by_its_term()
    {
        var annexes = new[] { Titled("CHIỀNG EN", "2020-2025"), Titled("PÚ BẨU", "2020-2025"), Titled("BÓ SINH", "2020-2025") };
        var parts = AnnexAttribution.Split(annexes, BoSinh, "2025-2030", BoSinhClerk, Registry);

        Assert.Equal(4, parts.Count);
        Assert.Equal((BoSinh, "2025-2030", true), (parts[0].Commune, parts[0].Term, parts[0].IsChosen));
        Assert.Empty(parts[0].Indexes); // the report is the new Bó Sinh's; none of its tables is
        Assert.Equal([(ChiengEn, "2020-2025", 0), (PuBau, "2020-2025", 1), (BoSinhCu, "2020-2025", 2)],
            parts.Skip(1).Select(p => (p.Commune, p.Term, Assert.Single(p.Indexes))));
        Assert.All(parts.Skip(1), p => Assert.False(p.IsChosen));
    }

    [Fact]
    public void Bo_Sinh_cu_as_reports_write_it_is_the_old_commune_and_Bo_Sinh_of_the_new_term_is_the_new_one()
    {
        var annexes = new[] { Titled("Bó Sinh cũ", "2020-2025"), Titled("Bó Sinh", "2025-2030") };
        var parts = AnnexAttribution.Split(annexes, BoSinh, "2025-2030", BoSinhClerk, Registry);
        Assert.Equal([1], parts[0].Indexes);
        Assert.Equal((BoSinhCu, "2020-2025", 0), (parts[1].Commune, parts[1].Term, Assert.Single(parts[1].Indexes)));
    }

    [Fact]
    public void Written_cu_is_never_the_new_commune_of_that_name()
    {
        Assert.Equal(BoSinhCu, AnnexAttribution.Named("Bó Sinh cũ", "2020-2025", BoSinhClerk, Registry));
        Assert.Null(AnnexAttribution.Named("Bó Sinh cũ", "2025-2030", BoSinhClerk, Registry)); // the old commune had no such term
        Assert.Equal(BoSinh, AnnexAttribution.Named("Bó Sinh", "2025-2030", BoSinhClerk, Registry));
    }

    [Fact]
    public void A_commune_the_uploader_does_not_speak_for_or_names_nothing_stays_with_the_report_for_the_title_check_to_hold()
    {
        var annexes = new[] { Titled("Mường Mới", "2020-2025"), Titled(null, null), Titled("Xã Không Có", "2020-2025"), Titled("Chiềng En", null) };
        var parts = AnnexAttribution.Split(annexes, BoSinh, "2025-2030", BoSinhClerk, Registry);
        // Chiềng En with no term in its titles is taken for the term chosen, which it did not exist for: it stays too.
        Assert.Equal([0, 1, 2, 3], Assert.Single(parts).Indexes);

        // The old Bó Sinh's own clerk speaks for no sibling: Chiềng En's table stays with the report sent for it.
        var own = AnnexAttribution.Split([Titled("Chiềng En", "2020-2025"), Titled("Bó Sinh", "2020-2025")], BoSinhCu, "2020-2025", [BoSinhCu], Registry);
        Assert.Equal([0, 1], Assert.Single(own).Indexes);
    }

    [Fact]
    public void Annexes_of_one_commune_and_term_make_one_part_in_reading_order()
    {
        var annexes = new[] { Titled("Pú Bẩu", "2020-2025"), Titled("Chiềng En", "2020-2025"), Titled("Pú Bẩu", "2020-2025") };
        var parts = AnnexAttribution.Split(annexes, ChiengEn, "2020-2025", BoSinhClerk, Registry);
        Assert.Equal([(ChiengEn, 1), (PuBau, 2)], parts.Select(p => (p.Commune, p.Indexes.Count)));
        Assert.Equal([0, 2], parts[1].Indexes);
    }
}
