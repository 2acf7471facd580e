using System.Diagnostics;
using System.Text.Json;
using Pipeline.Workbooks;

namespace Pipeline.Portal.Tests;

/// <summary>
/// The exports' CSV-injection guard (OWASP), run in Node on the portal's own module: no seed
/// data starts with a formula character, so the browser tests cannot reach it.
/// </summary>
public sealed class ExportSafetyTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("portal-export-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task Cells_that_start_like_a_formula_are_made_text_and_numbers_stay_numbers_in_a_titled_semicolon_csv()
    {
        var module = new Uri(Path.Combine(RepositoryLayout.Root, "src", "Pipeline.Portal", "web", "js", "export.js")).AbsoluteUri;
        var script = Path.Combine(_scratch, "export-check.mjs");
        await File.WriteAllTextAsync(script, $$"""
            import { toCsv, safeText } from '{{module}}';
            const table = { name: 't', unit: 'Xã Pú Bẩu', term: '2020-2025', columns: ['Chỉ tiêu', 'Giá trị'],
              rows: [['=HYPERLINK("http://x","y")', -5], ['+1', '@SUM(A1)'], ['-2', 'Chiềng En'], ['\tcmd', 545], [null, 1.5], ['a; b, c', 1234.75]] };
            console.log(JSON.stringify({ csv: toCsv(table, new Date(2026, 10, 29, 12)), text: ['=1', '+1', '-1', '@1', 'Pú Bẩu', 12].map(safeText) }));
            """);
        using var node = Process.Start(new ProcessStartInfo("node", [script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, await node.StandardError.ReadToEndAsync());

        using var result = JsonDocument.Parse(output);
        var csv = result.RootElement.GetProperty("csv").GetString()!;
        Assert.Equal(
            // Title rows and a blank line, then ';' between cells and decimal commas, as Vietnamese-locale Excel reads a CSV.
            "\uFEFFXã Pú Bẩu\r\nNhiệm kỳ 2020-2025\r\nNgày xuất: 29/11/2026\r\n\r\nChỉ tiêu;Giá trị\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";-5\r\n'+1;'@SUM(A1)\r\n'-2;Chiềng En\r\n'\tcmd;545\r\n;1,5\r\n\"a; b, c\";1234,75\r\n",
            csv);
        Assert.Equal(["'=1", "'+1", "'-1", "'@1", "Pú Bẩu"], result.RootElement.GetProperty("text").EnumerateArray().Take(5).Select(e => e.GetString()));
        Assert.Equal(12, result.RootElement.GetProperty("text")[5].GetInt32());
    }
}
