using Pipeline.Core.Units;

namespace Pipeline.Core.Consolidation;

/// <summary>
/// Where the annexes fed to a consolidation came from: a stored upload (the hosts), or files
/// read from disk (the command line). Reports show it as <see cref="Label"/>, in the field
/// they call "uploadId".
/// </summary>
public sealed class AnnexSource
{
    private AnnexSource(UploadId? upload, IReadOnlyList<string> files, string label)
    {
        Upload = upload;
        Files = files;
        Label = label;
    }

    /// <summary>The upload the annexes were stored from; null when they were read from files.</summary>
    public UploadId? Upload { get; }

    /// <summary>The names (without folders) of the files the annexes were read from; empty for an upload.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>What a report shows: the upload id, or the file names joined by ", ".</summary>
    public string Label { get; }

    /// <summary>Annexes stored from <paramref name="upload"/>.</summary>
    public static AnnexSource FromUpload(UploadId upload) => new(upload, [], upload.Value);

    /// <summary>
    /// Annexes read from <paramref name="paths"/>; each is kept by its file name only, once.
    /// </summary>
    /// <exception cref="ArgumentException">No path given.</exception>
    public static AnnexSource FromFiles(IEnumerable<string> paths)
    {
        var names = paths.Select(Path.GetFileName).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        if (names.Length == 0) throw new ArgumentException("An annex source needs at least one file.", nameof(paths));
        return new AnnexSource(null, names, string.Join(", ", names));
    }

    /// <summary>Whether the annexes were read from the file at <paramref name="path"/> (compared by file name).</summary>
    public bool IsFile(string path) => Files.Contains(Path.GetFileName(path), StringComparer.Ordinal);

    /// <summary>The <see cref="Label"/>.</summary>
    public override string ToString() => Label;
}
