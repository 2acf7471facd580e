using System.Xml;

namespace Pipeline.Core.Reading;

/// <summary>A sheet the workbook part lists: its name, the relationship id of its part, and its visibility ("hidden", "veryHidden"; null when visible).</summary>
internal sealed record XlsxSheetEntry(string Name, string? RelationshipId, string? State);

/// <summary>One relationship of a part: its id, its kind (the last segment of its type: "worksheet", …) and the part it points at (null when external or empty).</summary>
internal sealed record XlsxRelationship(string? Id, string? Kind, string? Target);

/// <summary>What the workbook part says: its sheets, in order, and whether dates count from 1904.</summary>
internal sealed class XlsxWorkbookPart
{
    /// <summary>False when the part's root is not a SpreadsheetML workbook (of either conformance class).</summary>
    public bool IsWorkbook { get; set; }

    public List<XlsxSheetEntry> Sheets { get; } = [];

    public bool Date1904 { get; set; }
}

/// <summary>
/// Reads the small parts that say where everything is — a relationship part, and the workbook
/// part's sheet list — with bounded counts (ExcelDataReader matches every relationship against
/// every sheet).
/// </summary>
internal static class XlsxWorkbookScan
{
    /// <summary>Fills <paramref name="workbook"/> from the workbook part, or returns why the part is refused.</summary>
    public static ReadError? ReadWorkbook(XlsxPartReader part, AnnexReadLimits limits, XlsxWorkbookPart workbook)
    {
        while (part.Next())
        {
            var xml = part.Xml;
            if (part.IsText)
            {
                if (part.TextLongerThan(limits.MaxCellCharacters)) return Refusals.CellTooLong(limits.MaxCellCharacters);
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.Depth == 0)
            {
                workbook.IsWorkbook = part.IsMain("workbook");
                if (!workbook.IsWorkbook) return null;
            }
            else if (part.IsMainAt(1) && xml.LocalName == "workbookPr")
            {
                // Strict writes xsd:boolean as "true"; ExcelDataReader only knows "1".
                workbook.Date1904 = xml.GetAttribute("date1904") is "1" or "true";
            }
            else if (part.IsMainAt(2) && xml.LocalName == "sheet")
            {
                if (workbook.Sheets.Count == limits.MaxWorkbookEntries)
                    return Refusals.NotSavedByExcel($"the workbook lists more than {limits.MaxWorkbookEntries} sheets");
                var id = xml.GetAttribute("id", XlsxNamespaces.DocumentRelationships) ?? xml.GetAttribute("id", XlsxNamespaces.StrictDocumentRelationships);
                var state = xml.GetAttribute("state");
                workbook.Sheets.Add(new XlsxSheetEntry(xml.GetAttribute("name") ?? string.Empty, id, state is null or "visible" ? null : state));
            }
        }
        return null;
    }

    /// <summary>
    /// Adds the relationships of the relationship part of <paramref name="source"/> (a part name,
    /// or <see cref="XlsxPartName.PackageRoot"/>) to <paramref name="relationships"/>, targets
    /// resolved to part names, or returns why the part is refused.
    /// </summary>
    public static ReadError? ReadRelationships(XlsxPartReader part, string source, AnnexReadLimits limits, List<XlsxRelationship> relationships)
    {
        while (part.Next())
        {
            var xml = part.Xml;
            if (part.IsText)
            {
                if (part.TextLongerThan(limits.MaxCellCharacters)) return Refusals.CellTooLong(limits.MaxCellCharacters);
            }
            else if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.NamespaceURI == XlsxNamespaces.PackageRelationships)
            {
                if (relationships.Count == limits.MaxWorkbookEntries)
                    return Refusals.NotSavedByExcel($"a part has more than {limits.MaxWorkbookEntries} relationships");
                var external = string.Equals(xml.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
                relationships.Add(new XlsxRelationship(
                    xml.GetAttribute("Id"),
                    XlsxNamespaces.RelationshipKind(xml.GetAttribute("Type")),
                    external ? null : XlsxPartName.Resolve(source, xml.GetAttribute("Target"))));
            }
        }
        return null;
    }
}
