namespace Pipeline.Core.Reading;

/// <summary>
/// The namespaces and relationship types a workbook package uses, in both conformance classes
/// of ISO/IEC 29500: transitional (what Excel saves by default, and the only one ExcelDataReader
/// 3.6.0 knows) and Strict ("Strict Open XML Spreadsheet"). The reader accepts either and writes
/// transitional.
/// </summary>
internal static class XlsxNamespaces
{
    /// <summary>SpreadsheetML, transitional: the namespace of every element ExcelDataReader reads.</summary>
    public const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>SpreadsheetML, Strict.</summary>
    public const string StrictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main";

    /// <summary>Relationship references inside parts (r:id), transitional; also the prefix of transitional relationship types.</summary>
    public const string DocumentRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Relationship references inside parts, Strict; also the prefix of Strict relationship types.</summary>
    public const string StrictDocumentRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    /// <summary>Relationship parts (OPC, the same in both conformance classes).</summary>
    public const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The [Content_Types].xml part (OPC).</summary>
    public const string ContentTypes = "http://schemas.openxmlformats.org/package/2006/content-types";

    /// <summary>The xml: prefix (xml:space).</summary>
    public const string Xml = "http://www.w3.org/XML/1998/namespace";

    /// <summary>True for SpreadsheetML in either conformance class.</summary>
    public static bool IsMain(string ns) => ns is Main or StrictMain;

    /// <summary>True for relationship references (r:id) in either conformance class.</summary>
    public static bool IsDocumentRelationships(string ns) => ns is DocumentRelationships or StrictDocumentRelationships;

    /// <summary>
    /// The last segment of a relationship type of either class ("officeDocument", "worksheet",
    /// "sharedStrings", "styles", …), or null for a type of neither (Microsoft's extensions and the like).
    /// </summary>
    public static string? RelationshipKind(string? type)
    {
        if (type is null) return null;
        foreach (var prefix in (ReadOnlySpan<string>)[DocumentRelationships, StrictDocumentRelationships])
        {
            if (type.Length > prefix.Length + 1 && type.StartsWith(prefix, StringComparison.Ordinal) && type[prefix.Length] == '/')
                return type[(prefix.Length + 1)..];
        }
        return null;
    }
}
