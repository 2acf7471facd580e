namespace Pipeline.Local.Commands;

/// <summary>
/// The files named on a command line: files as given, folders searched for workbooks (.xlsx, .xls, .xlsm, .xlsb) and, where
/// the command reads them, reports (.docx, .docm, .pdf).
/// </summary>
public static class WorkbookPaths
{
    private static readonly string[] WorkbookExtensions = [".xlsx", ".xls", ".xlsm", ".xlsb"];

    private static readonly string[] ReportExtensions = [".docx", ".docm", ".pdf"];

    /// <summary>Expands the paths; on a usage error returns null and says why. <paramref name="reports"/>: folders give reports too.</summary>
    public static IReadOnlyList<string>? Expand(IReadOnlyList<string> paths, out string? error, bool reports = false)
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
            else if (Directory.Exists(path)) files.AddRange(FilesIn(path, reports ? [.. WorkbookExtensions, .. ReportExtensions] : WorkbookExtensions));
            else
            {
                error = $"'{path}' is neither a file nor a folder.";
                return null;
            }
        }
        if (files.Count == 0)
        {
            error = reports ? "The folders given hold no .xlsx, .xls, .docx or .pdf file." : "The folders given hold no .xlsx or .xls file.";
            return null;
        }
        return files;
    }

    private static IEnumerable<string> FilesIn(string folder, string[] extensions) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Where(f => !Path.GetFileName(f).StartsWith("~$", StringComparison.Ordinal)) // Office's lock files
            .Order(StringComparer.Ordinal);
}
