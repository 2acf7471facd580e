namespace Pipeline.Workbooks;

/// <summary>
/// The sample report as Word keeps it after other tools or people touched it: the run of the Chiềng En
/// section's opening ("Đại hội Đảng bộ xã Chiềng En cũ …; 08 chỉ tiêu vượt …") wrapped in an inline element
/// that holds runs (ECMA-376 Part 1, 17.5.1.9 smartTag, 17.5.1.3 customXml, 17.5.2.31 sdt, 17.13.5.18 ins).
/// </summary>
public static class ReportQuirks
{
    /// <summary>The inline wrappers a paragraph's runs come in.</summary>
    public enum RunWrapper
    {
        /// <summary><c>w:smartTag</c>, as Word 2003–2007 marked places and names.</summary>
        SmartTag,

        /// <summary>Inline <c>w:customXml</c>, as document-assembly tools write.</summary>
        CustomXml,

        /// <summary>Inline content control (<c>w:sdt</c> / <c>w:sdtContent</c>), as a form or template leaves it.</summary>
        ContentControl,

        /// <summary>A tracked insertion (<c>w:ins</c>), not yet accepted.</summary>
        TrackedInsertion,
    }

    /// <summary>The opening of the Chiềng En section, which carries its stated tally.</summary>
    public const string WrappedText = "Đại hội Đảng bộ xã Chiềng En cũ nhiệm kỳ 2020-2025";

    /// <summary>The sample report with the run holding <see cref="WrappedText"/> wrapped in <paramref name="wrapper"/>.</summary>
    public static byte[] WrappedOpening(RunWrapper wrapper)
    {
        var (start, end) = wrapper switch
        {
            RunWrapper.SmartTag => ("<w:smartTag w:uri=\"urn:schemas-microsoft-com:office:smarttags\" w:element=\"place\">", "</w:smartTag>"),
            RunWrapper.CustomXml => ("<w:customXml w:uri=\"urn:bo-sinh:report\" w:element=\"opening\">", "</w:customXml>"),
            RunWrapper.ContentControl => ("<w:sdt><w:sdtPr><w:id w:val=\"1\" /></w:sdtPr><w:sdtContent>", "</w:sdtContent></w:sdt>"),
            _ => ("<w:ins w:id=\"1\" w:author=\"Văn phòng\" w:date=\"2025-07-01T00:00:00Z\">", "</w:ins>"),
        };
        return BadReports.Rewrite(SampleReports.BoSinh2025.ToBytes(), "word/document.xml", xml =>
        {
            var text = xml.IndexOf(WrappedText, StringComparison.Ordinal);
            var runStart = xml.LastIndexOf("<w:r>", text, StringComparison.Ordinal);
            var runEnd = xml.IndexOf("</w:r>", text, StringComparison.Ordinal) + "</w:r>".Length;
            return xml[..runStart] + start + xml[runStart..runEnd] + end + xml[runEnd..];
        });
    }
}
