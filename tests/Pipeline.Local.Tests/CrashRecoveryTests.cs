using Pipeline.FaultTest;
using Xunit.Abstractions;

namespace Pipeline.Local.Tests;

/// <summary>
/// The fault test (tests/Pipeline.FaultTest) in short: `pipeline serve` as a real child process,
/// killed (SIGKILL) or stopped (SIGTERM) mid-batch, Azurite killed under it; every upload that
/// was answered 202 ends final exactly once, with the summaries of a clean run.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Every_acknowledged_upload_ends_final_once_whatever_is_killed_mid_batch()
    {
        var log = new StringWriter();
        var results = await FaultTestRun.RunAsync(
            [FaultKind.KillHost, FaultKind.KillAzurite, FaultKind.KillBoth, FaultKind.StopHost], rounds: 1, batch: 16, seed: 20261130, log);
        output.WriteLine(log.ToString());

        Assert.Equal(5, results.Count);
        Assert.All(results, r => Assert.True(r.Passed, string.Join(Environment.NewLine, r.Problems)));
        Assert.True(results[0].Acknowledged == 16, "the clean run did not get every upload acknowledged");
        Assert.Equal(4, results[0].Summaries.Count);
    }

    [Fact]
    public async Task Every_acknowledged_report_and_each_of_its_parts_ends_final_once_when_the_host_is_killed_mid_batch()
    {
        // A Word report becomes parts (its annexes sent on to their communes) inside the parse step: a kill between
        // creating them and parsing them, or before the report's own status, must leave every part there, once, scored.
        var log = new StringWriter();
        var results = await FaultTestRun.RunAsync([FaultKind.KillHost, FaultKind.KillBoth], rounds: 1, batch: 8, seed: 20261201, log, FaultBatch.Reports);
        output.WriteLine(log.ToString());

        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.True(r.Passed, string.Join(Environment.NewLine, r.Problems)));
        Assert.True(results[0].Acknowledged == 8, "the clean run did not get every upload acknowledged");
        // The three predecessors' summaries, from the report's parts, and the province's.
        Assert.Equal(4, results[0].Summaries.Count);
    }
}
