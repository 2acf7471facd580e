using Pipeline.Core.Consolidation;

namespace Pipeline.Core.Reporting;

/// <summary>
/// Lays a PDF report's check (<see cref="ReportCheck"/>) over a commune's summary and its line in the province's rollup as they
/// are served: a PDF changes no annex, so it is read beside them (as reviews are), never stored inside a rollup that stands
/// on the communes' current uploads. The one rule for which report's count a commune shows (<c>reportFindings</c>):
/// <list type="number">
/// <item>a PDF checked against the commune's current annex: its count (it came after that annex, and after any Word report the annex came in);</item>
/// <item>else an annex that came in a Word report: that report's count, as stored with the summary;</item>
/// <item>else a PDF checked against an annex since replaced: its count, said to be of an earlier annex
/// (<c>reportOfEarlierAnnex</c>) — it is not checked again by itself: sending the report again checks it against the current one.</item>
/// </list>
/// Pure.
/// </summary>
public static class ReportCheckOverlay
{
    /// <summary>The summary with the count its commune shows; with the PDF's part about it (<see cref="CommuneSummary.Report"/>) when the count is the PDF's.</summary>
    public static CommuneSummary Commune(CommuneSummary summary, ReportCheck? check)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Shown(summary.UploadId, summary.ReportFindings, check) is not { } pdf
            ? summary
            : summary with { ReportFindings = pdf.Disagreements, ReportUploadId = pdf.ReportUploadId, ReportOfEarlierAnnex = pdf.CheckedUploadId != summary.UploadId, Report = pdf.Report };
    }

    /// <summary>Each commune's line with the count it shows.</summary>
    /// <param name="checks">The PDF checks of the province for the term, by commune id ("son-la/pu-bau").</param>
    public static ProvinceSummary Province(ProvinceSummary summary, IReadOnlyDictionary<string, ReportCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(checks);
        if (checks.Count == 0) return summary;
        return summary with
        {
            Communes = summary.Communes.Select(c => c.UploadId is { } uploadId && Shown(uploadId, c.ReportFindings, checks.GetValueOrDefault(c.Commune)) is { } pdf
                ? c with { ReportFindings = pdf.Disagreements, ReportUploadId = pdf.ReportUploadId, ReportOfEarlierAnnex = pdf.CheckedUploadId != uploadId }
                : c).ToArray(),
        };
    }

    /// <summary>The PDF check whose count the commune shows, or null when it shows its Word report's (or none).</summary>
    private static ReportCheck? Shown(string currentUploadId, int? wordFindings, ReportCheck? check) =>
        check is null ? null
        : check.CheckedUploadId == currentUploadId ? check
        : wordFindings is not null ? null
        : check;
}
