using Pipeline.Core.Units;

namespace Pipeline.Core.Tests.Units;

/// <summary>A units document over its limits is refused with one Vietnamese sentence per limit, before anything else is checked.</summary>
public class ProvinceUnitsLimitsTests
{
    private static CommuneUnit[] Communes(int count) =>
        Enumerable.Range(1, count).Select(i => new CommuneUnit($"xa-{i}", $"Xã số {i}")).ToArray();

    [Fact]
    public void A_province_of_as_many_communes_as_the_limit_is_valid()
    {
        var (province, errors) = ProvinceUnitsValidator.Validate(new ProvinceUnits("son-la", "Sơn La", Communes(ProvinceUnitsLimits.Communes), []));
        Assert.Empty(errors);
        Assert.Equal(1_000, province!.Communes.Count);
    }

    [Fact]
    public void One_commune_over_the_limit_is_refused_with_the_count_and_the_limit()
    {
        var (province, errors) = ProvinceUnitsValidator.Validate(new ProvinceUnits("son-la", "Sơn La", Communes(ProvinceUnitsLimits.Communes + 1), []));
        Assert.Null(province);
        Assert.Equal(["Tỉnh có 1.001 xã, tối đa 1.000 xã (một tỉnh thường chỉ vài trăm xã)."], errors);
    }

    [Fact]
    public void Two_hundred_thousand_communes_and_as_many_mergers_get_one_sentence_each()
    {
        var communes = Communes(200_000);
        var mergers = Enumerable.Range(1, 1_001).Select(i => new MergerUnit($"xa-{i}", [$"xa-{i + 100_000}"], "2025-07-01", "NQ")).ToArray();
        var (_, errors) = ProvinceUnitsValidator.Validate(new ProvinceUnits("son-la", "Sơn La", communes, mergers));
        Assert.Equal(2, errors.Count);
        Assert.Contains("200.000 xã", errors[0], StringComparison.Ordinal);
        Assert.Contains("1.001 lần sáp nhập, tối đa 1.000", errors[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Long_names_crowded_mergers_and_long_legal_bases_are_each_named()
    {
        var longName = new string('A', ProvinceUnitsLimits.NameLength + 1);
        var crowd = Enumerable.Range(1, ProvinceUnitsLimits.PredecessorsPerMerger + 1).Select(i => $"xa-{i}").ToArray();
        var document = new ProvinceUnits("son-la", longName,
            [.. Communes(60), new CommuneUnit("dai", longName), new CommuneUnit("moi", "Xã mới")],
            [new MergerUnit("moi", crowd, "2025-07-01", new string('N', ProvinceUnitsLimits.LegalBasisLength + 1))]);
        var (_, errors) = ProvinceUnitsValidator.Validate(document);
        Assert.Equal(
        [
            "Tên tỉnh dài 101 ký tự, tối đa 100.",
            "1 xã có tên dài quá 100 ký tự: 'dai'.",
            "1 lần sáp nhập có quá 50 xã cũ: sáp nhập vào 'moi'.",
            "1 lần sáp nhập có căn cứ pháp lý dài quá 500 ký tự: sáp nhập vào 'moi'.",
        ], errors);
    }

    [Fact]
    public void The_registry_file_is_held_to_the_same_limits()
    {
        var communes = string.Join(",", Enumerable.Range(1, ProvinceUnitsLimits.Communes + 1).Select(i => $$"""{"id":"xa-{{i}}","name":"Xã {{i}}"}"""));
        using var file = new MemoryStream(System.Text.Encoding.UTF8.GetBytes($$"""{"provinces":[{"id":"son-la","name":"Sơn La","communes":[{{communes}}]}]}"""));
        var error = Assert.Throws<InvalidDataException>(() => CommuneRegistry.Load(file));
        Assert.Contains("1.001 xã", error.Message, StringComparison.Ordinal);
    }
}
