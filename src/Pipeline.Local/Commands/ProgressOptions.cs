namespace Pipeline.Local.Commands;

/// <summary>The arguments of `progress`, parsed and checked: the term's targets file first, then one or more yearly files.</summary>
public sealed record ProgressOptions(
    string TargetsFile,
    IReadOnlyList<string> YearFiles,
    bool Json,
    string? Term,
    IReadOnlyList<string> Catalogues)
{
    public static ProgressOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var files = new List<string>();
        var catalogues = new List<string>();
        var json = false;
        string? term = null;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--json")
            {
                json = true;
                continue;
            }
            if (arg is "--term" or "--catalogue")
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    error = $"{arg} needs a value.";
                    return null;
                }
                var value = args[++i].Trim();
                if (arg == "--term") term = value;
                else catalogues.Add(value);
                continue;
            }
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                error = $"Unknown option '{arg}'.";
                return null;
            }
            files.Add(arg);
        }
        if (files.Count < 2)
        {
            error = "progress needs the term's targets file and at least one yearly results file.";
            return null;
        }
        if (files.FirstOrDefault(f => !File.Exists(f)) is { } missing)
        {
            error = $"'{missing}' is not a file.";
            return null;
        }
        if (term is not null && !Core.Units.Term.IsValid(term))
        {
            error = $"--term '{term}' is not a term such as 2025-2030.";
            return null;
        }
        if (catalogues.FirstOrDefault(c => !File.Exists(c)) is { } missingCatalogue)
        {
            error = $"Catalogue file '{missingCatalogue}' does not exist.";
            return null;
        }
        return new ProgressOptions(files[0], files[1..], json, term, catalogues);
    }
}
