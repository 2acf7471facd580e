using Microsoft.Playwright;

namespace Pipeline.Portal.Tests;

/// <summary>A page of the portal in its own browser context, with the console errors it logged.</summary>
public sealed class PortalPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;
    private static readonly System.Text.RegularExpressions.Regex ExpectedRefusal =
        new("^Failed to load resource: the server responded with a status of (401|403|404)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private readonly List<string> _errors = [];

    public PortalPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            // The API's documented refusals (no annex yet, someone else's commune) are answers, not faults of the page.
            if (message.Type == "error" && !ExpectedRefusal.IsMatch(message.Text)) lock (_errors) _errors.Add($"console: {message.Text}");
        };
        page.PageError += (_, error) =>
        {
            lock (_errors) _errors.Add($"page error: {error}");
        };
    }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions so far.</summary>
    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors) return [.. _errors];
        }
    }

    public async Task SignInAsync(string key)
    {
        await Page.GetByLabel("Khóa truy cập").FillAsync(key);
        await Page.GetByLabel("Khóa truy cập").PressAsync("Enter"); // by keyboard, as a clerk without a mouse would
        await Page.Locator("#who .who-name").WaitForAsync();
    }

    /// <summary>The clerk's live upload status.</summary>
    public ILocator UploadStatus => Page.Locator(".upload-status[aria-live='polite']");

    /// <summary>Picks the commune and term (when given) and the file, and presses "Gửi biểu", as a clerk does.</summary>
    public async Task SendAsync(FilePayload file, string? commune = null, string? term = null)
    {
        if (commune is not null) await Page.GetByLabel("Xã", new() { Exact = true }).SelectOptionAsync(commune);
        if (term is not null) await Page.GetByLabel("Nhiệm kỳ", new() { Exact = true }).SelectOptionAsync(term);
        await Page.GetByLabel("Chọn tệp biểu chỉ tiêu").SetInputFilesAsync(file);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Gửi biểu" }).ClickAsync();
    }

    /// <summary>A sample workbook (samples/…) as a file to pick.</summary>
    public static FilePayload Sample(string relativePath) => new()
    {
        Name = Path.GetFileName(relativePath),
        MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        Buffer = File.ReadAllBytes(Workbooks.RepositoryLayout.Sample(relativePath)),
    };

    /// <summary>
    /// What makes the page wider than the viewport (a phone user would have to scroll sideways): empty when nothing
    /// does, else the page's width and the five elements sticking out furthest (tag, class, right edge, text), so a failure says where.
    /// </summary>
    public Task<string> HorizontalOverflowAsync() =>
        Page.EvaluateAsync<string>(
            "() => document.documentElement.scrollWidth <= innerWidth + 1 ? '' : document.documentElement.scrollWidth + ' px wide at ' + innerWidth + ' px: ' + " +
            "[...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > innerWidth + 1)" +
            ".sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right).slice(0, 5).map(e => e.tagName + '.' + e.className + ' (' + Math.round(e.getBoundingClientRect().right) + ' px) \"' + (e.textContent || '').trim().slice(0, 60) + '\"').join('; ')");

    public async ValueTask DisposeAsync() => await _context.DisposeAsync();
}
