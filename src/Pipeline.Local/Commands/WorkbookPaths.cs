namespace Pipeline.Local.Commands;

/// <summary>The workbook files named on a command line: files as given, folders searched for .xlsx and .xls.</summary>
public static class WorkbookPaths
{
    private static readonly string[] WorkbookExtensions = [".xlsx", ".xls", ".xlsm", ".xlsb"];

    /// <summary>Expands the paths; on a usage error returns null and says why.</summary>
    public static IReadOnlyList<string>? Expand(IReadOnlyList<string> paths, out string? error)
    {
        error = null;
        if (paths.Count == 0)
        {
            error = "Give at least one file or folder.";
            return null;
        }
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(path);
            else if (Directory.Exists(path)) files.AddRange(WorkbooksIn(path));
            else
            {
                error = $"'{path}' is neither a file nor a folder.";
                return null;
            }
        }
        if (files.Count == 0)
        {
            error = "The folders given hold no .xlsx or .xls file.";
            return null;
        }
        return files;
    }

    private static IEnumerable<string> WorkbooksIn(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => WorkbookExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)) // Excel's lock files
            .Order(StringComparer.Ordinal);
}
