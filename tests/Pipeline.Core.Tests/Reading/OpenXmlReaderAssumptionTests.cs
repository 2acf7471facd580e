namespace Pipeline.Core.Tests.Reading;

/// <summary>What WordReportReader takes for granted of the SDK's reader: every start has its end, empty elements included.</summary>
public class OpenXmlReaderAssumptionTests
{
    [Fact]
    public void Empty_elements_are_reported_with_an_end()
    {
        using var buffer = new MemoryStream();
        using (var document = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(buffer, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body(
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph(),
                new DocumentFormat.OpenXml.Wordprocessing.Table(),
                new DocumentFormat.OpenXml.Wordprocessing.Paragraph()));
        }

        buffer.Position = 0;
        using var read = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(buffer, false);
        using var reader = DocumentFormat.OpenXml.OpenXmlReader.Create(read.MainDocumentPart!);
        var events = new List<string>();
        while (reader.Read()) events.Add($"{(reader.IsStartElement ? "+" : "-")}{reader.LocalName}");
        Assert.Equal(["+document", "+body", "+p", "-p", "+tbl", "-tbl", "+p", "-p", "-body", "-document"], events);
    }
}
