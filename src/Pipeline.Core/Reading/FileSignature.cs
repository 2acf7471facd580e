using System.Text;

namespace Pipeline.Core.Reading;

/// <summary>What a file is by its first bytes, whatever its name says.</summary>
public enum FileKind
{
    Empty,
    Zip,
    CompoundFile,

    /// <summary>A BIFF stream outside a compound file: Excel 2.x–4.x worksheets, and some exporters' BIFF5/8.</summary>
    RawBiff,
    Pdf,

    /// <summary>An HTML page (an "export to Excel" of many programs).</summary>
    WebPage,

    /// <summary>Excel 2003's XML Spreadsheet (SpreadsheetML, namespace urn:schemas-microsoft-com:office:spreadsheet).</summary>
    XmlSpreadsheet,

    /// <summary>Any other XML document.</summary>
    Xml,
    Text,
    Unknown,

    /// <summary>
    /// A zip package whose main part is a Word document (.docx, a commune's report): told by <see cref="FileSignature.DetectUpload"/>
    /// from the package's relationships, never by the first bytes alone (they are a zip's, as a workbook's are).
    /// </summary>
    WordDocument,
}

/// <summary>Tells a file's kind from its first bytes, so a renamed CSV is not mistaken for a workbook.</summary>
public static class FileSignature
{
    private static ReadOnlySpan<byte> ZipLocal => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> ZipEmpty => [0x50, 0x4B, 0x05, 0x06];
    private static ReadOnlySpan<byte> Compound => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> PdfMagic => "%PDF"u8;

    /// <summary>
    /// What a whole upload is: <see cref="Detect"/> from its first bytes, a zip told apart as a Word report
    /// (<see cref="FileKind.WordDocument"/>, by <see cref="XlsxPackage.WordDocumentPart(Stream, AnnexReadLimits)"/>) or a workbook.
    /// </summary>
    public static FileKind DetectUpload(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var kind = Detect(content.AsSpan(0, Math.Min(content.Length, 4096)));
        using var stream = new MemoryStream(content, writable: false);
        return kind == FileKind.Zip && XlsxPackage.WordDocumentPart(stream, AnnexReadLimits.Default) is not null ? FileKind.WordDocument : kind;
    }

    public static FileKind Detect(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty) return FileKind.Empty;
        if (head.StartsWith(ZipLocal) || head.StartsWith(ZipEmpty)) return FileKind.Zip;
        if (head.StartsWith(Compound)) return FileKind.CompoundFile;
        if (IsBiffBof(head)) return FileKind.RawBiff;
        if (head.StartsWith(PdfMagic)) return FileKind.Pdf;
        if (LooksLikeText(head, out var text) || LooksLikeUtf16Text(head, out text))
        {
            var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            // Excel's "Single File Web Page" (.mht, often named .xls) is a MIME archive of an HTML page.
            if (start.StartsWith("MIME-Version:", StringComparison.OrdinalIgnoreCase)
                || text.Contains("multipart/related", StringComparison.OrdinalIgnoreCase))
                return FileKind.WebPage;
            return start.StartsWith('<') ? MarkupKind(text) : FileKind.Text;
        }
        return FileKind.Unknown;
    }

    /// <summary>
    /// UTF-16 text, as Excel's "Unicode Text" and some HTML exports write it: a byte-order mark,
    /// or ASCII characters with a NUL byte beside each in the first bytes.
    /// </summary>
    private static bool LooksLikeUtf16Text(ReadOnlySpan<byte> head, out string text)
    {
        text = string.Empty;
        var length = head.Length & ~1;
        if (length < 4) return false;
        var little = head[0] == 0xFF && head[1] == 0xFE;
        var big = head[0] == 0xFE && head[1] == 0xFF;
        if (!little && !big)
        {
            // Without a mark: the first characters ASCII, their other byte NUL.
            var probe = Math.Min(length, 64);
            little = true;
            big = true;
            for (var i = 0; i < probe; i += 2)
            {
                little &= head[i] is >= 0x09 and < 0x80 && head[i + 1] == 0;
                big &= head[i] == 0 && head[i + 1] is >= 0x09 and < 0x80;
            }
            if (little == big) return false;
        }
        text = (little ? Encoding.Unicode : Encoding.BigEndianUnicode).GetString(head[..length]);
        var controls = text.Count(c => c < ' ' && c is not ('\t' or '\n' or '\r' or '\f'));
        return controls <= text.Length / 100;
    }

    /// <summary>
    /// A BOF record first: id 0x0009 (BIFF2), 0x0209 (BIFF3), 0x0409 (BIFF4) or 0x0809 (BIFF5/8)
    /// with a length of 4 to 20 bytes. ExcelDataReader checks the rest and says when it cannot read it.
    /// </summary>
    private static bool IsBiffBof(ReadOnlySpan<byte> head) =>
        head.Length >= 8 && head[0] == 0x09 && (head[1] is 0x00 or 0x02 or 0x04 or 0x08)
        && (head[2] | (head[3] << 8)) is >= 4 and <= 20;

    /// <summary>What a file starting with '&lt;' is, from its first 4 KB.</summary>
    private static FileKind MarkupKind(string head)
    {
        if (head.Contains("urn:schemas-microsoft-com:office:spreadsheet", StringComparison.OrdinalIgnoreCase)
            && !head.Contains("<html", StringComparison.OrdinalIgnoreCase))
            return FileKind.XmlSpreadsheet;
        string[] html = ["<html", "<!doctype html", "<table", "<body", "<head", "<meta"];
        return html.Any(tag => head.Contains(tag, StringComparison.OrdinalIgnoreCase)) ? FileKind.WebPage : FileKind.Xml;
    }

    /// <summary>Text files have no NUL bytes and decode as UTF-8 (or are single-byte text).</summary>
    private static bool LooksLikeText(ReadOnlySpan<byte> head, out string text)
    {
        text = string.Empty;
        if (head.Contains((byte)0)) return false;
        var controls = 0;
        foreach (var b in head)
        {
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C)) controls++;
        }
        if (controls > head.Length / 100) return false;
        text = Encoding.UTF8.GetString(head);
        return true;
    }
}
