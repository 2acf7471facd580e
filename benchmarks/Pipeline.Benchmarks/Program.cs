using System.Runtime.CompilerServices;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Pipeline.Benchmarks;

public static class Program
{
    /// <summary>
    /// Runs the benchmarks chosen on the command line (BenchmarkDotNet's switcher: --filter '*',
    /// --list flat, …). Results go to benchmarks/Pipeline.Benchmarks/BenchmarkDotNet.Artifacts
    /// unless --artifacts says otherwise, whatever the working directory. <c>--gc-report</c>
    /// instead prints the share of time spent in GC pauses (see <see cref="GcPauseReport"/>).
    /// </summary>
    public static void Main(string[] args)
    {
        if (args is ["--gc-report"])
        {
            GcPauseReport.Run(Console.Out);
            return;
        }

        var config = DefaultConfig.Instance.WithArtifactsPath(Path.Combine(ProjectDirectory(), "BenchmarkDotNet.Artifacts"));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }

    private static string ProjectDirectory([CallerFilePath] string source = "") =>
        Path.GetDirectoryName(source) is { Length: > 0 } directory && Directory.Exists(directory) ? directory : Directory.GetCurrentDirectory();
}
