using System.IO.Compression;
using System.Xml;

namespace Pipeline.Benchmarks;

/// <summary>
/// The least any .xlsx reader can do: inflate the zip entries and tokenise their XML,
/// interpreting nothing (no cell references, no shared-string lookups, no number formats,
/// no objects per cell). Used as the floor the real reader is measured against.
/// </summary>
public static class PackageFloor
{
    private static readonly XmlReaderSettings Settings = new()
    {
        CloseInput = false,
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
    };

    /// <summary>Walks every worksheet part (xl/worksheets/sheet*.xml); returns the number of XML nodes read.</summary>
    public static long WalkWorksheets(byte[] xlsx) => Walk(xlsx, IsWorksheet);

    /// <summary>Walks every XML part of the package (workbook, rels, sharedStrings, styles, theme, docProps, sheets).</summary>
    public static long WalkAllParts(byte[] xlsx) => Walk(xlsx, IsXmlPart);

    /// <summary>Uncompressed bytes of the parts <see cref="WalkWorksheets"/> and <see cref="WalkAllParts"/> read.</summary>
    public static (long Worksheets, long AllParts, int PartCount) Sizes(byte[] xlsx)
    {
        using var archive = new ZipArchive(new MemoryStream(xlsx, writable: false), ZipArchiveMode.Read);
        long sheets = 0, all = 0;
        var parts = 0;
        foreach (var entry in archive.Entries)
        {
            if (IsWorksheet(entry.FullName)) sheets += entry.Length;
            if (IsXmlPart(entry.FullName))
            {
                all += entry.Length;
                parts++;
            }
        }
        return (sheets, all, parts);
    }

    private static long Walk(byte[] xlsx, Func<string, bool> include)
    {
        using var archive = new ZipArchive(new MemoryStream(xlsx, writable: false), ZipArchiveMode.Read);
        long nodes = 0;
        foreach (var entry in archive.Entries)
        {
            if (!include(entry.FullName)) continue;
            using var part = entry.Open();
            using var reader = XmlReader.Create(part, Settings);
            while (reader.Read()) nodes++;
        }
        return nodes;
    }

    private static bool IsWorksheet(string name) =>
        name.StartsWith("xl/worksheets/sheet", StringComparison.OrdinalIgnoreCase)
        && name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase);

    private static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
}
