using System.Globalization;
using Pipeline.Core.Annexes;
using Pipeline.Core.Reporting;

namespace Pipeline.Core.Reading;

/// <summary>
/// What an upload's titles say that differs from the commune, term and period chosen (<see cref="AnnexTitleCheck"/>,
/// <see cref="PeriodDecision"/>) and, for a Word report, what its annexes say of themselves (<see cref="ReportAnnexCheck"/>), as the clerk reads it on the check and on the upload's record: each sentence once, at most
/// <see cref="SummaryLimits.UploadWarningsListed"/>, then one sentence saying how many more (a report of 200 tables each titled
/// for another commune would otherwise overflow the record's 64 KiB column and fail the parse step on every retry).
/// </summary>
public static class UploadWarnings
{
    /// <summary>The warnings for <paramref name="annexes"/> uploaded for <paramref name="communeName"/> and <paramref name="term"/>.</summary>
    /// <param name="report">A Word report's warnings on its annexes (<see cref="ReportAnnexCheck.Warnings"/>), said first; null for a workbook.</param>
    public static IReadOnlyList<string> Of(IReadOnlyList<Annex> annexes, string? communeName, string term, PeriodDecision period,
        IReadOnlyList<string>? report = null)
    {
        ArgumentNullException.ThrowIfNull(period);
        var all = (report ?? []).Concat(AnnexTitleCheck.Warnings(annexes, communeName, term)).Concat(period.Warnings).Distinct(StringComparer.Ordinal).ToArray();
        if (all.Length <= SummaryLimits.UploadWarningsListed) return all;
        var more = all.Length - SummaryLimits.UploadWarningsListed;
        return [.. all.Take(SummaryLimits.UploadWarningsListed), string.Create(CultureInfo.InvariantCulture, $"Còn {more} cảnh báo khác như trên, không liệt kê hết.")];
    }
}
