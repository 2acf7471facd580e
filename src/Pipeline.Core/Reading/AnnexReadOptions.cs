namespace Pipeline.Core.Reading;

/// <summary>What the caller knows about a file before it is read.</summary>
/// <param name="Commune">Commune name to use instead of the one in the title rows.</param>
/// <param name="Term">Term ("2020-2025") to use instead of the one in the title rows.</param>
public sealed record AnnexReadOptions(string? Commune = null, string? Term = null)
{
    public AnnexReadLimits Limits { get; init; } = AnnexReadLimits.Default;

    /// <summary>
    /// The period the file is sent for ("2026", "mid-term", "term"), to use instead of the one its titles
    /// state; null to take theirs. A year period reads the file as a yearly annex of that year.
    /// </summary>
    public Periods.ReportingPeriod? Period { get; init; }

    public static AnnexReadOptions Default { get; } = new();
}
