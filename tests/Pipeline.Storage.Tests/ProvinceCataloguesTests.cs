using Pipeline.Core.Catalogue;
using Pipeline.Core.Units;
using Pipeline.Storage.Catalogue;
using Pipeline.Testing;

namespace Pipeline.Storage.Tests;

/// <summary>A province extends the indicator catalogue in storage, without a rebuild; a bad document changes nothing.</summary>
[Collection("Azurite")]
public sealed class ProvinceCataloguesTests(AzuriteFixture azurite)
{
    private readonly string _province = $"tinh-{Guid.NewGuid():N}"[..20];

    private const string TeaArea = """
        { "indicators": [ { "code": "tea-area", "name": "Diện tích chè", "unit": "ha", "direction": "higher", "additive": true,
                            "group": "economy", "patterns": [ { "all": ["diện tích", "chè"] } ] } ] }
        """;

    [Fact]
    public async Task A_province_extension_names_new_indicators_for_that_province_only()
    {
        var storage = await OpenedPipeline.OpenAsync(azurite.ConnectionString, CommuneRegistry.Empty, IndicatorCatalogue.Default);
        const string text = "Diện tích chè đạt 120 ha";
        Assert.Null((await storage.Catalogues.ForProvinceAsync(_province, CancellationToken.None)).Match(text));

        var (catalogue, error) = await storage.Catalogues.ReplaceAsync(_province, BinaryData.FromString(TeaArea), CancellationToken.None);
        Assert.Null(error);
        Assert.Equal(IndicatorCatalogue.Default.Indicators.Count + 1, catalogue!.Indicators.Count);
        Assert.Equal("tea-area", (await storage.Catalogues.ForProvinceAsync(_province, CancellationToken.None)).Match(text)!.Indicator.Code);
        Assert.Null((await storage.Catalogues.ForProvinceAsync("tinh-khac", CancellationToken.None)).Match(text));

        // Another host instance reads it from storage.
        var other = await OpenedPipeline.OpenAsync(azurite.ConnectionString, CommuneRegistry.Empty, IndicatorCatalogue.Default);
        Assert.Equal("tea-area", (await other.Catalogues.ForProvinceAsync(_province, CancellationToken.None)).Match(text)!.Indicator.Code);

        // A broken document is refused with the reason, and the stored one stays.
        var (refused, reason) = await storage.Catalogues.ReplaceAsync(_province, BinaryData.FromString("{ \"indicators\": [ { \"code\": \"x\" } ] }"), CancellationToken.None);
        Assert.Null(refused);
        Assert.False(string.IsNullOrEmpty(reason?.Message));
        Assert.Contains("tea-area", (await storage.Catalogues.GetExtensionAsync(_province, CancellationToken.None))!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_stored_catalogue_is_revalidated_after_its_freshness_without_failing()
    {
        var clock = new ManualClock();
        var storage = await OpenedPipeline.OpenAsync(azurite.ConnectionString, CommuneRegistry.Empty, IndicatorCatalogue.Default, clock);
        await storage.Catalogues.ReplaceAsync(_province, BinaryData.FromString(TeaArea), CancellationToken.None);
        var other = await OpenedPipeline.OpenAsync(azurite.ConnectionString, CommuneRegistry.Empty, IndicatorCatalogue.Default, clock);
        const string text = "Diện tích chè đạt 120 ha";
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("tea-area", (await other.Catalogues.ForProvinceAsync(_province, CancellationToken.None)).Match(text)!.Indicator.Code);
            Assert.Equal("tea-area", (await storage.Catalogues.ForProvinceAsync(_province, CancellationToken.None)).Match(text)!.Indicator.Code);
            clock.Advance(ProvinceCatalogues.Freshness + TimeSpan.FromSeconds(1));
        }
    }
}
