using Pipeline.Core.Units;

namespace Pipeline.Core.Tests.Units;

public class ProvinceUnitsValidatorTests
{
    private static ProvinceUnits SonLa(params MergerUnit[] mergers) => new("son-la", "Sơn La",
        [new("bo-sinh", "Bó Sinh"), new("chieng-en", "Chiềng En"), new("pu-bau", "Pú Bẩu"), new("bo-sinh-cu", "Bó Sinh (cũ)"), new("muong-la", "Mường La")],
        mergers);

    private static MergerUnit Merger(string into, params string[] from) => new(into, from, "2025-07-01", "Nghị quyết 1681/NQ-UBTVQH15");

    [Fact]
    public void The_seed_merger_is_valid_and_gives_the_baseline_and_new_terms()
    {
        var (province, errors) = ProvinceUnitsValidator.Validate(SonLa(Merger("bo-sinh", "chieng-en", "pu-bau", "bo-sinh-cu")));
        Assert.Empty(errors);
        var merger = Assert.Single(province!.Mergers);
        Assert.Equal(new DateOnly(2025, 7, 1), merger.Effective);
        Assert.Equal(("2020-2025", "2025-2030"), (merger.BaselineTerm, merger.NewTerm));
        Assert.Equal(["son-la/chieng-en", "son-la/pu-bau", "son-la/bo-sinh-cu"], merger.From.Select(f => f.ToString()));
    }

    [Fact]
    public void Unknown_ids_are_refused_with_a_sentence_each()
    {
        var (province, errors) = ProvinceUnitsValidator.Validate(SonLa(Merger("bo-sinh-moi", "chieng-en", "tan-lap")));
        Assert.Null(province);
        Assert.Contains(errors, e => e.Contains("'bo-sinh-moi'", StringComparison.Ordinal) && e.Contains("không có trong danh sách", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("'tan-lap'", StringComparison.Ordinal));
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void A_commune_cannot_be_merged_into_two_new_communes()
    {
        var (_, errors) = ProvinceUnitsValidator.Validate(SonLa(Merger("bo-sinh", "chieng-en", "pu-bau"), Merger("muong-la", "pu-bau", "bo-sinh-cu")));
        Assert.Equal(["Xã 'pu-bau' được sáp nhập vào cả 'bo-sinh' và 'muong-la'."], errors);
    }

    [Fact]
    public void Cycles_are_refused()
    {
        var (_, errors) = ProvinceUnitsValidator.Validate(SonLa(Merger("bo-sinh", "chieng-en"), Merger("chieng-en", "bo-sinh")));
        Assert.Contains(errors, e => e.StartsWith("Các lần sáp nhập tạo thành vòng lặp: ", StringComparison.Ordinal));
        var (_, self) = ProvinceUnitsValidator.Validate(SonLa(Merger("bo-sinh", "bo-sinh", "pu-bau")));
        Assert.Contains(self, e => e.Contains("không thể là xã cũ của chính nó", StringComparison.Ordinal));
    }

    [Fact]
    public void A_chain_of_mergers_in_different_years_is_not_a_cycle()
    {
        var (province, errors) = ProvinceUnitsValidator.Validate(SonLa(
            new MergerUnit("bo-sinh-cu", ["muong-la"], "2019-12-01", "Nghị quyết 831/NQ-UBTVQH14"),
            Merger("bo-sinh", "chieng-en", "pu-bau", "bo-sinh-cu")));
        Assert.Empty(errors);
        Assert.Equal(2, province!.Mergers.Count);
    }

    [Theory]
    [InlineData("1/7/2025")]
    [InlineData("2025-13-01")]
    [InlineData(null)]
    public void The_effective_date_must_be_a_real_date(string? effective)
    {
        var (_, errors) = ProvinceUnitsValidator.Validate(SonLa(new MergerUnit("bo-sinh", ["pu-bau"], effective, "NQ")));
        Assert.Contains(errors, e => e.Contains("ngày hiệu lực", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_slugs_missing_names_duplicates_and_missing_legal_basis_are_each_reported()
    {
        var (_, errors) = ProvinceUnitsValidator.Validate(new ProvinceUnits("son-la", "Sơn La",
            [new("Bó Sinh", "Bó Sinh"), new("pu-bau", ""), new("chieng-en", "Chiềng En"), new("chieng-en", "Chiềng En")],
            [new MergerUnit("chieng-en", ["chieng-en-2"], "2025-07-01", " ")]));
        Assert.Contains(errors, e => e.Contains("'Bó Sinh' không hợp lệ", StringComparison.Ordinal));
        Assert.Contains(errors, e => e == "Xã 'pu-bau' thiếu tên.");
        Assert.Contains(errors, e => e == "Xã 'chieng-en' được liệt kê hai lần.");
        Assert.Contains(errors, e => e.Contains("thiếu căn cứ pháp lý", StringComparison.Ordinal));
        Assert.Equal(["Mã tỉnh 'Sơn La' không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và dấu gạch ngang (ví dụ son-la)."],
            ProvinceUnitsValidator.Validate(new ProvinceUnits("Sơn La", "Sơn La", [], [])).Errors);
    }

    [Fact]
    public void Which_communes_owe_an_annex_follows_the_merger_date()
    {
        var registry = Consolidation.SeedMerger.Registry;
        CommuneId boSinh = new("son-la", "bo-sinh"), puBau = new("son-la", "pu-bau");
        Assert.True(registry.IsExpected(puBau, "2020-2025"));
        Assert.False(registry.IsExpected(puBau, "2025-2030"));
        Assert.False(registry.IsExpected(boSinh, "2020-2025"));
        Assert.True(registry.IsExpected(boSinh, "2025-2030"));
        Assert.Equal(boSinh, registry.AbsorbedBy(puBau)!.Into);
    }

    [Fact]
    public void A_registry_round_trips_through_its_document()
    {
        var registry = Consolidation.SeedMerger.Registry;
        var province = registry.Province("son-la")!;
        var (again, errors) = ProvinceUnitsValidator.Validate(CommuneRegistry.ToDocument(province));
        Assert.Empty(errors);
        Assert.Equal(province.Communes, again!.Communes);
        Assert.Equal(province.Mergers[0].From, again.Mergers[0].From);
        Assert.Equal(province.Mergers[0] with { From = [] }, again.Mergers[0] with { From = [] });
    }
}
