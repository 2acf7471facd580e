namespace Pipeline.Local.Commands;

using Pipeline.Core.Consolidation;
using Pipeline.Core.Reporting;

/// <summary>Prints a merged commune's consolidated summary as readable tables.</summary>
public static class MergedSummaryWriter
{
    public static void Write(MergedCommuneSummary summary, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"== {summary.CommuneName} ({summary.Commune}) — predecessors' term {summary.BaselineTerm}, new term {summary.NewTerm}");
        if (summary.LegalBasis.Length > 0) output.WriteLine($"   Formed {summary.Effective} under {summary.LegalBasis}");
        output.WriteLine();
        output.WriteLine($"   {"Predecessor",-22} {"Source",-28} {"Targets",7} {"Exc",4} {"Met",4} {"Not",4} {"Rate %",7}   {"Reported exc/met/not",-20} {"Errors",6} {"Warn",5}");
        foreach (var p in summary.Predecessors)
        {
            if (p.Missing)
            {
                output.WriteLine($"   {p.Name,-22} {"MISSING: no annex",-28}");
                continue;
            }
            var c = p.Counts!;
            output.WriteLine($"   {p.Name,-22} {Cut(p.UploadId ?? "", 28),-28} {p.Targets,7} {c.Computed.Exceeded,4} {c.Computed.Met,4} {c.Computed.NotMet,4} {SummaryCommand.Number(c.AchievementRate),7}   {$"{c.Reported.Exceeded}/{c.Reported.Met}/{c.Reported.NotMet}",-20} {p.Findings.Error,6} {p.Findings.Warning,5}");
        }
        var t = summary.Totals.Counts;
        output.WriteLine($"   {"Together",-22} {$"{summary.Totals.Reported} of {summary.Totals.Expected} annexes",-28} {summary.Totals.Targets,7} {t.Computed.Exceeded,4} {t.Computed.Met,4} {t.Computed.NotMet,4} {SummaryCommand.Number(t.AchievementRate),7}");
        output.WriteLine();

        output.WriteLine("   Shared indicators (additive: summed and re-scored; others: range, never summed)");
        foreach (var indicator in summary.Indicators)
        {
            var values = string.Join("; ", indicator.Values.Select(v => $"{v.Name} {v.TargetText} → {v.ActualText}{(v.Part is { } part ? $" (part {part} of row {v.Ordinal})" : "")}"));
            var result = indicator.Consolidated is { } sum
                ? $"SUM {SummaryCommand.Number(sum.Actual)} of {SummaryCommand.Number(sum.Target)} = {SummaryCommand.Number(sum.Ratio)}% {WireName.Of(sum.Status)}{(sum.Partial ? $" (partial: lacks {string.Join(", ", sum.Lacks ?? [])})" : "")}"
                : indicator.Range is { } range
                    ? $"RANGE actual {SummaryCommand.Number(range.ActualMin)}–{SummaryCommand.Number(range.ActualMax)}, target {SummaryCommand.Number(range.TargetMin)}–{SummaryCommand.Number(range.TargetMax)}"
                    : "";
            if (indicator.Note is { } note) result = result.Length > 0 ? $"{result}. {note}" : note;
            output.WriteLine($"   - {indicator.Name} [{indicator.Code}, {indicator.Unit}]: {result}");
            output.WriteLine($"       {values}{(indicator.MissingFrom.Count > 0 ? $"; not carried by {string.Join(", ", indicator.MissingFrom)}" : "")}");
        }
        output.WriteLine();

        if (summary.NewTermTargets.Missing)
        {
            output.WriteLine($"   New-term targets ({summary.NewTerm}): no targets-only annex given.");
            return;
        }
        output.WriteLine($"   New-term targets ({summary.NewTerm}) beside the predecessors' baseline");
        foreach (var target in summary.NewTermTargets.Targets)
        {
            var baseline = target.Baseline switch
            {
                null => "no baseline",
                { Kind: BaselineKind.Sum } b => $"baseline {SummaryCommand.Number(b.Value)} (sum{(b.Partial ? $", partial: lacks {string.Join(", ", b.Lacks ?? [])}" : "")})",
                var b => $"baseline {SummaryCommand.Number(b.Min)}–{SummaryCommand.Number(b.Max)} (range)",
            };
            output.WriteLine($"   {(target.BelowBaseline ? "!" : " ")} {target.Ordinal,4} {Cut(target.Indicator, 60),-60} {target.TargetText,10}  {baseline}");
            if (target.Finding is { } finding) output.WriteLine($"          {finding.Message}");
        }
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");
}
