namespace Pipeline.Workbooks;

/// <summary>The seed report's text, one paragraph a line (SeedReport/bo-sinh-report-2025.txt, embedded in this assembly).</summary>
public static class SeedReportText
{
    private static readonly Lazy<IReadOnlyList<string>> Text = new(Load);

    /// <summary>The report's paragraphs in order, blank lines left out.</summary>
    public static IReadOnlyList<string> Lines => Text.Value;

    private static string[] Load()
    {
        using var stream = typeof(SeedReportText).Assembly.GetManifestResourceStream("Pipeline.Workbooks.bo-sinh-report-2025.txt")
            ?? throw new InvalidOperationException("The seed report's text is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0).ToArray();
    }
}
