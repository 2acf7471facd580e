using System.IO.Compression;

namespace Pipeline.Core.Reading;

/// <summary>
/// Looks at a zip's central directory before anything is inflated: is it a package at all, and
/// would it inflate to something no annex could be? Where the workbook is, is for
/// <see cref="XlsxNormalizer"/> to find through the package's relationships.
/// </summary>
public static class XlsxPackage
{
    /// <summary>Returns why the package must be refused, or null when it may be read.</summary>
    public static ReadError? Check(Stream stream, AnnexReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            // No directory to read (a copy cut off): the parts' own headers still tell a Word report from a workbook.
            return WordPackageParts.InLocalHeaders(stream) ? Refusals.ReportDamaged($"the zip cannot be opened: {ex.Message}") : Refusals.Damaged(ex.Message);
        }

        using (archive)
        {
            long declared = 0;
            var names = new List<string>();
            foreach (var entry in archive.Entries)
            {
                declared += entry.Length;
                names.Add(entry.FullName.Replace('\\', '/').TrimStart('/'));
            }

            // Without the package's relationships there is no way to its workbook (OPC requires them).
            if (!names.Contains("_rels/.rels", StringComparer.OrdinalIgnoreCase))
            {
                return OtherDocument(names)
                    ?? (names.Contains("[Content_Types].xml", StringComparer.OrdinalIgnoreCase)
                        ? Refusals.NoWorkbookInPackage("the package has no _rels/.rels")
                        : Refusals.ZipArchive());
            }
            if (declared > limits.MaxUncompressedBytes) return Refusals.InflatesTooLarge(declared, limits.MaxUncompressedBytes);
            return null;
        }
    }

    /// <summary>
    /// The part name of the main document ("/word/document.xml") when the package is a Word document — its
    /// officeDocument relationship (_rels/.rels) points at a part whose root is WordprocessingML's
    /// <c>document</c>, transitional or Strict — else null (a workbook, or a package
    /// <see cref="XlsxNormalizer"/> will judge). Only the relationships and the root's start tag are read,
    /// within <see cref="AnnexReadLimits.MaxUncompressedBytes"/> and <see cref="AnnexReadLimits.MaxBytesBetweenTags"/>.
    /// </summary>
    public static string? WordDocumentPart(Stream stream, AnnexReadLimits limits) => WordDocumentPart(stream, limits, out _);

    /// <summary>
    /// As <see cref="WordDocumentPart(Stream, AnnexReadLimits)"/>; when there is no main document to read but the
    /// package is a Word one all the same (parts under word/, <see cref="WordPackageParts"/>), <paramref name="refusal"/>
    /// says so in words about Word (<see cref="Refusals.ReportDamaged"/>, or too large), else it is null and the
    /// workbook path judges the package.
    /// </summary>
    public static string? WordDocumentPart(Stream stream, AnnexReadLimits limits, out ReadError? refusal)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        refusal = null;
        stream.Position = 0;
        var word = false;
        var inflation = new XlsxInflation(limits.MaxUncompressedBytes);
        XlsxPartReader? reading = null;
        try
        {
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var parts = new XlsxPartIndex(archive);
            word = WordPackageParts.Any(parts.Names);
            var relationships = new List<XlsxRelationship>();
            var rels = parts.Find(XlsxPartName.RelationshipsOf(XlsxPartName.PackageRoot));
            if (rels is null) return NotWord(word, "the package has no _rels/.rels", out refusal);
            using (reading = XlsxPartReader.Open(rels, inflation, limits))
            {
                if (XlsxWorkbookScan.ReadRelationships(reading, XlsxPartName.PackageRoot, limits, relationships) is { } error)
                    return NotWord(word, error.Detail, out refusal);
            }
            var main = relationships.FirstOrDefault(r => r.Kind == "officeDocument" && r.Target is not null && parts.Contains(r.Target))?.Target;
            if (main is null) return NotWord(word, "no officeDocument relationship of _rels/.rels points at a part the package has", out refusal);
            using var document = reading = XlsxPartReader.Open(parts.Find(main)!, inflation, limits);
            while (document.Next())
            {
                if (document.Xml.NodeType != System.Xml.XmlNodeType.Element) continue;
                return document.Xml.LocalName == "document" && WordNamespaces.IsMain(document.Xml.NamespaceURI)
                    ? main
                    : NotWord(word, $"the main part {main} is no WordprocessingML document", out refusal);
            }
            return NotWord(word, $"the main part {main} has no root element", out refusal);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            if (inflation.Exceeded) return NotWord(word, null, out refusal, Refusals.InflatedTooLarge(limits.MaxUncompressedBytes));
            if (reading is { RunTooLong: true })
                return NotWord(word, null, out refusal, Refusals.ReportTooLarge($"a part has more than {limits.MaxBytesBetweenTags} bytes between two tags"));
            return NotWord(word, $"{ex.GetType().Name}: {ex.Message}", out refusal); // else the workbook path says what is wrong with the package
        }
        finally
        {
            stream.Position = 0;
        }
    }

    /// <summary>No main document to read: null, with the refusal of a Word package (<paramref name="word"/>) whose main document is not readable.</summary>
    private static string? NotWord(bool word, string? reason, out ReadError? refusal, ReadError? cut = null)
    {
        refusal = word ? cut ?? Refusals.ReportDamaged(reason ?? "the main document cannot be read") : null;
        return null;
    }

    /// <summary>The refusal for a package that is another kind of document (Word, PowerPoint, OpenDocument), told by its part names; null when it is none of them.</summary>
    internal static ReadError? OtherDocument(IEnumerable<string> partNames)
    {
        var names = new HashSet<string>(partNames, StringComparer.OrdinalIgnoreCase);
        // A Word package reaches here only when its main document cannot be found (WordDocumentPart found none).
        if (names.Contains("word/document.xml")) return Refusals.ReportDamaged("the package holds word/document.xml but no main document reachable through _rels/.rels");
        if (names.Contains("ppt/presentation.xml")) return Refusals.OtherDocument("bài trình chiếu PowerPoint", "a PowerPoint presentation");
        if (names.Contains("content.xml") && names.Contains("mimetype")) return Refusals.OpenDocument();
        return null;
    }
}
