namespace Pipeline.Workbooks;

/// <summary>
/// The seed report's text (SeedReport/bo-sinh-report-2025.txt, one paragraph per line), as the report
/// readers hand it on: body paragraphs in order. Tests of the narrative read it here.
/// </summary>
public static class SeedNarrative
{
    /// <summary>The text file, in the repository.</summary>
    public static string Path => System.IO.Path.Combine(RepositoryLayout.Root, "tests", "Pipeline.Workbooks", "SeedReport", "bo-sinh-report-2025.txt");

    /// <summary>The report's paragraphs, empty lines left out.</summary>
    public static IReadOnlyList<string> Paragraphs() =>
        File.ReadAllLines(Path).Where(line => line.Trim().Length > 0).ToArray();

    /// <summary>The paragraphs of the section "2. Kết quả thực hiện các chỉ tiêu …" up to "II- ĐÁNH GIÁ TỔNG QUÁT …", both excluded.</summary>
    public static IReadOnlyList<string> ResultsSection()
    {
        var all = Paragraphs();
        var start = all.ToList().FindIndex(p => p.StartsWith("2. Kết quả thực hiện các chỉ tiêu", StringComparison.Ordinal));
        var end = all.ToList().FindIndex(start, p => p.StartsWith("II- ĐÁNH GIÁ TỔNG QUÁT", StringComparison.Ordinal));
        return all.Skip(start + 1).Take(end - start - 1).ToArray();
    }
}
