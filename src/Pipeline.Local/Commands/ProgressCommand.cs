using System.Text.Json;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Periods;
using Pipeline.Core.Progress;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;
using Pipeline.Core.Units;

namespace Pipeline.Local.Commands;

/// <summary>
/// `progress TARGETS_FILE YEAR_FILE…`: a commune's way toward its term's targets, offline, with the same Core code the
/// hosts run (docs/progress.md). The targets file's first whole-term annex gives the targets, the baselines where it
/// has a baseline column, the commune and the term (unless --term); each yearly file's year annexes give the years.
/// An annex of a half-year or of no year of the term is left out, and said so on stderr; so are a yearly annex's unread
/// columns (another year's results beside this year's) and titles whose year its result column contradicts.
/// </summary>
public static class ProgressCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var options = ProgressOptions.Parse(args, out var error);
        if (options is null) return CommandLine.Fail(stderr, error!);

        if (CommandLine.LoadCatalogue(options.Catalogues, stderr) is not { } catalogue) return ExitCodes.Usage;

        var targetsRead = Score(options.TargetsFile, new AnnexReadOptions(null, options.Term), catalogue, stderr);
        if (targetsRead is null) return ExitCodes.Usage;
        if (Refused(options.TargetsFile, targetsRead, stderr)) return ExitCodes.Refused;
        if (targetsRead.Annexes.FirstOrDefault(a => a.Annex.Period == ReportingPeriod.WholeTerm) is not { } targets)
            return CommandLine.Fail(stderr, $"'{options.TargetsFile}' holds no annex of the whole term's targets (its annexes are yearly or half-year ones).");
        if (!Term.TryParse(options.Term ?? targets.Annex.Term, out var term))
            return CommandLine.Fail(stderr, $"'{options.TargetsFile}' names no term in its titles: give --term YYYY-YYYY.");

        var years = new List<ScoredAnnex>();
        var refused = false;
        foreach (var file in options.YearFiles)
        {
            var read = Score(file, new AnnexReadOptions(null, term.ToString()), catalogue, stderr);
            if (read is null) return ExitCodes.Usage;
            if (Refused(file, read, stderr))
            {
                refused = true;
                continue;
            }
            foreach (var annex in read.Annexes)
            {
                if (annex.Annex.Period is { } period && period.IsYearOf(term))
                {
                    years.Add(annex);
                    // Titles of one year over a result column of another: read by the titles, and said so (as an upload is held).
                    if (annex.Annex.Titled?.ResultYear is not null)
                        foreach (var warning in AnnexPeriodCheck.Decide([annex.Annex], null).Warnings)
                            stderr.WriteLine($"{file}: sheet '{annex.Annex.Sheet}' ({period}): {warning}");
                    // Another year's results beside this year's are not read (docs/reading-and-scoring.md, "Nothing dropped silently").
                    if (annex.Annex.UnplacedColumns.Count > 0)
                        stderr.WriteLine($"{file}: sheet '{annex.Annex.Sheet}' ({period}): {AnnexTableWriter.UnplacedColumnsLine(annex.Annex.UnplacedColumns.Select(c => new UnplacedColumnReport(c.Letter, c.Header)).ToArray())}");
                }
                else if (annex.Annex.Titled?.HalfYear is { } half) stderr.WriteLine($"{file}: {PeriodTitle.HalfYearNote(half)}");
                else stderr.WriteLine($"{file}: sheet '{annex.Annex.Sheet}' is for {annex.Annex.Period}, not a year of the term {term}; left out.");
            }
        }
        if (years.Count == 0)
        {
            stderr.WriteLine($"error: no yearly annex of the term {term} among the files: nothing to follow.");
            return ExitCodes.Refused;
        }

        var progress = TermProgress.Of(targets.Annex.Commune ?? Path.GetFileNameWithoutExtension(options.TargetsFile), term, targets, years);
        if (options.Json) stdout.WriteLine(JsonSerializer.Serialize(progress, ReportJson.Options));
        else ProgressTableWriter.Write(progress, stdout);
        return refused ? ExitCodes.Refused : ExitCodes.Success;
    }

    /// <summary>The file read and scored, or null (said on stderr) when it cannot be opened.</summary>
    private static ScoredWorkbook? Score(string file, AnnexReadOptions options, IndicatorCatalogue catalogue, TextWriter stderr)
    {
        try
        {
            using var stream = File.OpenRead(file);
            return ScoredWorkbook.From(stream, options, catalogue);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot open '{file}': {ex.Message}");
            return null;
        }
    }

    private static bool Refused(string file, ScoredWorkbook workbook, TextWriter stderr)
    {
        if (workbook.Read.Error is not { } refusal) return false;
        stderr.WriteLine($"{file}: REFUSED ({WireName.Of(refusal.Code)}): {refusal.Message}");
        return true;
    }
}
