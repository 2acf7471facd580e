using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Pipeline.Core.Reading;

/// <summary>
/// Writes the normalised package in the layout ExcelDataReader 3.6.0 expects by fixed names:
/// [Content_Types].xml, _rels/.rels, xl/workbook.xml, xl/_rels/workbook.xml.rels,
/// xl/worksheets/sheetN.xml (N from 1, in the workbook's order), xl/sharedStrings.xml and
/// xl/styles.xml, all transitional SpreadsheetML. Every byte written is counted against
/// <see cref="AnnexReadLimits.MaxUncompressedBytes"/>.
/// </summary>
internal sealed class XlsxPackageWriter(Stream output, long maxBytes) : IDisposable
{
    public const string SharedStringsPart = "xl/sharedStrings.xml";
    public const string StylesPart = "xl/styles.xml";

    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(false),
        // Line breaks in cell text are written as character references, so they read back as they were.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = true,
    };

    private readonly ZipArchive _zip = new(output, ZipArchiveMode.Create, leaveOpen: true);
    private readonly XlsxInflation _written = new(maxBytes);

    /// <summary>True once the parts written add up to more than the limit.</summary>
    public bool Exceeded => _written.Exceeded;

    /// <summary>The part name of the <paramref name="index"/>th sheet (0-based).</summary>
    public static string SheetPart(int index) => string.Create(CultureInfo.InvariantCulture, $"xl/worksheets/sheet{index + 1}.xml");

    /// <summary>Writes part <paramref name="name"/> with <paramref name="write"/>, which returns why the file is refused or null.</summary>
    public ReadError? Part(string name, Func<XmlWriter, ReadError?> write)
    {
        var entry = _zip.CreateEntry(name, CompressionLevel.Fastest);
        using var xml = XmlWriter.Create(new XlsxPartOutput(entry.Open(), _written), Settings);
        return write(xml);
    }

    /// <summary>A worksheet without cells, for a sheet whose part is missing, is not a worksheet, or is past the sheets read.</summary>
    public void EmptySheet(string name) => Part(name, xml =>
    {
        xml.WriteStartElement("worksheet", XlsxNamespaces.Main);
        xml.WriteElementString("sheetData", XlsxNamespaces.Main, string.Empty);
        xml.WriteEndElement();
        return null;
    });

    /// <summary>Writes the parts that tie the package together, once the sheets, shared strings and styles are in.</summary>
    public void Finish(IReadOnlyList<XlsxSheetEntry> sheets, bool date1904, bool sharedStrings, bool styles)
    {
        const string main = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        Part("[Content_Types].xml", xml =>
        {
            xml.WriteStartElement("Types", XlsxNamespaces.ContentTypes);
            Default(xml, "rels", "application/vnd.openxmlformats-package.relationships+xml");
            Default(xml, "xml", "application/xml");
            Override(xml, "/xl/workbook.xml", main + "sheet.main+xml");
            for (var i = 0; i < sheets.Count; i++) Override(xml, "/" + SheetPart(i), main + "worksheet+xml");
            if (sharedStrings) Override(xml, "/" + SharedStringsPart, main + "sharedStrings+xml");
            if (styles) Override(xml, "/" + StylesPart, main + "styles+xml");
            xml.WriteEndElement();
            return null;
        });
        Part("_rels/.rels", xml =>
        {
            xml.WriteStartElement("Relationships", XlsxNamespaces.PackageRelationships);
            Relationship(xml, "rId1", "officeDocument", "xl/workbook.xml");
            xml.WriteEndElement();
            return null;
        });
        Part("xl/workbook.xml", xml =>
        {
            xml.WriteStartElement("workbook", XlsxNamespaces.Main);
            xml.WriteAttributeString("xmlns", "r", null, XlsxNamespaces.DocumentRelationships);
            if (date1904)
            {
                xml.WriteStartElement("workbookPr", XlsxNamespaces.Main);
                xml.WriteAttributeString("date1904", "1");
                xml.WriteEndElement();
            }
            xml.WriteStartElement("sheets", XlsxNamespaces.Main);
            for (var i = 0; i < sheets.Count; i++)
            {
                xml.WriteStartElement("sheet", XlsxNamespaces.Main);
                xml.WriteAttributeString("name", sheets[i].Name);
                xml.WriteAttributeString("sheetId", (i + 1).ToString(CultureInfo.InvariantCulture));
                if (sheets[i].State is { } state) xml.WriteAttributeString("state", state);
                xml.WriteAttributeString("id", XlsxNamespaces.DocumentRelationships, SheetId(i));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
            return null;
        });
        Part("xl/_rels/workbook.xml.rels", xml =>
        {
            xml.WriteStartElement("Relationships", XlsxNamespaces.PackageRelationships);
            for (var i = 0; i < sheets.Count; i++) Relationship(xml, SheetId(i), "worksheet", SheetPart(i)["xl/".Length..]);
            if (sharedStrings) Relationship(xml, "rIdStrings", "sharedStrings", "sharedStrings.xml");
            if (styles) Relationship(xml, "rIdStyles", "styles", "styles.xml");
            xml.WriteEndElement();
            return null;
        });
    }

    public void Dispose() => _zip.Dispose();

    private static string SheetId(int index) => string.Create(CultureInfo.InvariantCulture, $"rId{index + 1}");

    private static void Default(XmlWriter xml, string extension, string contentType)
    {
        xml.WriteStartElement("Default", XlsxNamespaces.ContentTypes);
        xml.WriteAttributeString("Extension", extension);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Override(XmlWriter xml, string partName, string contentType)
    {
        xml.WriteStartElement("Override", XlsxNamespaces.ContentTypes);
        xml.WriteAttributeString("PartName", partName);
        xml.WriteAttributeString("ContentType", contentType);
        xml.WriteEndElement();
    }

    private static void Relationship(XmlWriter xml, string id, string kind, string target)
    {
        xml.WriteStartElement("Relationship", XlsxNamespaces.PackageRelationships);
        xml.WriteAttributeString("Id", id);
        xml.WriteAttributeString("Type", XlsxNamespaces.DocumentRelationships + "/" + kind);
        xml.WriteAttributeString("Target", target);
        xml.WriteEndElement();
    }
}
