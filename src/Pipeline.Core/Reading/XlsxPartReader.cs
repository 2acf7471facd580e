using System.IO.Compression;
using System.Xml;

namespace Pipeline.Core.Reading;

/// <summary>
/// Streams one XML part of a package for <see cref="XlsxNormalizer"/>: no DTDs, no resolver, the
/// bytes through an <see cref="XlsxPartStream"/>, and text counted (and copied) in chunks — a
/// text node is never built as a string, however long it is.
/// </summary>
internal sealed class XlsxPartReader : IDisposable
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly XlsxPartStream _stream;
    private readonly char[] _chunk = new char[4096];
    private bool _rootClosed;

    private XlsxPartReader(XlsxPartStream stream)
    {
        _stream = stream;
        Xml = XmlReader.Create(stream, Settings);
    }

    public XmlReader Xml { get; }

    /// <summary>True when the part was cut off for a run between tags longer than the limit.</summary>
    public bool RunTooLong => _stream.RunTooLong;

    public static XlsxPartReader Open(ZipArchiveEntry entry, XlsxInflation inflation, AnnexReadLimits limits) =>
        new(new XlsxPartStream(entry.Open(), inflation, limits.MaxBytesBetweenTags));

    /// <summary>
    /// Moves to the next node; false at the end of the part or once its root element has
    /// closed (what follows the root is never read, as ExcelDataReader never reads it).
    /// </summary>
    public bool Next()
    {
        if (_rootClosed || !Xml.Read()) return false;
        if (Xml.Depth == 0 && (Xml.NodeType == XmlNodeType.EndElement || (Xml.NodeType == XmlNodeType.Element && Xml.IsEmptyElement)))
            _rootClosed = true;
        return true;
    }

    /// <summary>True when the reader stands on a start tag of SpreadsheetML (transitional or Strict) named <paramref name="name"/>.</summary>
    public bool IsMain(string name) =>
        Xml.NodeType == XmlNodeType.Element && Xml.LocalName == name && XlsxNamespaces.IsMain(Xml.NamespaceURI);

    /// <summary>True when the reader stands on a start tag of SpreadsheetML (transitional or Strict) at <paramref name="depth"/>.</summary>
    public bool IsMainAt(int depth) =>
        Xml.NodeType == XmlNodeType.Element && Xml.Depth == depth && XlsxNamespaces.IsMain(Xml.NamespaceURI);

    /// <summary>True when the reader stands on a node that carries text.</summary>
    public bool IsText => Xml.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace;

    /// <summary>
    /// Counts the characters of the current text node, reading it in chunks; stops once past
    /// <paramref name="max"/> (the count is then max + 1 or more). <paramref name="head"/> gets the
    /// first characters when the whole text is that short (cell values such as "17"), else null.
    /// </summary>
    public int CountText(int max, out string? head)
    {
        var length = 0;
        head = null;
        int read;
        while ((read = Xml.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
        {
            if (length == 0 && read <= 16) head = new string(_chunk, 0, read);
            else head = null;
            length += read;
            if (length > max) break;
        }
        return length;
    }

    /// <summary>
    /// Copies the current text node to <paramref name="output"/> in chunks and returns its length,
    /// stopping once past <paramref name="max"/> (the count is then max + 1 or more).
    /// </summary>
    public int CopyText(XmlWriter output, int max)
    {
        var length = 0;
        int read;
        while ((read = Xml.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
        {
            length += read;
            if (length > max) break;
            output.WriteChars(_chunk, 0, read);
        }
        return length;
    }

    /// <summary>
    /// Appends the current text node to <paramref name="text"/> in chunks; false (and
    /// <paramref name="text"/> left part-filled) once it would hold more than <paramref name="max"/> characters.
    /// </summary>
    public bool AppendText(System.Text.StringBuilder text, int max)
    {
        int read;
        while ((read = Xml.ReadValueChunk(_chunk, 0, _chunk.Length)) > 0)
        {
            if (text.Length + read > max) return false;
            text.Append(_chunk, 0, read);
        }
        return true;
    }

    /// <summary>True when the current text node is longer than <paramref name="max"/> characters.</summary>
    public bool TextLongerThan(int max) => CountText(max, out _) > max;

    public void Dispose() => Xml.Dispose();
}
