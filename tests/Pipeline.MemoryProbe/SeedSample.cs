namespace Pipeline.MemoryProbe;

/// <summary>The seed annex the probe warms up on: samples/pu-bau-2020-2025.xlsx above wherever the probe runs.</summary>
public static class SeedSample
{
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var path = Path.Combine(folder.FullName, "samples", "pu-bau-2020-2025.xlsx");
            if (File.Exists(path)) return path;
        }
        throw new FileNotFoundException("No samples/pu-bau-2020-2025.xlsx above the probe; pass --seed.");
    }
}
