namespace Pipeline.Storage.Consolidations;

/// <summary>A recomputed consolidated summary could not be stored (too large for a table entity); the stored one now carries a stale mark.</summary>
public sealed class SummaryNotStoredException : Exception
{
    public SummaryNotStoredException()
    {
    }

    public SummaryNotStoredException(string message) : base(message)
    {
    }

    public SummaryNotStoredException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
