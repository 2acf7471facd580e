using System.IO.Compression;

namespace Pipeline.Core.Reading;

/// <summary>
/// The entries of a package by part name. OPC part names are case-insensitive, so "XL/Workbook.xml"
/// is the part "/xl/workbook.xml"; zip writers on Windows sometimes store backslashes or a leading
/// slash; a target may name a stored space as %20. The first entry of a name wins, as
/// ExcelDataReader picks it. Directory entries are not parts.
/// </summary>
internal sealed class XlsxPartIndex
{
    private readonly Dictionary<string, ZipArchiveEntry> _entries = new(StringComparer.OrdinalIgnoreCase);

    public XlsxPartIndex(ZipArchive archive)
    {
        foreach (var entry in archive.Entries)
        {
            var name = Normalize(entry.FullName);
            if (name.Length == 0 || name.EndsWith('/')) continue;
            _entries.TryAdd(name, entry);
        }
    }

    /// <summary>The entry holding part <paramref name="partName"/> ("/xl/workbook.xml"), or null when the package has none.</summary>
    public ZipArchiveEntry? Find(string partName)
    {
        var name = Normalize(partName);
        if (_entries.TryGetValue(name, out var entry)) return entry;
        // A target written with %20 for a stored space, or the other way round.
        string unescaped;
        try
        {
            unescaped = Uri.UnescapeDataString(name);
        }
        catch (UriFormatException)
        {
            return null;
        }
        return unescaped != name && _entries.TryGetValue(unescaped, out entry) ? entry : null;
    }

    /// <summary>True when the package has a part named <paramref name="partName"/>.</summary>
    public bool Contains(string partName) => Find(partName) is not null;

    /// <summary>Every part name, without the leading slash, as stored (for telling other documents apart).</summary>
    public IEnumerable<string> Names => _entries.Keys;

    private static string Normalize(string name) => name.Replace('\\', '/').TrimStart('/');
}
