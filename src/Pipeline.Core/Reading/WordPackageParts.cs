using System.Buffers.Binary;
using System.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Tells a Word package (.docx) by its part names: Word keeps its parts under "word/" (word/document.xml,
/// word/styles.xml), which no workbook has (its embedded documents lie under xl/embeddings). Read from the
/// zip directory, or — in a zip cut off before its directory — from the local file headers that precede each
/// part (PKWARE APPNOTE 4.3.7), so a damaged report is refused in words about Word, not Excel.
/// </summary>
internal static class WordPackageParts
{
    private const string Folder = "word/";

    /// <summary>Local headers looked at in a zip without a directory; a report has a few dozen parts.</summary>
    private const int MaxLocalHeaders = 10_000;

    private static ReadOnlySpan<byte> LocalHeader => [0x50, 0x4B, 0x03, 0x04];

    /// <summary>True when a part name (with or without a leading slash or backslashes) lies under word/.</summary>
    public static bool Any(IEnumerable<string> partNames) =>
        partNames.Any(name => name.Replace('\\', '/').TrimStart('/').StartsWith(Folder, StringComparison.OrdinalIgnoreCase));

    /// <summary>True when a local file header of the zip bytes names a part under word/ (the directory is not needed).</summary>
    public static bool InLocalHeaders(ReadOnlySpan<byte> zip)
    {
        var position = 0;
        for (var headers = 0; headers < MaxLocalHeaders; headers++)
        {
            var found = zip[position..].IndexOf(LocalHeader);
            if (found < 0) return false;
            var header = position + found;
            // The name's length is at offset 26, the name itself at 30.
            if (header + 30 > zip.Length) return false;
            var length = BinaryPrimitives.ReadUInt16LittleEndian(zip[(header + 26)..]);
            var name = zip.Slice(header + 30, Math.Min(length, zip.Length - header - 30));
            if (Any([Encoding.UTF8.GetString(name)])) return true;
            position = header + 4;
        }
        return false;
    }

    /// <summary>As <see cref="InLocalHeaders(ReadOnlySpan{byte})"/> for a stream: a memory stream's own buffer, else nothing is known.</summary>
    public static bool InLocalHeaders(Stream zip) =>
        zip is MemoryStream memory && memory.TryGetBuffer(out var segment) && InLocalHeaders(segment.AsSpan(0, (int)memory.Length));
}
