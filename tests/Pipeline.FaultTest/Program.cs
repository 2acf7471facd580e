using System.Globalization;
using Pipeline.FaultTest;

// dotnet run -c Release --project tests/Pipeline.FaultTest -- [--rounds 5] [--batch 30] [--seed 1] [--kinds KillHost,KillAzurite,KillBoth,StopHost] [--files workbooks|reports]
var rounds = 3;
var batch = 30;
var seed = Environment.TickCount;
var contents = FaultBatch.Workbooks;
FaultKind[] kinds = [FaultKind.KillHost, FaultKind.KillAzurite, FaultKind.KillBoth, FaultKind.StopHost];
for (var i = 0; i + 1 < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--rounds": rounds = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--batch": batch = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--kinds": kinds = args[i + 1].Split(',').Select(k => Enum.Parse<FaultKind>(k, ignoreCase: true)).ToArray(); break;
        case "--files": contents = Enum.Parse<FaultBatch>(args[i + 1], ignoreCase: true); break;
        default:
            Console.Error.WriteLine($"Unknown option '{args[i]}'. Options: --rounds N --batch N --seed N --kinds KillHost,KillAzurite,KillBoth,StopHost --files workbooks|reports");
            return 2;
    }
}

Console.WriteLine($"Fault test: {rounds} round(s) of {string.Join(", ", kinds)}, {batch} uploads of {contents.ToString().ToLowerInvariant()} each, seed {seed}");
var results = await FaultTestRun.RunAsync(kinds, rounds, batch, seed, Console.Out, contents);
var failed = results.Count(r => !r.Passed);
var faulted = results.Where(r => r.Kind != FaultKind.None).ToArray();
Console.WriteLine($"{results.Count - failed} passed, {failed} failed");
if (faulted.Length > 0)
    Console.WriteLine($"acknowledged {faulted.Sum(r => r.Acknowledged)} uploads across faults; settled after restart: median {Median(faulted.Select(r => r.Settled.TotalSeconds)):0.0} s, worst {faulted.Max(r => r.Settled.TotalSeconds):0.0} s");
return failed == 0 ? 0 : 1;

static double Median(IEnumerable<double> values)
{
    var sorted = values.Order().ToArray();
    return sorted.Length == 0 ? 0 : sorted[sorted.Length / 2];
}
