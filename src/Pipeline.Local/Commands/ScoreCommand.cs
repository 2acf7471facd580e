using System.Text.Json;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Scoring;

namespace Pipeline.Local.Commands;

/// <summary>`score`: reads and scores annex files offline, as tables or as one JSON document.</summary>
public static class ScoreCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var options = ScoreOptions.Parse(args, out var error);
        if (options is null) return CommandLine.Fail(stderr, error!);

        if (CommandLine.LoadCatalogue(options.Catalogues, stderr) is not { } catalogue) return ExitCodes.Usage;

        var readOptions = new AnnexReadOptions(options.Commune, options.Term);
        var reports = new List<FileReport>(options.Files.Count);
        foreach (var file in options.Files)
        {
            ScoredWorkbook workbook;
            try
            {
                using var stream = File.OpenRead(file);
                workbook = ScoredWorkbook.From(stream, readOptions, catalogue);
            }
            catch (IOException ex)
            {
                stderr.WriteLine($"error: cannot open '{file}': {ex.Message}");
                return ExitCodes.Usage;
            }
            catch (UnauthorizedAccessException ex)
            {
                stderr.WriteLine($"error: cannot open '{file}': {ex.Message}");
                return ExitCodes.Usage;
            }
            reports.Add(AnnexReports.ForFile(file, workbook));
        }

        if (options.Json) stdout.WriteLine(JsonSerializer.Serialize(new ScoreReport(reports), ReportJson.Options));
        else AnnexTableWriter.Write(reports, stdout);

        return reports.Any(r => r.Error is not null) ? ExitCodes.Refused : ExitCodes.Success;
    }

    /// <summary>The JSON document `score --json` prints.</summary>
    public sealed record ScoreReport(IReadOnlyList<FileReport> Files);
}
