using System.IO.Compression;

namespace Pipeline.Core.Reading;

/// <summary>
/// The entries of a package by part name. OPC part names are case-insensitive, so "XL/Workbook.xml"
/// is the part "/xl/workbook.xml"; zip writers on Windows sometimes store backslashes or a leading
/// slash; a name or a target may spell a space as %20 or as a space. The first entry of a name
/// wins, as ExcelDataReader picks it. Directory entries are not parts.
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
        // Then under their unescaped names, for targets that spell "%20" as a space.
        foreach (var (name, entry) in _entries.ToList())
        {
            if (Unescape(name) is { } unescaped) _entries.TryAdd(unescaped, entry);
        }
    }

    /// <summary>The entry holding part <paramref name="partName"/> ("/xl/workbook.xml"), or null when the package has none.</summary>
    public ZipArchiveEntry? Find(string partName)
    {
        var name = Normalize(partName);
        if (_entries.TryGetValue(name, out var entry)) return entry;
        return Unescape(name) is { } unescaped && _entries.TryGetValue(unescaped, out entry) ? entry : null;
    }

    /// <summary>True when the package has a part named <paramref name="partName"/>.</summary>
    public bool Contains(string partName) => Find(partName) is not null;

    /// <summary>Every part name, without the leading slash (for telling other documents apart).</summary>
    public IEnumerable<string> Names => _entries.Keys;

    private static string Normalize(string name) => name.Replace('\\', '/').TrimStart('/');

    /// <summary>The name with its %XX escapes decoded, or null when it has none.</summary>
    private static string? Unescape(string name)
    {
        if (!name.Contains('%', StringComparison.Ordinal)) return null;
        var unescaped = Uri.UnescapeDataString(name);
        return unescaped == name ? null : unescaped;
    }
}
