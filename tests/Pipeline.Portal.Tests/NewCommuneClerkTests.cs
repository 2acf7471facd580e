using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pipeline.Portal.Tests;

/// <summary>
/// The clerk of a commune formed by a merger: its new term's targets read as a plan beside what the
/// predecessors reached, and the way to the merged view with who has submitted.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class NewCommuneClerkTests(PortalFixture fixture) : IAsyncLifetime
{

    public Task InitializeAsync() => fixture.SeedPredecessorsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_targets_annex_is_a_plan_beside_the_predecessors_baselines_with_no_scoring()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/bo-sinh"));
        var result = portal.Page.Locator(".result-body");

        await Expect(result.Locator("table.plan-table")).ToBeVisibleAsync();
        await Expect(result.Locator("section.annex .badge")).ToHaveCountAsync(0); // no "Chưa chấm được" on a plan (the province's review line above it has its own)
        await Expect(result).Not.ToContainTextAsync("Chưa chấm được");
        // Budget revenue: 515 planned against 545 the three old communes collected — below the baseline.
        var budget = result.Locator("tr[data-ordinal='1']");
        await Expect(budget).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("flagged-warning"));
        await Expect(budget.Locator("td[data-label='Mốc xuất phát']")).ToContainTextAsync("545");
        await Expect(budget.Locator("td[data-label='So với mốc']")).Not.ToHaveTextAsync("Không thấp hơn mốc");
        // The reason is said where every other flag is: under Phát hiện, never "Không có" beside a flagged row.
        await Expect(budget.Locator("td[data-label='Phát hiện'] li.finding-warning")).ToHaveCountAsync(1);
        // Income: 30 against 18 – 27,5 — not below.
        await Expect(result.Locator("tr[data-ordinal='2'] td[data-label='So với mốc']")).ToHaveTextAsync("Không thấp hơn mốc");
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task Each_commune_is_offered_only_the_terms_it_existed_for()
    {
        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(fixture.KeyFor("son-la/bo-sinh"));
        var page = portal.Page;
        var terms = page.GetByLabel("Nhiệm kỳ", new() { Exact = true }).Locator("option");

        // The new Bó Sinh exists from 2025; Pú Bẩu, merged into it on 1/7/2025, ends with 2020–2025.
        await Expect(terms).ToHaveTextAsync(["2025-2030"]);
        await page.GetByLabel("Xã", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Value = "son-la/pu-bau" });
        await Expect(terms).ToHaveTextAsync(["2015-2020", "2020-2025"]);
        await Expect(page.GetByLabel("Nhiệm kỳ", new() { Exact = true })).ToHaveValueAsync("2020-2025");
        await Expect(page.Locator(".result-body table.annex-table")).ToBeVisibleAsync();
        Assert.Empty(portal.Errors);
    }

    [Fact]
    public async Task The_clerk_reaches_the_merged_view_and_sees_which_predecessors_have_submitted()
    {
        await using var portal = await fixture.OpenAsync(375);
        await portal.SignInAsync(fixture.KeyFor("son-la/bo-sinh"));
        var page = portal.Page;
        var merged = page.Locator(".merged-body");

        await Expect(merged.Locator(".checklist li")).ToHaveCountAsync(3);
        await Expect(merged.Locator(".checklist li.submitted")).ToHaveCountAsync(3);
        await Expect(merged).ToContainTextAsync("Chiềng En: đã nộp");
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem tổng hợp xã Bó Sinh: các xã cũ và chỉ tiêu nhiệm kỳ mới" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tổng hợp xã Bó Sinh");
        Assert.Empty(portal.Errors);
    }
}
