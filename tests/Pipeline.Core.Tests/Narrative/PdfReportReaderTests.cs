using System.Text;
using Pipeline.Core.Catalogue;
using Pipeline.Core.Narrative;
using Pipeline.Core.Reading;
using Pipeline.Core.Reporting;
using Pipeline.Core.Text;
using Pipeline.Workbooks;

namespace Pipeline.Core.Tests.Narrative;

/// <summary>PDF reports written by <see cref="ReportPdf"/> (PdfPig's builder, DejaVu Sans for the Vietnamese glyphs) read back into paragraphs.</summary>
public class PdfReportReaderTests
{
    private static ReportText Read(byte[] pdf, NarrativeLimits? limits = null)
    {
        using var stream = new MemoryStream(pdf);
        return PdfReportReader.Read(stream, limits);
    }

    private static byte[] SeedPdf() => ReportPdf.WithText(SeedReportSamples.ResultsSection());

    [Fact]
    public void The_text_layer_comes_back_as_the_paragraphs_written()
    {
        Assert.NotNull(ReportPdf.FontPath); // DejaVu Sans: Debian's fonts-dejavu-core
        var read = Read(SeedPdf());
        Assert.Null(read.Error);
        // Every paragraph of section 2 comes back whole, wrapped lines joined, Vietnamese intact (in NFC: the seed
        // text writes some syllables decomposed, the reader cleans every paragraph as cells are cleaned).
        Assert.Equal(SeedReportSamples.ResultsSection().Select(VietnameseText.Clean), read.Paragraphs);
    }

    [Fact]
    public void A_pdf_report_is_checked_against_the_communes_annexes_as_its_text_is()
    {
        var fromPdf = NarrativeChecker.Check(Read(SeedPdf()).Paragraphs, SeedReportSamples.Annexes, IndicatorCatalogue.Default);
        var fromText = NarrativeChecker.Check(SeedReportText.Lines, SeedReportSamples.Annexes, IndicatorCatalogue.Default);
        Assert.Equal(3, fromPdf.Sections.Count);
        Assert.Equal(fromText.Findings, fromPdf.Findings);
        Assert.Contains(fromPdf.Findings, f => f.Quote == "trong đó kết nạp Đảng: 133/30 đảng viên,đạt 443,3%");
    }

    [Fact]
    public void A_pdf_file_report_carries_the_report_or_the_refusal()
    {
        using var pdf = new MemoryStream(SeedPdf());
        var report = AnnexReports.ForPdf("bo-sinh-report-2025.pdf", pdf, SeedReportSamples.Annexes, IndicatorCatalogue.Default);
        Assert.Null(report.Error);
        Assert.Empty(report.Annexes);
        Assert.Equal(["Chiềng En", "Pú Bẩu", "Bó Sinh"], report.Report!.Sections.Select(s => s.Commune));
        Assert.Contains(report.Report.Findings, f => f.Code == NarrativeFindingCode.OpeningNamesOtherCommune);

        using var scan = new MemoryStream(ReportPdf.Scanned());
        var refused = AnnexReports.ForPdf("scan.pdf", scan, SeedReportSamples.Annexes, IndicatorCatalogue.Default);
        Assert.Equal("no-text", refused.Error!.Code);
        Assert.Null(refused.Report);
    }

    [Fact]
    public void A_scan_without_text_is_refused_saying_so()
    {
        var read = Read(ReportPdf.Scanned(pages: 3));
        Assert.Empty(read.Paragraphs);
        Assert.Equal(ReadErrorCode.NoText, read.Error!.Code);
        Assert.Contains("bản quét", read.Error.Message, StringComparison.Ordinal);
        Assert.Contains("3 trang", read.Error.Message, StringComparison.Ordinal);
        Assert.Contains(".docx", read.Error.Message, StringComparison.Ordinal);
        Assert.Contains("PDF xuất trực tiếp từ Word", read.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_encrypted_pdf_is_refused_saying_so()
    {
        var read = Read(ReportPdf.Encrypted(SeedPdf()));
        Assert.Equal(ReadErrorCode.Encrypted, read.Error?.Code);
        Assert.Contains("đặt mật khẩu", read.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_pdf_is_refused_as_damaged()
    {
        var pdf = SeedPdf();
        var read = Read(pdf[..(pdf.Length / 3)]);
        Assert.Equal(ReadErrorCode.Damaged, read.Error?.Code);
    }

    [Fact]
    public void A_file_that_is_no_pdf_is_refused()
    {
        var read = Read(Encoding.UTF8.GetBytes("Đây không phải PDF"));
        Assert.Equal(ReadErrorCode.NotAWorkbook, read.Error?.Code);
        Assert.Contains("không phải tệp PDF", read.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Limits_on_pages_characters_and_bytes_refuse_as_too_large()
    {
        var pdf = SeedPdf();
        Assert.Equal(ReadErrorCode.TooLarge, Read(pdf, new NarrativeLimits { MaxPdfPages = 1 }).Error?.Code);
        Assert.Equal(ReadErrorCode.TooLarge, Read(pdf, new NarrativeLimits { MaxPdfCharacters = 2_000 }).Error?.Code);
        Assert.Equal(ReadErrorCode.TooLarge, Read(pdf, new NarrativeLimits { MaxPdfBytes = pdf.Length - 1 }).Error?.Code);
        Assert.Null(Read(pdf, new NarrativeLimits { MaxPdfBytes = pdf.Length }).Error);
    }
}
