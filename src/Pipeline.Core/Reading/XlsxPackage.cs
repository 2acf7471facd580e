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
            return Refusals.Damaged(ex.Message);
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
    public static string? WordDocumentPart(Stream stream, AnnexReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        stream.Position = 0;
        try
        {
            using var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var parts = new XlsxPartIndex(archive);
            var inflation = new XlsxInflation(limits.MaxUncompressedBytes);
            var relationships = new List<XlsxRelationship>();
            var rels = parts.Find(XlsxPartName.RelationshipsOf(XlsxPartName.PackageRoot));
            if (rels is null) return null;
            using (var part = XlsxPartReader.Open(rels, inflation, limits))
            {
                if (XlsxWorkbookScan.ReadRelationships(part, XlsxPartName.PackageRoot, limits, relationships) is not null) return null;
            }
            var main = relationships.FirstOrDefault(r => r.Kind == "officeDocument" && r.Target is not null && parts.Contains(r.Target))?.Target;
            if (main is null) return null;
            using var document = XlsxPartReader.Open(parts.Find(main)!, inflation, limits);
            while (document.Next())
            {
                if (document.Xml.NodeType != System.Xml.XmlNodeType.Element) continue;
                return document.Xml.LocalName == "document" && WordNamespaces.IsMain(document.Xml.NamespaceURI) ? main : null;
            }
            return null;
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException or ArgumentException or NotSupportedException)
        {
            return null; // the workbook path says what is wrong with the package
        }
        finally
        {
            stream.Position = 0;
        }
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
