namespace Pipeline.Workbooks;

/// <summary>A workbook of the samples folder: where it goes, its format and its sheets.</summary>
/// <param name="RelativePath">Path under the samples folder, '/'-separated, e.g. "legacy/pu-bau-2020-2025.xls".</param>
public sealed record SampleWorkbook(string RelativePath, WorkbookKind Kind, IReadOnlyList<SheetSpec> Sheets)
{
    public byte[] ToBytes() => WorkbookWriter.ToBytes(Sheets, Kind);

    /// <returns>The full path written.</returns>
    public string WriteTo(string folder)
    {
        var path = Path.Combine(folder, RelativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        WorkbookWriter.WriteFile(Sheets, path, Kind);
        return path;
    }
}
