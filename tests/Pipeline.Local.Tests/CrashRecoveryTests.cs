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
}
