namespace Pipeline.Workbooks;

/// <summary>A Word report of the samples folder: where it goes and what it holds.</summary>
/// <param name="RelativePath">Path under the samples folder, '/'-separated.</param>
public sealed record SampleReport(string RelativePath, WordReport Report)
{
    public byte[] ToBytes() => WordReportWriter.ToBytes(Report);

    /// <returns>The full path written.</returns>
    public string WriteTo(string folder)
    {
        var path = Path.Combine(folder, RelativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, ToBytes());
        return path;
    }
}

/// <summary>The Word reports of <c>samples/</c>.</summary>
public static class SampleReports
{
    /// <summary>
    /// The new Bó Sinh's political report to its first congress (SeedReport/bo-sinh-report-2025.txt, one
    /// paragraph a line), signed, then the three old communes' 2020–2025 annexes (BIỂU SỐ 01–03) as Word
    /// tables from the same rows as the sample workbooks — the text's claims and mistakes included.
    /// </summary>
    public static SampleReport BoSinh2025 { get; } = new(
        "bo-sinh-report-2025.docx", new WordReport(SeedReportText.Lines, SeedAnnexes.Results2020To2025));

    public static IReadOnlyList<SampleReport> All => [BoSinh2025];
}
