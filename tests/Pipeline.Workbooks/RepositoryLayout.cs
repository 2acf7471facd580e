namespace Pipeline.Workbooks;

/// <summary>Where the repository's own folders are, found from wherever a test or tool runs.</summary>
public static class RepositoryLayout
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The folder that holds Pipeline.sln.</summary>
    public static string Root => RootPath.Value;

    public static string Samples => Path.Combine(Root, "samples");

    public static string Sample(string relativePath) => Path.Combine(Samples, relativePath.Replace('/', Path.DirectorySeparatorChar));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Pipeline.sln"))) return folder.FullName;
        }
        throw new InvalidOperationException($"No Pipeline.sln above {AppContext.BaseDirectory}.");
    }
}
