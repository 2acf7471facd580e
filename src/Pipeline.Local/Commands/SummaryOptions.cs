namespace Pipeline.Local.Commands;

/// <summary>The arguments of `summary`, parsed and checked.</summary>
public sealed record SummaryOptions(
    IReadOnlyList<string> Files,
    bool Json,
    string? Name,
    string? Registry,
    string? Merged,
    IReadOnlyList<string> Catalogues)
{
    public static SummaryOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        var paths = new List<string>();
        var catalogues = new List<string>();
        var json = false;
        string? name = null, registry = null, merged = null;
        error = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--json")
            {
                json = true;
                continue;
            }
            if (arg is "--name" or "--registry" or "--merged" or "--catalogue")
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    error = $"{arg} needs a value.";
                    return null;
                }
                var value = args[++i].Trim();
                switch (arg)
                {
                    case "--name": name = value; break;
                    case "--registry": registry = value; break;
                    case "--merged": merged = value; break;
                    default: catalogues.Add(value); break;
                }
                continue;
            }
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                error = $"Unknown option '{arg}'.";
                return null;
            }
            paths.Add(arg);
        }
        if ((registry is null) != (merged is null))
        {
            error = "--registry and --merged go together: the registry file and the merged commune's id (son-la/bo-sinh).";
            return null;
        }
        if (registry is not null && !File.Exists(registry))
        {
            error = $"Registry file '{registry}' does not exist.";
            return null;
        }
        if (catalogues.FirstOrDefault(c => !File.Exists(c)) is { } missingCatalogue)
        {
            error = $"Catalogue file '{missingCatalogue}' does not exist.";
            return null;
        }
        var files = WorkbookPaths.Expand(paths, out error);
        return files is null ? null : new SummaryOptions(files, json, name, registry, merged, catalogues);
    }
}
