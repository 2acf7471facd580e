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
        var reports = new FileReport?[options.Files.Count];
        var annexes = new List<ScoredAnnex>();
        var pdfs = new List<int>();
        for (var i = 0; i < options.Files.Count; i++)
        {
            var file = options.Files[i];
            try
            {
                using var stream = File.OpenRead(file);
                // A PDF report's tables are not read: its text is checked against the annexes of the other files given.
                if (IsPdf(stream))
                {
                    pdfs.Add(i);
                    continue;
                }
                var workbook = ScoredWorkbook.From(stream, readOptions, catalogue);
                annexes.AddRange(workbook.Annexes);
                reports[i] = AnnexReports.ForFile(file, workbook, workbook.Read.Narrative, catalogue);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"error: cannot open '{file}': {ex.Message}");
                return ExitCodes.Usage;
            }
        }
        foreach (var i in pdfs)
        {
            using var stream = File.OpenRead(options.Files[i]);
            reports[i] = AnnexReports.ForPdf(options.Files[i], stream, annexes, catalogue);
        }

        var files = reports.Select(r => r!).ToArray();
        if (options.Json) stdout.WriteLine(JsonSerializer.Serialize(new ScoreReport(files), ReportJson.Options));
        else AnnexTableWriter.Write(files, stdout);

        return files.Any(r => r.Error is not null) ? ExitCodes.Refused : ExitCodes.Success;
    }

    private static bool IsPdf(FileStream stream)
    {
        var head = new byte[8];
        var read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        return FileSignature.Detect(head.AsSpan(0, read)) == FileKind.Pdf;
    }

    /// <summary>The JSON document `score --json` prints.</summary>
    public sealed record ScoreReport(IReadOnlyList<FileReport> Files);
}
