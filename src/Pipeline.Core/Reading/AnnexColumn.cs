namespace Pipeline.Core.Reading;

/// <summary>What a column of an annex means, whatever its header says or where it stands.</summary>
public enum AnnexColumn
{
    Ordinal,
    Indicator,
    Unit,
    Target,
    Actual,
    ReportedPercent,
    Verdict,
}
