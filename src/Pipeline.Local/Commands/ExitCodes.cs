namespace Pipeline.Local.Commands;

/// <summary>Process exit codes of the command line.</summary>
public static class ExitCodes
{
    /// <summary>Every file was read.</summary>
    public const int Success = 0;

    /// <summary>At least one file was refused.</summary>
    public const int Refused = 1;

    /// <summary>The command line itself was wrong.</summary>
    public const int Usage = 2;

    /// <summary>`serve` stopped by itself: Azurite could not be kept running (the line before says why).</summary>
    public const int StorageFailed = 3;
}
