using System.Diagnostics;
using System.Text.Json;
using Pipeline.Workbooks;

namespace Pipeline.Portal.Tests;

/// <summary>
/// A partial consolidated total says "chưa đủ" and names the communes it lacks, run in Node on the
/// portal's own module: the seed's totals are all whole, so the browser tests cannot reach it.
/// </summary>
public sealed class PartialTotalTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("portal-partial-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    [Fact]
    public async Task A_partial_total_names_whom_it_lacks_and_a_whole_one_says_nothing()
    {
        var module = new Uri(Path.Combine(RepositoryLayout.Root, "src", "Pipeline.Portal", "web", "js", "partial-total.js")).AbsoluteUri;
        var script = Path.Combine(_scratch, "partial-check.mjs");
        await File.WriteAllTextAsync(script, $$"""
            import { lacksText } from '{{module}}';
            console.log(JSON.stringify([
              lacksText({ target: 255, actual: 317, partial: true, lacks: ['Bó Sinh (cũ)'] }),
              lacksText({ kind: 'sum', value: 465, partial: true, lacks: ['Pú Bẩu', 'Bó Sinh (cũ)'] }),
              lacksText({ target: 455, actual: 545, partial: false }),
              lacksText({ partial: true }),
              lacksText(null),
            ]));
            """);
        using var node = Process.Start(new ProcessStartInfo("node", [script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, await node.StandardError.ReadToEndAsync());

        Assert.Equal(
            ["chưa đủ — thiếu Bó Sinh (cũ)", "chưa đủ — thiếu Pú Bẩu, Bó Sinh (cũ)", "", "chưa đủ — thiếu số liệu của xã tiền thân", ""],
            JsonSerializer.Deserialize<string[]>(output)!);
    }
}
