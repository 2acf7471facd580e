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

    [Fact]
    public async Task A_consolidated_figure_says_whom_it_stands_on_and_who_has_no_such_target()
    {
        var root = Path.Combine(RepositoryLayout.Root, "src", "Pipeline.Portal", "web", "js");
        var partial = new Uri(Path.Combine(root, "partial-total.js")).AbsoluteUri;
        var script = Path.Combine(_scratch, "coverage-check.mjs");
        await File.WriteAllTextAsync(script, $$"""
            import { coverageText } from '{{partial}}';
            const predecessors = [
              { commune: 'son-la/chieng-en', name: 'Chiềng En' }, { commune: 'son-la/pu-bau', name: 'Pú Bẩu' },
              { commune: 'son-la/bo-sinh-cu', name: 'Bó Sinh (cũ)' }];
            console.log(JSON.stringify([
              coverageText('sum', ['son-la/chieng-en', 'son-la/bo-sinh-cu'], predecessors, { kind: 'sum', value: 999, partial: false }),
              coverageText('range', ['son-la/chieng-en'], predecessors, { kind: 'range', min: 65.1, max: 65.1, partial: false }),
              coverageText('sum', ['son-la/chieng-en', 'son-la/pu-bau', 'son-la/bo-sinh-cu'], predecessors, { partial: false }),
              coverageText('sum', ['son-la/chieng-en'], predecessors, { partial: true, lacks: ['Bó Sinh (cũ)'] }),
              coverageText('sum', ['son-la/chieng-en'], [predecessors[0], { ...predecessors[1], missing: true }], { partial: true, lacks: ['Pú Bẩu'] }),
              coverageText('sum', undefined, [], { partial: true, lacks: ['Pú Bẩu'] }),
            ]));
            """);
        using var node = Process.Start(new ProcessStartInfo("node", [script]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await node.StandardOutput.ReadToEndAsync();
        await node.WaitForExitAsync();
        Assert.True(node.ExitCode == 0, await node.StandardError.ReadToEndAsync());

        Assert.Equal(
            [
                "tổng của Chiềng En, Bó Sinh (cũ); Pú Bẩu không có chỉ tiêu này",
                "của Chiềng En; Pú Bẩu, Bó Sinh (cũ) không có chỉ tiêu này",
                "tổng các xã cũ",
                "tổng của Chiềng En; chưa đủ — thiếu Bó Sinh (cũ); Pú Bẩu không có chỉ tiêu này",
                "tổng của Chiềng En; chưa đủ — thiếu Pú Bẩu",
                "tổng các xã cũ, chưa đủ — thiếu Pú Bẩu",
            ],
            JsonSerializer.Deserialize<string[]>(output)!);
    }
}
