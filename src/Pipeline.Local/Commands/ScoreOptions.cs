namespace Pipeline.Local.Commands;

/// <summary>The arguments of `score`, parsed and checked.</summary>
public sealed record ScoreOptions(
    IReadOnlyList<string> Files,
    bool Json,
    string? Commune,
    string? Term,
    IReadOnlyList<string> Catalogues)
{
    /// <summary>Parses the arguments; on a usage error returns null and says why.</summary>
    public static ScoreOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var paths = new List<string>();
        var catalogues = new List<string>();
        var json = false;
        string? commune = null, term = null;
        error = null;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "--json":
                    json = true;
                    break;
                case "--commune" or "--term" or "--catalogue":
                    if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        error = $"{arg} needs a value.";
                        return null;
                    }
                    var value = args[++i];
                    if (arg == "--commune") commune = value.Trim();
                    else if (arg == "--term") term = value.Trim();
                    else catalogues.Add(value);
                    break;
                default:
                    if (arg.StartsWith("--", StringComparison.Ordinal))
                    {
                        error = $"Unknown option '{arg}'.";
                        return null;
                    }
                    paths.Add(arg);
                    break;
            }
        }

        if (term is not null && !Core.Units.Term.IsValid(term))
        {
            error = $"--term must look like 2020-2025, not '{term}'.";
            return null;
        }
        if (commune is { Length: 0 })
        {
            error = "--commune needs a name.";
            return null;
        }
        if (catalogues.FirstOrDefault(c => !File.Exists(c)) is { } missingCatalogue)
        {
            error = $"Catalogue file '{missingCatalogue}' does not exist.";
            return null;
        }

        var files = WorkbookPaths.Expand(paths, out error, reports: true);
        if (files is null) return null;
        return new ScoreOptions(files, json, commune, term, catalogues);
    }
}
