using System.Text;

namespace Pipeline.Core.Reading;

/// <summary>What a file is by its first bytes, whatever its name says.</summary>
public enum FileKind
{
    Empty,
    Zip,
    CompoundFile,
    Pdf,
    Markup,
    Text,
    Unknown,
}

/// <summary>Tells a file's kind from its first bytes, so a renamed CSV is not mistaken for a workbook.</summary>
public static class FileSignature
{
    private static ReadOnlySpan<byte> ZipLocal => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> ZipEmpty => [0x50, 0x4B, 0x05, 0x06];
    private static ReadOnlySpan<byte> Compound => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static ReadOnlySpan<byte> PdfMagic => "%PDF"u8;

    public static FileKind Detect(ReadOnlySpan<byte> head)
    {
        if (head.IsEmpty) return FileKind.Empty;
        if (head.StartsWith(ZipLocal) || head.StartsWith(ZipEmpty)) return FileKind.Zip;
        if (head.StartsWith(Compound)) return FileKind.CompoundFile;
        if (head.StartsWith(PdfMagic)) return FileKind.Pdf;
        if (LooksLikeText(head, out var text))
        {
            var start = text.TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
            return start.StartsWith('<') ? FileKind.Markup : FileKind.Text;
        }
        return FileKind.Unknown;
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
