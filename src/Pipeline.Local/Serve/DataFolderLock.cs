namespace Pipeline.Local.Serve;

/// <summary>
/// One `serve` per data folder: two hosts would run two Azurites on the same files (each
/// overwriting the other's saves), and the second would take the first's Azurite for one a dead
/// host left behind. Held as an exclusive lock on {data}/serve.lock for the host's lifetime;
/// the operating system releases it when the process dies, however it dies.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    private readonly FileStream _file;

    private DataFolderLock(FileStream file) => _file = file;

    /// <exception cref="InvalidOperationException">Another running host holds the folder.</exception>
    public static DataFolderLock Take(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, "serve.lock");
        try
        {
            return new DataFolderLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException(
                $"Another `pipeline serve` is using the data folder {Path.GetFullPath(dataDirectory)}: stop it first, or give this one its own folder with --data. ({ex.Message})", ex);
        }
    }

    public void Dispose() => _file.Dispose();
}
