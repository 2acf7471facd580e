namespace Pipeline.Core.Reading;

/// <summary>A sheet the workbook part lists: its name and the relationship id of its part.</summary>
internal sealed record XlsxSheetEntry(string Name, string? RelationshipId);

/// <summary>
/// Reads the workbook part's sheet list and the workbook's relationships, the two small parts
/// that say where the worksheets are, with bounded counts (ExcelDataReader matches every
/// relationship against every sheet).
/// </summary>
internal static class XlsxWorkbookScan
{
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DocumentRelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Adds the sheets of xl/workbook.xml to <paramref name="sheets"/>, or returns why the part is refused.</summary>
    public static ReadError? ReadSheets(XlsxPartReader part, AnnexReadLimits limits, List<XlsxSheetEntry> sheets)
    {
        while (part.Next())
        {
            if (part.IsText)
            {
                if (part.TextLongerThan(limits.MaxCellCharacters)) return Refusals.CellTooLong(limits.MaxCellCharacters);
            }
            else if (part.IsMain("sheet"))
            {
                if (sheets.Count == limits.MaxWorkbookEntries)
                    return Refusals.NotSavedByExcel($"the workbook lists more than {limits.MaxWorkbookEntries} sheets");
                sheets.Add(new XlsxSheetEntry(part.Xml.GetAttribute("name") ?? string.Empty, part.Xml.GetAttribute("id", DocumentRelationshipsNamespace)));
            }
        }
        return null;
    }

    /// <summary>Adds relationship id → target of xl/_rels/workbook.xml.rels to <paramref name="targets"/> (a later duplicate wins, as in ExcelDataReader).</summary>
    public static ReadError? ReadRelationships(XlsxPartReader part, AnnexReadLimits limits, Dictionary<string, string> targets)
    {
        var count = 0;
        while (part.Next())
        {
            if (part.IsText)
            {
                if (part.TextLongerThan(limits.MaxCellCharacters)) return Refusals.CellTooLong(limits.MaxCellCharacters);
            }
            else if (part.Xml.NodeType == System.Xml.XmlNodeType.Element && part.Xml.LocalName == "Relationship" && part.Xml.NamespaceURI == RelationshipsNamespace)
            {
                if (++count > limits.MaxWorkbookEntries)
                    return Refusals.NotSavedByExcel($"the workbook has more than {limits.MaxWorkbookEntries} relationships");
                if (part.Xml.GetAttribute("Id") is { } id && part.Xml.GetAttribute("Target") is { } target) targets[id] = target;
            }
        }
        return null;
    }
}
