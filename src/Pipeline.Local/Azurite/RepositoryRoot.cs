namespace Pipeline.Local.Azurite;

/// <summary>Finds the repository root: the folder holding package.json and Pipeline.sln.</summary>
internal static class RepositoryRoot
{
    public const string PackageJson = "package.json";
    public const string Solution = "Pipeline.sln";

    public static string Find(string? explicitRoot)
    {
        if (explicitRoot is not null)
        {
            var root = Path.GetFullPath(explicitRoot);
            if (!File.Exists(Path.Combine(root, PackageJson)))
                throw new InvalidOperationException($"The repository root '{root}' holds no {PackageJson}, so Azurite cannot be installed or started from it.");
            return root;
        }

        var starts = new[] { AppContext.BaseDirectory, Environment.CurrentDirectory };
        foreach (var start in starts)
        {
            var found = WalkUp(start);
            if (found is not null) return found;
        }

        throw new InvalidOperationException(
            $"Cannot find the repository root (a folder holding {PackageJson} and {Solution}) above '{AppContext.BaseDirectory}' " +
            $"or '{Environment.CurrentDirectory}'. Run from inside the repository or set AzuriteOptions.RepositoryRoot.");
    }

    private static string? WalkUp(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, PackageJson)) && File.Exists(Path.Combine(dir.FullName, Solution)))
                return dir.FullName;
        }
        return null;
    }
}
