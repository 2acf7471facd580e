using Pipeline.Core.Annexes;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Narrative;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Core.Text;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>
/// A report typed without Unicode (every run in .VnTime / .VnTimeH, or VNI-Times): its paragraphs — the
/// titles above each table and the narrative — are converted as its table cells are, so each annex keeps
/// its commune and term and the narrative finds its sections.
/// </summary>
public class LegacyWordReportTests
{
    private static readonly ScoredWorkbook Unicode = Score(SampleReports.BoSinh2025.Report);

    private static ScoredWorkbook Score(WordReport report) =>
        ScoredWorkbook.From(new MemoryStream(WordReportWriter.ToBytes(report), writable: false), AnnexReadOptions.Default, IndicatorCatalogue.Default);

    [Theory]
    [InlineData(".VnTime", false, LegacyEncoding.Tcvn3)]
    [InlineData("VNI-Times", false, LegacyEncoding.Vni)]
    // The font set once, in the Normal style, as a template typed in TCVN3 does; runs name only the H font of capitals.
    [InlineData(".VnTime", true, LegacyEncoding.Tcvn3)]
    [InlineData("VNI-Times", true, LegacyEncoding.Vni)]
    public void Titles_and_narrative_are_read_in_unicode_as_the_cells_are(string font, bool inStyles, LegacyEncoding encoding)
    {
        var legacy = Score(SampleReports.BoSinh2025.Report with { LegacyFont = font, LegacyFontInStyles = inStyles });
        Assert.Null(legacy.Read.Error);
        Assert.Equal(["Chiềng En", "Pú Bẩu", "Bó Sinh"], legacy.Annexes.Select(a => a.Annex.Commune));
        Assert.All(legacy.Annexes, a => Assert.Equal("2020-2025", a.Annex.Term));
        // TCVN3 has no toned capital outside its H fonts: a typist's "Ủy" mid-line is typed, and read, as "ủy".
        var differing = Unicode.Read.Narrative.Zip(legacy.Read.Narrative)
            .Where(p => !string.Equals(p.First, p.Second, StringComparison.OrdinalIgnoreCase)).Select(p => $"{p.First}\n  ≠ {p.Second}");
        Assert.True(!differing.Any(), string.Join('\n', differing));
        Assert.Equal(Unicode.Read.Narrative.Count, legacy.Read.Narrative.Count);
        Assert.Contains("KẾT QUẢ THỰC HIỆN NGHỊ ĐẠI HỘI ĐẢNG BỘ XÃ PÚ BẨU", legacy.Read.Narrative);
        for (var i = 0; i < Unicode.Annexes.Count; i++) SeedReading.AssertSameAs(Unicode.Annexes[i], legacy.Annexes[i]);
        // What was converted is still said, per annex.
        Assert.All(legacy.Annexes, a => Assert.Equal([encoding], a.Annex.TextConversions.Select(c => c.Encoding)));
    }

    [Fact]
    public void The_narrative_of_a_tcvn3_report_finds_the_same_sections_and_findings()
    {
        var legacy = Score(SampleReports.BoSinh2025.Report with { LegacyFont = ".VnTime" });
        var report = NarrativeReports.For(legacy.Read.Narrative, legacy.Annexes, IndicatorCatalogue.Default);
        var unicode = NarrativeReports.For(Unicode.Read.Narrative, Unicode.Annexes, IndicatorCatalogue.Default);
        Assert.Equal(3, report.Sections.Count);
        Assert.Equal(unicode.Findings.Select(f => (f.Code, f.Commune, f.Quote)), report.Findings.Select(f => (f.Code, f.Commune, f.Quote)));
    }
}
