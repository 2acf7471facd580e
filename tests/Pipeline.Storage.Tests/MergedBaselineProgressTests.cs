using System.Net;
using System.Text.Json;
using Pipeline.Core.Units;
using Pipeline.Storage.Access;
using Pipeline.Testing;
using Pipeline.Workbooks;

namespace Pipeline.Storage.Tests;

/// <summary>
/// Issue 16 item 3 through the real route: the new Bó Sinh's yearly annex gives no baseline column, so an ADDITIVE
/// indicator starts from its three predecessors' consolidated 2020–2025 result, and a rate says "no baseline" rather
/// than guess (docs/progress.md). On real Kestrel and Azurite, the predecessors' annexes uploaded by the new commune's clerk.
/// </summary>
[Collection("Azurite")]
public sealed class MergedBaselineProgressTests(AzuriteFixture azurite) : IAsyncLifetime
{
    private static readonly string ClerkKey = AccessKeys.NewKey();
    private readonly string _province = $"tinh-{Guid.NewGuid():N}"[..20];
    private ApiServer? _server;

    private HttpClient Http => _server!.Http;

    public async Task InitializeAsync()
    {
        var keys = new AccessKeys([new(ClerkKey, Caller.CommuneOfficer("Cán bộ Bó Sinh", new CommuneId(_province, "bo-sinh")))]);
        _server = await ApiServer.StartAsync(azurite.ConnectionString, keys, registry: SeedProvince.Registry(_province));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }

    private async Task SendAsync(string commune, string term, byte[] file, string fileName, string? period = null)
    {
        using var form = AnnexUploadForm.Create($"{_province}/{commune}", term, file, fileName, period);
        var response = await Http.SendWithKeyAsync(HttpMethod.Post, "/api/annexes", ClerkKey, form);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var uploadId = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("uploadId").GetString()!;
        var record = (await _server!.Storage.Queries.GetUploadAsync(uploadId, CancellationToken.None))!;
        await _server.Storage.Ingestion.ParseAsync(record.BlobName, CancellationToken.None);
        await ScoreQueueReader.ScoreAllAsync(_server.Storage);
        var status = await Http.GetJsonAsync($"/api/annexes/{uploadId}", ClerkKey);
        Assert.Equal("scored", status.GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_additive_indicator_starts_from_the_predecessors_sum_and_a_rate_has_no_baseline()
    {
        foreach (var (commune, sample) in new[] { ("chieng-en", SampleWorkbooks.ChiengEn), ("pu-bau", SampleWorkbooks.PuBau), ("bo-sinh-cu", SampleWorkbooks.BoSinh) })
            await SendAsync(commune, "2020-2025", sample.ToBytes(), Path.GetFileName(sample.RelativePath));
        await SendAsync("bo-sinh", "2025-2030", SampleWorkbooks.BoSinhTargets2030.ToBytes(), "chi-tieu-2025-2030.xlsx");
        // The 2026 annex without its "Thực hiện năm 2025" column: nothing of the commune's own to start from.
        var withoutBaseline = SeedAnnexes.BoSinhResults2026 with
        {
            Columns = SeedAnnexes.BoSinhResults2026.Columns.Where(c => c != AnnexColumn.Baseline).ToArray(),
        };
        var file = WorkbookWriter.ToBytes([AnnexSheetLayout.ToSheet(withoutBaseline, "Năm 2026")], WorkbookKind.Xlsx);
        await SendAsync("bo-sinh", "2025-2030", file, "ket-qua-2026.xlsx", period: "2026");

        var progress = await Http.GetJsonAsync($"/api/communes/{_province}/bo-sinh/progress?term=2025-2030", ClerkKey);
        JsonElement Indicator(string code) => progress.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("indicatorCode").GetString() == code);

        // Budget revenue is additive: 237 (Chiềng En) + 80 (Pú Bẩu) + 228 (Bó Sinh cũ) = 545 million, by hand from the three annexes.
        // It is already past the new target of 515, and 2026's 452 is short of it: ground lost, behind, no share.
        var budget = Indicator("budget-revenue");
        Assert.Equal((545m, 515m), (budget.GetProperty("baseline").GetDecimal(), budget.GetProperty("target").GetDecimal()));
        var year = budget.GetProperty("values")[0];
        Assert.Equal((2026, 452m, "behind"), (year.GetProperty("period").GetInt32(), year.GetProperty("value").GetDecimal(), year.GetProperty("assessment").GetString()));
        Assert.Equal(JsonValueKind.Null, year.GetProperty("share").ValueKind);

        // The trained-labour share is a rate, in all three predecessors' annexes: summing or averaging would be a guess.
        var trained = Indicator("trained-labour");
        Assert.Equal(JsonValueKind.Null, trained.GetProperty("baseline").ValueKind);
        Assert.Equal("noBaseline", trained.GetProperty("values")[0].GetProperty("assessment").GetString());
    }
}
