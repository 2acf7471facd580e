using System.Xml;

namespace Pipeline.Core.Reading;

/// <summary>
/// Copies a SpreadsheetML part node by node as transitional SpreadsheetML, for the parts
/// ExcelDataReader reads whole (shared strings, styles): elements of either conformance class
/// are written in the transitional namespace with their plain, xml: and r: attributes (booleans
/// written true/false as 1/0); elements
/// of any other namespace (extensions, markup compatibility) are left out with all they hold,
/// and so are other attributes. The caller walks the part, checks each node, then hands it here.
/// </summary>
internal sealed class XlsxElementCopy(XlsxPartReader part, XmlWriter output)
{
    private int _skipDepth = -1;
    private bool _wroteRoot;

    /// <summary>True while the reader is inside an element that is left out.</summary>
    public bool Skipping => _skipDepth >= 0;

    /// <summary>Copies the element start or end the reader stands on (other nodes but text are dropped).</summary>
    public void Node()
    {
        var xml = part.Xml;
        if (Skipping)
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.Depth == _skipDepth) _skipDepth = -1;
            return;
        }
        if (xml.NodeType == XmlNodeType.EndElement)
        {
            output.WriteEndElement();
            return;
        }
        if (xml.NodeType != XmlNodeType.Element) return;
        if (!XlsxNamespaces.IsMain(xml.NamespaceURI))
        {
            if (!xml.IsEmptyElement) _skipDepth = xml.Depth;
            return;
        }

        output.WriteStartElement(xml.LocalName, XlsxNamespaces.Main);
        _wroteRoot = true;
        while (xml.MoveToNextAttribute())
        {
            // Strict may write xsd:boolean as true/false; ExcelDataReader only knows 1/0 (applyNumberFormat="false" would read as applied).
            if (xml.NamespaceURI.Length == 0) output.WriteAttributeString(xml.LocalName, xml.Value switch { "true" => "1", "false" => "0", var v => v });
            else if (xml.NamespaceURI == XlsxNamespaces.Xml) output.WriteAttributeString("xml", xml.LocalName, XlsxNamespaces.Xml, xml.Value);
            else if (XlsxNamespaces.IsDocumentRelationships(xml.NamespaceURI))
                output.WriteAttributeString("r", xml.LocalName, XlsxNamespaces.DocumentRelationships, xml.Value);
        }
        xml.MoveToElement();
        if (xml.IsEmptyElement) output.WriteEndElement();
    }

    /// <summary>
    /// Copies the text node the reader stands on (unless it is left out) in chunks and returns its
    /// length, stopping once past <paramref name="max"/>; text outside the root is dropped.
    /// </summary>
    public int Text(int max) => Skipping || part.Xml.Depth == 0 ? part.CountText(max, out _) : part.CopyText(output, max);

    /// <summary>Ends the part; writes an empty <paramref name="root"/> when nothing of SpreadsheetML was found.</summary>
    public void Finish(string root)
    {
        if (!_wroteRoot) output.WriteElementString(root, XlsxNamespaces.Main, string.Empty);
        output.WriteEndDocument();
    }
}
