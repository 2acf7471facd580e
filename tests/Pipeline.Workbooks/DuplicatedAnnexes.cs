namespace Pipeline.Workbooks;

/// <summary>
/// The sample report (<see cref="SampleReports.BoSinh2025"/>) with one commune given two annex tables, as a clerk's copying
/// leaves it: the "BIỂU SỐ 01" block (titles and table) pasted twice; Chiềng En's title changed to name Pú Bẩu, whose own
/// table follows; Chiềng En's table pasted again right under itself, with no title line of its own. A reader finds four
/// (or three) annexes in each, as written; which commune each is for is the upload's question.
/// </summary>
public static class DuplicatedAnnexes
{
    /// <summary>Chiềng En's block (BIỂU SỐ 01, its titles and its table) twice, then Pú Bẩu's and Bó Sinh's: Bảng 2 and Bảng 3 are the same.</summary>
    public static byte[] BlockTwice() =>
        WordReportWriter.ToBytes(SampleReports.BoSinh2025.Report with
        {
            Annexes = [SeedAnnexes.ChiengEn, SeedAnnexes.ChiengEn, SeedAnnexes.PuBau, SeedAnnexes.BoSinh],
        });

    /// <summary>Chiềng En's table titled "… XÃ PÚ BẨU": Bảng 2 (Chiềng En's rows) and Bảng 3 (Pú Bẩu's) both name Pú Bẩu, none Chiềng En.</summary>
    public static byte[] ChiengEnTitledPuBau() =>
        WordReportWriter.ToBytes(SampleReports.BoSinh2025.Report with
        {
            Annexes =
            [
                SeedAnnexes.ChiengEn with { Titles = [.. SeedAnnexes.ChiengEn.Titles.Select(t => t.Replace("XÃ CHIỀNG EN", "XÃ PÚ BẨU", StringComparison.Ordinal))] },
                SeedAnnexes.PuBau,
                SeedAnnexes.BoSinh,
            ],
        });

    /// <summary>Chiềng En's table (Bảng 2) pasted again right under itself (Bảng 3), nothing between them: the copy has no title line of its own.</summary>
    public static byte[] TableTwiceUntitled() =>
        BadReports.Rewrite(SampleReports.BoSinh2025.ToBytes(), "word/document.xml", xml =>
        {
            // Table 1 is the signature block; table 2 is Chiềng En's annex.
            var start = NthIndexOf(xml, "<w:tbl>", 2);
            var end = xml.IndexOf("</w:tbl>", start, StringComparison.Ordinal) + "</w:tbl>".Length;
            return xml[..end] + xml[start..end] + xml[end..];
        });

    private static int NthIndexOf(string text, string value, int n)
    {
        var at = -1;
        for (var i = 0; i < n; i++) at = text.IndexOf(value, at + 1, StringComparison.Ordinal);
        return at;
    }
}
