namespace Pipeline.Storage;

/// <summary>
/// The names of the triggered functions, the same in both hosts (the Functions app's
/// <c>[Function]</c>, the local host's WebJobs <c>[FunctionName]</c>): operators' log queries,
/// the hosts' own logs and the docs call them by these names.
/// </summary>
public static class TriggerNames
{
    /// <summary>A new original in the annexes container → the parse step.</summary>
    public const string ParseAnnex = "ParseAnnex";

    /// <summary>A score request on the score queue → the score step.</summary>
    public const string ScoreAnnex = "ScoreAnnex";

    /// <summary>A score request in the poison queue → the upload shows as failed.</summary>
    public const string FailedScore = "FailedScore";

    /// <summary>The nightly consolidation.</summary>
    public const string ScheduledConsolidation = "ScheduledConsolidation";

    /// <summary>The periodic pass that drives stuck uploads on.</summary>
    public const string SweepPendingUploads = "SweepPendingUploads";
}
