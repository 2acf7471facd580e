namespace Pipeline.FaultTest;

/// <summary>What goes wrong in the middle of a batch.</summary>
public enum FaultKind
{
    /// <summary>No fault: the reference run whose summaries every other round must equal.</summary>
    None,

    /// <summary>SIGKILL of the host process (Azurite, its child, sees its stdin close and stops by itself).</summary>
    KillHost,

    /// <summary>SIGKILL of Azurite alone: it loses what it had not saved (up to 5 s); the host restarts it.</summary>
    KillAzurite,

    /// <summary>SIGKILL of Azurite, then of the host, before anyone saves anything.</summary>
    KillBoth,

    /// <summary>SIGTERM of the host: a clean stop in the middle of the batch.</summary>
    StopHost,
}
