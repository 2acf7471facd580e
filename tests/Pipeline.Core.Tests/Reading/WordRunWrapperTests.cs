using Pipeline.Core.Catalogue;
using Pipeline.Core.Narrative;
using Pipeline.Core.Reading;
using Pipeline.Core.Scoring;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Reading;

/// <summary>Runs inside inline wrappers (smart tags, custom XML, content controls, tracked insertions) are text of their paragraph.</summary>
public class WordRunWrapperTests
{
    private static ScoredWorkbook Score(byte[] file) =>
        ScoredWorkbook.From(new MemoryStream(file, writable: false), AnnexReadOptions.Default, IndicatorCatalogue.Default);

    [Theory]
    [InlineData(ReportQuirks.RunWrapper.SmartTag)]
    [InlineData(ReportQuirks.RunWrapper.CustomXml)]
    [InlineData(ReportQuirks.RunWrapper.ContentControl)]
    [InlineData(ReportQuirks.RunWrapper.TrackedInsertion)]
    public void A_wrapped_run_is_read_and_its_stated_tally_checked(ReportQuirks.RunWrapper wrapper)
    {
        var plain = Score(SampleReports.BoSinh2025.ToBytes());
        var wrapped = Score(ReportQuirks.WrappedOpening(wrapper));
        Assert.Null(wrapped.Read.Error);
        Assert.Contains(wrapped.Read.Narrative, p => p.StartsWith(ReportQuirks.WrappedText, StringComparison.Ordinal));
        Assert.Equal(plain.Read.Narrative, wrapped.Read.Narrative);

        var report = NarrativeReports.For(wrapped.Read.Narrative, wrapped.Annexes, IndicatorCatalogue.Default);
        var chiengEn = report.Sections.Single(s => s.Commune == "Chiềng En");
        Assert.Equal(8, chiengEn.StatedTally?.Exceeded);
        Assert.Contains(report.Findings, f => f.Commune == "Chiềng En" && f.Code == NarrativeFindingCode.StatedTallyMismatch);
    }
}
