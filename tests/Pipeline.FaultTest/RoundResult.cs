namespace Pipeline.FaultTest;

/// <summary>What one round of the fault test saw.</summary>
/// <param name="FaultAt">How long after the batch started the fault struck (null: no fault).</param>
/// <param name="Acknowledged">Uploads answered 202: each must end final exactly once.</param>
/// <param name="Unanswered">Uploads that got no 202 (the host or storage was down): they may or may not exist.</param>
/// <param name="Settled">From the host answering again (or the last 202, with no restart) to every acknowledged upload final.</param>
/// <param name="Summaries">Each commune's summary and the province rollup, without ids and times: equal in every round.</param>
/// <param name="Problems">What broke a promise; empty when the round passed.</param>
public sealed record RoundResult(
    FaultKind Kind,
    TimeSpan? FaultAt,
    int Acknowledged,
    int Unanswered,
    TimeSpan Settled,
    IReadOnlyDictionary<string, string> Summaries,
    IReadOnlyList<string> Problems)
{
    public bool Passed => Problems.Count == 0;
}
