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

    /// <summary>The refusal for a package that is another kind of document (Word, PowerPoint, OpenDocument), told by its part names; null when it is none of them.</summary>
    internal static ReadError? OtherDocument(IEnumerable<string> partNames)
    {
        var names = new HashSet<string>(partNames, StringComparer.OrdinalIgnoreCase);
        if (names.Contains("word/document.xml")) return Refusals.OtherDocument("tài liệu Word", "a Word document");
        if (names.Contains("ppt/presentation.xml")) return Refusals.OtherDocument("bài trình chiếu PowerPoint", "a PowerPoint presentation");
        if (names.Contains("content.xml") && names.Contains("mimetype")) return Refusals.OpenDocument();
        return null;
    }
}
