using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Pipeline.Testing;
using Pipeline.Workbooks;
using static Microsoft.Playwright.Assertions;

namespace Pipeline.Portal.Tests;

/// <summary>A province officer: the communes' table and chart, drill-down into Bó Sinh's consolidated summary, consolidation, exports.</summary>
[Collection(PortalCollection.Name)]
public sealed class ProvinceTests(PortalFixture fixture) : IAsyncLifetime
{
    private static readonly string[] Predecessors = ["son-la/chieng-en", "son-la/pu-bau", "son-la/bo-sinh-cu"];

    public Task InitializeAsync() => fixture.SeedPredecessorsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<PortalPage> SignedInAsync(int width = 1280)
    {
        var portal = await fixture.OpenAsync(width);
        await portal.SignInAsync(fixture.KeyFor("son-la"));
        await Expect(portal.Page.Locator("#who")).ToContainTextAsync("Cán bộ tỉnh Sơn La");
        return portal;
    }

    [Fact]
    public async Task Each_term_shows_what_belongs_to_it_a_plan_is_not_a_scored_annex_and_mergers_show_in_their_terms()
    {
        await using var portal = await SignedInAsync();
        var page = portal.Page;

        // 2025–2030: the new Bó Sinh has sent its targets only — nothing to count, no bar in the chart.
        await page.GotoAsync("/#/tinh?term=2025-2030");
        var boSinh = page.Locator("table.communes tr[data-commune='son-la/bo-sinh']");
        await Expect(boSinh.Locator("td[data-label='Tình trạng']")).ToHaveTextAsync("Đã nộp chỉ tiêu (chưa có kết quả)");
        await Expect(boSinh.Locator("td[data-label='Vượt']")).ToHaveTextAsync("—");
        await Expect(boSinh.Locator("td[data-label='Tỷ lệ đạt (%)']")).ToHaveTextAsync("—");
        await Expect(page.Locator("figure.chart")).ToHaveCountAsync(0);
        await Expect(page.Locator("#mergers-heading")).ToBeVisibleAsync();

        // 2015–2020: the 2025 merger is not part of it; a commune that sent nothing has no count, not 0 targets.
        await page.GotoAsync("/#/tinh?term=2015-2020");
        await Expect(page.Locator("#overview-heading")).ToContainTextAsync("2015-2020");
        await Expect(page.Locator("#mergers-heading")).ToHaveCountAsync(0);
        await Expect(page.Locator("table.communes tr[data-commune='son-la/bo-sinh-cu'] td[data-label='Số chỉ tiêu']")).ToHaveTextAsync("—");
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task The_province_table_lists_every_commune_with_its_counts_and_filters_and_sorts()
    {
        await using var portal = await SignedInAsync();
        var page = portal.Page;

        foreach (var commune in Predecessors)
            await Expect(page.Locator($"table.communes tr[data-commune='{commune}']")).ToContainTextAsync("Đã chấm");
        var puBau = page.Locator("table.communes tr[data-commune='son-la/pu-bau']");
        await Expect(puBau.Locator("td[data-label='Vượt']")).ToHaveTextAsync("8");
        await Expect(puBau.Locator("td[data-label='Không đạt']")).ToHaveTextAsync("9");
        await Expect(page.Locator("figure.chart canvas[role='img']")).ToBeVisibleAsync();

        await page.GetByLabel("Tìm theo tên xã").FillAsync("pú");
        await Expect(page.Locator("table.communes tbody tr")).ToHaveCountAsync(1);
        // Without a Vietnamese keyboard: no diacritics, any case.
        await page.GetByLabel("Tìm theo tên xã").FillAsync("PU BAU");
        await Expect(page.Locator("table.communes tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("table.communes tbody tr")).ToContainTextAsync("Pú Bẩu");
        await page.GetByLabel("Tìm theo tên xã").FillAsync("chieng en");
        await Expect(page.Locator("table.communes tbody tr")).ToContainTextAsync("Chiềng En");
        await page.GetByLabel("Tìm theo tên xã").FillAsync("");

        await page.Locator("table.communes th button", new() { HasText = "Tỷ lệ đạt (%)" }).ClickAsync();
        await Expect(page.Locator("table.communes th[aria-sort='ascending']")).ToContainTextAsync("Tỷ lệ đạt");
        await Expect(page.Locator("table.communes th[aria-sort='ascending'] button")).ToBeFocusedAsync(); // the keyboard stays on the header
        var rates = await page.Locator("table.communes tbody tr[data-commune] td[data-label='Tỷ lệ đạt (%)']").AllTextContentsAsync();
        var numbers = rates.Where(r => r != "—").Select(r => double.Parse(r.Replace("\u00a0%", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture)).ToList();
        Assert.True(numbers.Count >= 3, string.Join(" | ", rates));
        Assert.Equal(numbers.Order().ToList(), numbers);
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task On_a_phone_the_communes_are_sorted_with_the_sort_control()
    {
        await using var portal = await fixture.OpenAsync(375);
        await portal.SignInAsync(fixture.KeyFor("son-la"));
        var page = portal.Page;
        await Expect(page.Locator("table.communes tr[data-commune='son-la/pu-bau']")).ToContainTextAsync("Đã chấm");
        await page.GetByLabel("Sắp xếp theo").SelectOptionAsync(new SelectOptionValue { Label = "Tỷ lệ đạt (%) — giảm dần" });
        var rates = await page.Locator("table.communes tbody tr[data-commune] td[data-label='Tỷ lệ đạt (%)']").AllTextContentsAsync();
        var numbers = rates.Where(r => r != "—").Select(r => double.Parse(r.Replace("\u00a0%", "", StringComparison.Ordinal).Replace(',', '.'), CultureInfo.InvariantCulture)).ToList();
        Assert.True(numbers.Count >= 3, string.Join(" | ", rates));
        Assert.Equal(numbers.OrderDescending().ToList(), numbers);
        await Expect(page.Locator("table.communes th[aria-sort='descending']")).ToContainTextAsync("Tỷ lệ đạt");
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task Consolidation_runs_and_the_drill_down_shows_the_three_predecessors_and_545_of_budget_revenue()
    {
        await using var portal = await SignedInAsync();
        var page = portal.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Tổng hợp lại ngay" }).ClickAsync();
        await Expect(page.Locator(".run-status")).ToContainTextAsync("Tổng hợp xong", new() { Timeout = 90_000 });
        await Expect(page.Locator(".run-status")).ToBeFocusedAsync(); // the keyboard goes to the outcome, not back to the page's top
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem tổng hợp xã Bó Sinh" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tổng hợp xã Bó Sinh");
        await Expect(page.Locator("article.card[data-commune='son-la/chieng-en'] h3")).ToHaveTextAsync("Chiềng En");
        await Expect(page.Locator("article.card[data-commune='son-la/pu-bau'] h3")).ToHaveTextAsync("Pú Bẩu");
        await Expect(page.Locator("article.card[data-commune='son-la/bo-sinh-cu'] h3")).ToContainTextAsync("Bó Sinh");
        await Expect(page.Locator("article.card.card-missing")).ToHaveCountAsync(0);
        await Expect(page.Locator("tr[data-code='budget-revenue'] td.total .consolidated-actual")).ToContainTextAsync("KQ 545");
        await Expect(page.Locator("tr[data-code='budget-revenue'] td.total")).ToContainTextAsync("MT 455");
        // The old Bó Sinh's composite "35 đảng viên và 100%" adds its 109 new Party members; HTX and Hợp tác xã add up.
        await Expect(page.Locator("tr[data-code='new-party-members'] td.total .consolidated-actual")).ToContainTextAsync("KQ 296");
        await Expect(page.Locator("tr[data-code='new-party-members'] td.total")).Not.ToContainTextAsync("chưa đủ");
        await Expect(page.Locator("tr[data-code='new-cooperatives'] td.total .consolidated-actual")).ToContainTextAsync("MT 3 · KQ 1");

        var csv = await DownloadAsync(page, "Tải CSV (.csv)");
        var indicators = DownloadedTable.ReadCsv(csv);
        Assert.Equal("545", indicators.RowWhere("Chỉ tiêu", "Thu ngân sách trên địa bàn")[indicators.Column("Tổng kết quả")]);
        AssertTitled(indicators, "Xã Bó Sinh", "Nhiệm kỳ 2020-2025");

        var xlsx = await DownloadAsync(page, "Tải Excel (.xlsx)");
        var sheet = DownloadedTable.ReadXlsx(xlsx, sheet: 1);
        Assert.Equal(545d, sheet.RowWhere("Chỉ tiêu", "Thu ngân sách trên địa bàn")[sheet.Column("Tổng kết quả")]);
        AssertTitled(sheet, "Xã Bó Sinh", "Nhiệm kỳ 2020-2025");
        // A range (a non-additive indicator's baseline) is two number columns, not "min-max" text.
        var newTerm = DownloadedTable.ReadXlsx(xlsx, sheet: 2);
        var ranged = newTerm.Rows.Skip(1).Where(r => r[newTerm.Column("Mốc thấp nhất")] is not null).ToList();
        Assert.NotEmpty(ranged);
        Assert.All(ranged, r =>
        {
            Assert.IsType<double>(r[newTerm.Column("Mốc thấp nhất")]);
            Assert.IsType<double>(r[newTerm.Column("Mốc cao nhất")]);
        });
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task An_indicator_scored_on_an_assumed_direction_is_confirmed_into_the_province_catalogue()
    {
        // Chiềng En's target 9 rewritten as an indicator nothing in the catalogue knows, reported as a
        // ceiling: lower is better by the commune's arithmetic alone. Its own term, so no other test sees it.
        const string term = "2015-2020";
        var rows = SeedAnnexes.ChiengEn.Rows.Select(row => row is AnnexTargetRow target && target[AnnexColumn.Ordinal].Equals(CellSpec.Number(9))
            ? AnnexRow.Target(9, "Số hộ vi phạm quy ước thôn bản", "hộ", 5, 4, 125, "Vượt")
            : row).ToArray();
        Assert.Equal("scored", await fixture.UploadAndWaitAsync("son-la/chieng-en", term, AnnexWorkbook.ToBytes(SeedAnnexes.ChiengEn with { Rows = rows }), "chieng-en-2015-2020.xlsx"));

        await using var portal = await SignedInAsync();
        var page = portal.Page;
        await page.GotoAsync($"/#/tinh?term={term}");
        var panel = page.Locator("section", new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Chỉ tiêu chấm theo chiều giả định" }) });
        var item = panel.Locator("li.assumed-item", new() { HasText = "Số hộ vi phạm quy ước thôn bản" });
        await Expect(item).ToContainTextAsync("càng thấp càng tốt");
        await Expect(item).ToContainTextAsync("Chiềng");
        await item.GetByRole(AriaRole.Button, new() { Name = "Xác nhận: thấp hơn là tốt" }).ClickAsync();
        await Expect(item.Locator("[role='status']")).ToContainTextAsync("Đã lưu");

        try
        {
            var catalogue = await fixture.GetJsonAsync("/api/provinces/son-la/catalogue", fixture.KeyFor("son-la"));
            var entry = Assert.Single(catalogue.GetProperty("indicators").EnumerateArray(), i => i.GetProperty("code").GetString() == "province-so-ho-vi-pham-quy-uoc-thon-ban");
            Assert.Equal(("Số hộ vi phạm quy ước thôn bản", "hộ", "lower", false),
                (entry.GetProperty("name").GetString(), entry.GetProperty("unit").GetString(), entry.GetProperty("direction").GetString(), entry.GetProperty("additive").GetBoolean()));
            Assert.Empty(portal.Errors);
        }
        finally
        {
            using var deleted = await fixture.Http.SendWithKeyAsync(HttpMethod.Delete, "/api/provinces/son-la/catalogue", fixture.KeyFor("son-la"));
            deleted.EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task A_composite_rows_computed_ratio_shows_each_parts_ratio()
    {
        await using var portal = await SignedInAsync();
        var page = portal.Page;
        // Bó Sinh (cũ) row 17: "35 đảng viên và 100%" against "109 đảng viên và 100%".
        await page.GotoAsync("/#/xa/son-la/bo-sinh-cu?term=2020-2025");
        await Expect(page.Locator("table.annex-table tr[data-ordinal='17'] td[data-label='Tỷ lệ tính (%)']")).ToHaveTextAsync("phần 1: 311,43 %; phần 2: 100 %");
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task The_province_table_exports_to_xlsx_and_csv_with_numbers_as_numbers()
    {
        await using var portal = await SignedInAsync();
        var page = portal.Page;
        await Expect(page.Locator("table.communes tr[data-commune='son-la/pu-bau']")).ToContainTextAsync("Đã chấm");

        var xlsx = DownloadedTable.ReadXlsx(await DownloadAsync(page, "Tải bảng Excel (.xlsx)"));
        var puBau = xlsx.RowWhere("Xã", "Pú Bẩu");
        Assert.Equal(65.38, Assert.IsType<double>(puBau[xlsx.Column("Tỷ lệ đạt (%)")]), 2);
        Assert.Equal(8d, puBau[xlsx.Column("Vượt")]);
        Assert.Equal(0d, puBau[xlsx.Column("Định tính (không chấm)")]); // the seed's targets are all figures

        AssertTitled(xlsx, "Tỉnh Sơn La", "Nhiệm kỳ 2020-2025");

        // As Excel set to Vietnamese opens it: UTF-8 with a byte-order mark, ';' between cells, decimal commas.
        var csvPath = await DownloadAsync(page, "Tải bảng CSV (.csv)");
        var bytes = await File.ReadAllBytesAsync(csvPath);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var csv = DownloadedTable.ReadCsv(csvPath);
        Assert.Contains("Xã;Tình trạng;Duyệt;Số chỉ tiêu", Encoding.UTF8.GetString(bytes));
        var puBauCsv = csv.RowWhere("Xã", "Pú Bẩu");
        Assert.StartsWith("Chờ duyệt", Assert.IsType<string>(puBauCsv[csv.Column("Duyệt")])); // nobody reviews 2020–2025 in these tests
        Assert.Equal("65,38", puBauCsv[csv.Column("Tỷ lệ đạt (%)")]);
        AssertTitled(csv, "Tỉnh Sơn La", "Nhiệm kỳ 2020-2025");
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task A_communes_scored_annex_exports_titled_with_the_commune_and_term()
    {
        await using var portal = await SignedInAsync();
        var page = portal.Page;
        await page.GotoAsync("/#/xa/son-la/pu-bau?term=2020-2025");
        await Expect(page.Locator("table.annex-table tr[data-ordinal='23']")).ToBeVisibleAsync();

        var xlsx = DownloadedTable.ReadXlsx(await DownloadAsync(page, "Tải Excel (.xlsx)"));
        AssertTitled(xlsx, "Xã Pú Bẩu", "Nhiệm kỳ 2020-2025");
        Assert.Equal(62.07, Assert.IsType<double>(xlsx.RowWhere("TT", "23")[xlsx.Column("Tỷ lệ tính (%)")]), 2);

        var csv = DownloadedTable.ReadCsv(await DownloadAsync(page, "Tải CSV (.csv)"));
        AssertTitled(csv, "Xã Pú Bẩu", "Nhiệm kỳ 2020-2025");
        Assert.StartsWith("62,07", csv.RowWhere("TT", "23")[csv.Column("Tỷ lệ tính (%)")]?.ToString(), StringComparison.Ordinal);
        Assert.Empty(portal.Errors);
    }

    /// <summary>The title rows above the header: the unit, the term, and the day of the export as dd/mm/yyyy.</summary>
    private static void AssertTitled(DownloadedTable table, string unit, string term)
    {
        Assert.Equal(3, table.Titles.Count);
        Assert.Equal(unit, table.Titles[0]);
        Assert.Equal(term, table.Titles[1]);
        Assert.Matches(@"^Ngày xuất: \d{2}/\d{2}/\d{4}$", table.Titles[2]);
    }

    private static async Task<string> DownloadAsync(IPage page, string button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync());
        Assert.Null(await download.FailureAsync());
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}-{download.SuggestedFilename}");
        await download.SaveAsAsync(path);
        Assert.True(new FileInfo(path).Length > 0, $"{download.SuggestedFilename} is empty");
        return path;
    }
}
