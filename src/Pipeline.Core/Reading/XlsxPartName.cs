namespace Pipeline.Core.Reading;

/// <summary>
/// Part names as OPC (ISO/IEC 29500-2) forms them: absolute ("/xl/workbook.xml"), resolved
/// from a relationship's target against the folder of the part that holds the relationship,
/// and the name of a part's own relationship part ("/xl/_rels/workbook.xml.rels").
/// </summary>
internal static class XlsxPartName
{
    /// <summary>The source of the package's own relationships (_rels/.rels): its targets resolve from the root.</summary>
    public const string PackageRoot = "/";

    /// <summary>
    /// The part a relationship of <paramref name="source"/> points at: "/x/y.xml" as it stands,
    /// "y.xml", "./y.xml" or "../y.xml" from the source's folder; backslashes read as slashes, a
    /// fragment or query dropped. Null for an external target (a URI with a scheme) or an empty one.
    /// A ".." above the root stays at the root, as a URI resolver does.
    /// </summary>
    public static string? Resolve(string source, string? target)
    {
        if (string.IsNullOrWhiteSpace(target)) return null;
        var path = target.Trim().Replace('\\', '/');
        var cut = path.IndexOfAny(['#', '?']);
        if (cut >= 0) path = path[..cut];
        var colon = path.IndexOf(':', StringComparison.Ordinal);
        var slash = path.IndexOf('/', StringComparison.Ordinal);
        if (colon >= 0 && (slash < 0 || colon < slash)) return null; // "http://…", "mailto:…"
        if (path.Length == 0) return null;

        var folder = path.StartsWith('/') ? string.Empty : source[..(source.LastIndexOf('/') + 1)];
        var segments = new List<string>();
        foreach (var segment in (folder + path).Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (segments.Count > 0) segments.RemoveAt(segments.Count - 1);
                continue;
            }
            segments.Add(segment);
        }
        return segments.Count == 0 ? null : "/" + string.Join('/', segments);
    }

    /// <summary>The relationship part of <paramref name="part"/>: "/xl/workbook.xml" → "/xl/_rels/workbook.xml.rels"; the root's is "/_rels/.rels".</summary>
    public static string RelationshipsOf(string part)
    {
        var slash = part.LastIndexOf('/');
        return string.Concat(part.AsSpan(0, slash + 1), "_rels/", part.AsSpan(slash + 1), ".rels");
    }
}
