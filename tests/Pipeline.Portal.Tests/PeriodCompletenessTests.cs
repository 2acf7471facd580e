using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Pipeline.Portal.Tests;

/// <summary>
/// A period's completeness on the province's dashboard (issue 16, item 5): the officer chooses a year of 2025–2030, sees which
/// communes sent that year's results and which did not, sets the year's own deadline, and sees who was late against it; the
/// whole term's view is unchanged.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class PeriodCompletenessTests(PortalFixture fixture) : IAsyncLifetime
{

    public Task InitializeAsync() => fixture.SeedYearsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_officer_chooses_a_year_sees_who_sent_its_results_and_sets_its_deadline()
    {
        var officer = fixture.KeyFor("son-la");
        var year = (await fixture.GetJsonAsync("/api/provinces/son-la/summary?term=2025-2030&period=2026", officer)).GetProperty("periodCompleteness");
        var (expected, sent) = (year.GetProperty("expected").GetInt32(), year.GetProperty("sent").GetInt32());
        Assert.True(sent >= 1 && sent <= expected, $"{sent}/{expected}"); // Bó Sinh sent 2026

        await using var portal = await fixture.OpenAsync();
        await portal.SignInAsync(officer);
        var page = portal.Page;
        await page.GotoAsync("/#/tinh?term=2025-2030");
        var period = page.GetByLabel("Kỳ báo cáo");
        await Expect(period.Locator("option")).ToHaveTextAsync(["Cả nhiệm kỳ", "Năm 2026", "Năm 2027", "Năm 2028", "Năm 2029", "Năm 2030", "Sơ kết giữa nhiệm kỳ"]);
        await Expect(period).ToHaveValueAsync("term");
        await Expect(page.Locator("section.period-overview")).ToHaveCountAsync(0);

        await period.SelectOptionAsync("2026");
        var panel = page.Locator("section.period-overview");
        await Expect(panel.Locator("h2")).ToHaveTextAsync("Năm 2026: các xã gửi kết quả năm 2026");
        await Expect(panel).ToContainTextAsync($"Đã gửi {sent}/{expected} xã");
        var boSinh = panel.Locator("tbody tr", new() { HasText = "Bó Sinh" });
        await Expect(boSinh.Locator("td[data-label='Đã gửi']")).ToHaveTextAsync("Đã gửi");
        await Expect(panel.Locator("tbody td[data-label='Đã gửi']", new() { HasText = "Chưa gửi" })).ToHaveCountAsync(expected - sent);
        await Expect(boSinh.Locator("td[data-label='Ngày gửi']")).Not.ToHaveTextAsync("—");

        // A day outside the year's window is refused with the window said; nothing is stored.
        var deadline = panel.GetByLabel("Hạn nộp kết quả năm 2026");
        await deadline.FillAsync("2028-01-15");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Đặt hạn nộp" }).Or(panel.GetByRole(AriaRole.Button, new() { Name = "Đổi hạn nộp" })).ClickAsync();
        await Expect(page.Locator(".period-deadline-status")).ToContainTextAsync("từ 01/01/2026 đến 30/06/2027");

        // A deadline already past: Bó Sinh sent after it, the others sent nothing and the day is gone — every commune late.
        await deadline.FillAsync("2026-01-31");
        await panel.GetByRole(AriaRole.Button, new() { Name = "Đặt hạn nộp" }).Or(panel.GetByRole(AriaRole.Button, new() { Name = "Đổi hạn nộp" })).ClickAsync();
        await Expect(page.Locator(".period-deadline-status")).ToContainTextAsync("Đã lưu hạn nộp kết quả năm 2026: 31/01/2026");
        await Expect(page.Locator("*:focus")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"(^|\s)period-deadline-status(\s|$)"));
        panel = page.Locator("section.period-overview");
        await Expect(panel).ToContainTextAsync("Hạn nộp kết quả năm 2026: 31/01/2026.");
        await Expect(panel.Locator("tbody tr", new() { HasText = "Bó Sinh" }).Locator("td[data-label='Hạn nộp']")).ToHaveTextAsync("trễ hạn");
        await Expect(panel.Locator("dl div", new() { HasText = "Trễ hạn" }).Locator("dd")).ToHaveTextAsync(expected.ToString(CultureInfo.InvariantCulture));
        var deadlines = await fixture.GetJsonAsync("/api/provinces/son-la/deadlines", officer);
        Assert.Contains(deadlines.EnumerateArray(), d => d.GetProperty("term").GetString() == "2025-2030" && d.GetProperty("period").GetString() == "2026"
            && d.GetProperty("deadline").GetString() == "2026-01-31");

        // The year's deadline is not the term's: the review panel still has its own, and 2027 has none.
        await Expect(page.Locator("section.review-overview")).Not.ToContainTextAsync("31/01/2026");
        await period.SelectOptionAsync("2027");
        await Expect(page.Locator("section.period-overview")).ToContainTextAsync("Chưa đặt hạn nộp kết quả năm 2027.");
        // 2028: nobody has sent it yet — Bó Sinh is listed as not sent.
        await period.SelectOptionAsync("2028");
        panel = page.Locator("section.period-overview");
        await Expect(panel.Locator("tbody tr", new() { HasText = "Bó Sinh" }).Locator("td[data-label='Đã gửi']")).ToHaveTextAsync("Chưa gửi");
        await Expect(panel).ToContainTextAsync("Chưa gửi: ");
        await Expect(panel).ToContainTextAsync("Bó Sinh");
        await period.SelectOptionAsync("term");
        await Expect(page.Locator("section.period-overview")).ToHaveCountAsync(0);
        Assert.DoesNotContain(portal.Errors, e => !e.Contains("status of 400", StringComparison.Ordinal)); // the refused day is an answer
    }
}
