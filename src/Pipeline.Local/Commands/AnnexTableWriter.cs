using System.Globalization;
using Pipeline.Core.Annexes;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;

namespace Pipeline.Local.Commands;

/// <summary>
/// Prints scored annexes as readable tables: one line per target, flagged rows marked
/// ("!" for a warning, "X" for an error), their findings listed under the table. Columns the
/// reader could not place are named under the annex's heading line, in Vietnamese as the portal says it.
/// </summary>
public static class AnnexTableWriter
{
    private const int IndicatorWidth = 44;

    public static void Write(IReadOnlyList<FileReport> files, TextWriter output)
    {
        foreach (var file in files)
        {
            output.WriteLine($"== {file.File}");
            if (file.Error is { } error)
            {
                output.WriteLine($"   REFUSED ({error.Code}): {error.Message}");
                output.WriteLine($"   {error.Detail}");
                output.WriteLine();
                continue;
            }
            foreach (var annex in file.Annexes) WriteAnnex(annex, output);
            if (file.Report is { } report) WriteReport(report, output);
        }
    }

    /// <summary>The report's text against its tables ("Báo cáo và biểu"), in Vietnamese as the portal says it: one line per section, then each disagreement.</summary>
    private static void WriteReport(Core.Narrative.NarrativeReport report, TextWriter output)
    {
        output.WriteLine("   Báo cáo và biểu");
        foreach (var section in report.Sections)
        {
            var stated = section.StatedTally is { } tally ? $"báo cáo ghi {tally.Exceeded?.ToString(CultureInfo.InvariantCulture) ?? "?"} vượt, {tally.Met?.ToString(CultureInfo.InvariantCulture) ?? "?"} đạt, {tally.NotMet?.ToString(CultureInfo.InvariantCulture) ?? "?"} không đạt" : "báo cáo không ghi số chỉ tiêu vượt, đạt, không đạt";
            var annex = section.Annex is { } a ? $"; biểu: {a.Table.Exceeded} / {a.Table.Met} / {a.Table.NotMet}; theo số liệu: {a.Computed.Exceeded} / {a.Computed.Met} / {a.Computed.NotMet}" : "; không tìm thấy biểu của xã";
            output.WriteLine($"   - {section.Heading}: {stated}{annex}; {section.Statements.Count} chỉ tiêu được nêu");
        }
        if (report.Findings.Count == 0) output.WriteLine("   Không có chỗ nào báo cáo và biểu khác nhau.");
        foreach (var finding in report.Findings)
            output.WriteLine($"   {(finding.Severity == FindingSeverity.Error ? "X" : "!")} [{WireName.Of(finding.Code)}] {finding.Message}");
        if (report.Truncated) output.WriteLine("   (Báo cáo quá dài: chỉ đọc phần đầu.)");
        output.WriteLine();
    }

    private static void WriteAnnex(AnnexReport annex, TextWriter output)
    {
        output.WriteLine($"   Sheet \"{annex.Sheet}\" | commune: {annex.Commune ?? "(unknown)"} | term: {annex.Term ?? "(unknown)"} | {WireName.Of(annex.Kind)} | header at row {annex.HeaderRow}");
        if (annex.UnplacedColumns.Count > 0) output.WriteLine($"   {UnplacedColumnsLine(annex.UnplacedColumns)}");
        foreach (var conversion in annex.TextConversions) output.WriteLine($"   {ConversionLine(conversion)}");
        output.WriteLine();
        output.WriteLine(Line("", "TT", "Indicator", "Unit", "Target", "Actual", "Ratio %", "Status", "Reported %", "Reported", "Dir"));
        output.WriteLine(new string('-', 150));
        foreach (var target in annex.Targets)
        {
            var flag = target.Findings.Any(f => f.Severity == FindingSeverity.Error) ? "X" : target.Findings.Count > 0 ? "!" : "";
            output.WriteLine(Line(
                flag,
                target.Ordinal,
                target.Indicator,
                target.Unit,
                target.TargetText,
                target.ActualText,
                target.Ratio?.ToString("0.##", CultureInfo.InvariantCulture) ?? "",
                target.Status is { } status ? WireName.Of(status) : target.Qualitative ? "qual." : annex.Kind == AnnexKind.TargetsOnly ? "" : "unscored",
                string.Join("-", target.ReportedPercent.Select(p => p.ToString(CultureInfo.InvariantCulture))),
                target.ReportedStatus is { } reportedStatus ? WireName.Of(reportedStatus) : "",
                DirectionCell(target)));
        }
        if (annex.Targets.Any(t => t.DirectionAssumed))
            output.WriteLine("   Dir \"low?\"/\"high?\": direction assumed from the commune's own arithmetic or by default (higher is better); see directionReason in --json.");

        var flagged = annex.Targets.Where(t => t.Findings.Count > 0).ToList();
        if (flagged.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("   Findings:");
            foreach (var target in flagged)
            {
                foreach (var finding in target.Findings)
                    output.WriteLine($"   [{WireName.Of(finding.Severity)}] TT {target.Ordinal} (row {target.Row}) {finding.Code}: {finding.Message}");
            }
        }

        var computed = annex.Counts.Computed;
        var reported = annex.Counts.Reported;
        output.WriteLine();
        output.WriteLine($"   Computed: {computed.Exceeded} exceeded, {computed.Met} met, {computed.NotMet} not met, {computed.Unscored} unscored" +
                         (annex.Counts.AchievementRate is { } rate ? $" (achievement {rate.ToString("0.##", CultureInfo.InvariantCulture)}%)" : ""));
        output.WriteLine($"   Reported: {reported.Exceeded} exceeded, {reported.Met} met, {reported.NotMet} not met, {reported.Unstated} without a verdict");
        if (annex.Counts.Qualitative is { Total: > 0 } qualitative)
            output.WriteLine($"   Qualitative: {qualitative.Total} (not scored) / {qualitative.Vietnamese()}");
        output.WriteLine();
    }

    /// <summary>
    /// The Dir column: "low" or "high", with a "?" when the direction was assumed — read from the
    /// commune's arithmetic or defaulted — rather than known (docs/reading-and-scoring.md, "Scoring").
    /// </summary>
    public static string DirectionCell(TargetReport target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return (target.Direction == Direction.Lower ? "low" : "high") + (target.DirectionAssumed ? "?" : "");
    }

    /// <summary>"Cột F (\"Ghi chú khác\") không xác định được nội dung nên chưa được đọc.", every column in one line.</summary>
    public static string UnplacedColumnsLine(IReadOnlyList<UnplacedColumnReport> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        var named = columns.Select(c => c.Header.Length > 0 ? $"{c.Column} (\"{c.Header}\")" : c.Column);
        return $"{(columns.Count == 1 ? "Cột" : "Các cột")} {string.Join(", ", named)} không xác định được nội dung nên chưa được đọc.";
    }

    /// <summary>"Converted 57 text cells from TCVN3 (ABC) to Unicode / Đã chuyển 57 ô chữ từ mã TCVN3 (ABC) sang Unicode."</summary>
    private static string ConversionLine(TextConversionReport conversion)
    {
        var encoding = conversion.Encoding switch
        {
            "tcvn3" => "TCVN3 (ABC)",
            "vni" => "VNI-Windows",
            var other => other,
        };
        return $"Converted {conversion.Cells} text cells from {encoding} to Unicode / Đã chuyển {conversion.Cells} ô chữ từ mã {encoding} sang Unicode.";
    }

    private static string Line(string flag, string ordinal, string indicator, string unit, string target, string actual,
        string ratio, string status, string reportedPercent, string reported, string direction) =>
        $"{flag,-2}{Fit(ordinal, 4),-4} {Fit(indicator, IndicatorWidth),-IndicatorWidth} {Fit(unit, 10),-10} {Fit(target, 14),14} {Fit(actual, 14),14} {ratio,8} {status,-9} {Fit(reportedPercent, 10),10} {reported,-9} {direction}";

    private static string Fit(string text, int width) => text.Length <= width ? text : text[..(width - 1)] + "…";
}
