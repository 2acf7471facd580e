namespace Pipeline.FaultTest;

/// <summary>
/// The whole fault test: a reference round without a fault, then <paramref name="rounds"/>
/// rounds of each kind in turn, each checked on its own and against the reference summaries.
/// </summary>
public static class FaultTestRun
{
    /// <param name="contents">What the senders upload: the seed workbooks (the default) or the seed report.</param>
    /// <returns>Every round's result; a round whose summaries differ from the reference's gets that as a problem.</returns>
    public static async Task<IReadOnlyList<RoundResult>> RunAsync(IReadOnlyList<FaultKind> kinds, int rounds, int batch, int seed, TextWriter log, FaultBatch contents = FaultBatch.Workbooks)
    {
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(log);
        var random = new Random(seed);
        var reference = await FaultRound.RunAsync(FaultKind.None, contents, batch, random, log).ConfigureAwait(false);
        var results = new List<RoundResult> { reference };
        for (var round = 0; round < rounds; round++)
        {
            foreach (var kind in kinds)
            {
                var result = await FaultRound.RunAsync(kind, contents, batch, random, log).ConfigureAwait(false);
                var differing = result.Summaries.Where(s => !reference.Summaries.TryGetValue(s.Key, out var expected) || expected != s.Value).Select(s => s.Key).ToArray();
                if (differing.Length > 0)
                {
                    var problem = $"summaries differ from the clean run: {string.Join(", ", differing)}";
                    log.WriteLine($"    {problem}");
                    foreach (var key in differing) log.WriteLine($"      {key}: {result.Summaries[key]}{Environment.NewLine}      clean: {reference.Summaries.GetValueOrDefault(key)}");
                    result = result with { Problems = [.. result.Problems, problem] };
                }
                results.Add(result);
            }
        }
        return results;
    }
}
