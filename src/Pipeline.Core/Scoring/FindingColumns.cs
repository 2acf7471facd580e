using Pipeline.Core.Reading;

namespace Pipeline.Core.Scoring;

/// <summary>The columns a finding can point at, by their <see cref="ColumnKey"/> (the keys of <see cref="Annexes.Annex.ColumnLetters"/>).</summary>
public static class FindingColumns
{
    public static string Target { get; } = ColumnKey.Of(AnnexColumn.Target);

    public static string Actual { get; } = ColumnKey.Of(AnnexColumn.Actual);

    public static string ReportedPercent { get; } = ColumnKey.Of(AnnexColumn.ReportedPercent);

    public static string Verdict { get; } = ColumnKey.Of(AnnexColumn.Verdict);
}
