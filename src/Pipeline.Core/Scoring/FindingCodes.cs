namespace Pipeline.Core.Scoring;

/// <summary>The finding codes, as they appear in JSON and in the tables.</summary>
public static class FindingCodes
{
    /// <summary>The commune's percentage differs from the computed ratio by 1.0 point or more.</summary>
    public const string ReportedPercentMismatch = "reported-percent-mismatch";

    /// <summary>The commune's verdict differs from the computed status.</summary>
    public const string ReportedStatusMismatch = "reported-status-mismatch";

    /// <summary>The target or the achieved value cannot be read; the row is kept but not scored.</summary>
    public const string UnparseableValue = "unparseable-value";

    /// <summary>
    /// The bound the commune wrote in the target cell ("Dưới 1", "Trên 300") says the opposite
    /// direction to the catalogue entry the indicator matched; the catalogue's direction is used.
    /// </summary>
    public const string BoundContradictsCatalogue = "bound-contradicts-catalogue";
}
