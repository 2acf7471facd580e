using Pipeline.Core.Catalogue;

namespace Pipeline.Local.Commands;

/// <summary>Dispatches `pipeline COMMAND …` to its command.</summary>
public static class CommandLine
{
    public const string Usage = """
        Usage:
          pipeline [serve] [--storage CONNECTION] [--data FOLDER] [--urls URL]
          pipeline score FILE|FOLDER... [--json] [--commune NAME] [--term YYYY-YYYY] [--catalogue FILE]
          pipeline summary FILE|FOLDER... [--json] [--name NAME | --registry FILE --merged PROVINCE/COMMUNE] [--catalogue FILE]
          pipeline progress TARGETS_FILE YEAR_FILE... [--json] [--term YYYY-YYYY] [--catalogue FILE]

        Commands:
          serve   (default) Run the whole system here: storage (Azurite, unless --storage or PIPELINE_STORAGE
                  gives a connection string), the pipeline on real blob and queue triggers, the portal on
                  http://127.0.0.1:7071/ and the HTTP API under /api. Data and access keys are kept in
                  ./.pipeline. Ctrl-C stops it.
          score   Read annex workbooks (.xlsx, .xls) and reports (.docx, .pdf), score every target and show what
                  the commune got wrong (a report: also where its text disagrees with its tables).
                  A folder means every .xlsx, .xls, .docx and .pdf file in it and its subfolders.
          summary Consolidate the annexes of merged communes offline: each results annex is a predecessor,
                  a targets-only annex holds the new commune's targets. --registry and --merged take the
                  predecessors from a registry file (samples/registry.json), showing missing annexes.
          progress A commune's way toward its term's targets: TARGETS_FILE holds the term's targets (a baseline
                  column, when it has one, is where the term started), each YEAR_FILE a year's results ("Kết quả
                  thực hiện năm 2026"). Per indicator and year: the result, the year's plan, the share of the way
                  from baseline to target covered, and reached / on track / behind / far behind (docs/progress.md).

        Options:
          --json            Print one JSON document instead of tables.
          --commune NAME    Commune name to use instead of the one in the title rows.
          --term YYYY-YYYY  Term to use instead of the one in the title rows (progress: the targets' term).
          --catalogue FILE  An indicator catalogue that extends the built-in one (repeatable).
          --name NAME       summary: the new commune's name when no registry is given.
          --storage CONN    serve: an Azure Storage connection string instead of starting Azurite
                            (also PIPELINE_STORAGE).
          --data FOLDER     serve: where data, access keys and the journal are kept (./.pipeline).
          --urls URL        serve: the address to listen on (http://127.0.0.1:7071).

        Exit codes: 0 every file was read, 1 a file was refused, 2 usage error.
        """;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0 && args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return ExitCodes.Success;
        }
        if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) return ServeCommand.Run(args, stdout, stderr);

        return args[0] switch
        {
            "serve" => ServeCommand.Run(args[1..], stdout, stderr),
            "score" => ScoreCommand.Run(args[1..], stdout, stderr),
            "summary" => SummaryCommand.Run(args[1..], stdout, stderr),
            "progress" => ProgressCommand.Run(args[1..], stdout, stderr),
            _ => Fail(stderr, $"Unknown command '{args[0]}'."),
        };
    }

    /// <summary>
    /// The built-in indicator catalogue extended by the --catalogue files, or null when one is refused
    /// (the reason and the usage written to <paramref name="stderr"/>; the command exits <see cref="ExitCodes.Usage"/>).
    /// </summary>
    internal static IndicatorCatalogue? LoadCatalogue(IReadOnlyList<string> files, TextWriter stderr)
    {
        try
        {
            return files.Count == 0 ? IndicatorCatalogue.Default : IndicatorCatalogue.LoadWithExtensions(files);
        }
        catch (CatalogueException ex)
        {
            Fail(stderr, ex.Message);
            return null;
        }
    }

    internal static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        stderr.WriteLine();
        stderr.WriteLine(Usage);
        return ExitCodes.Usage;
    }
}
