using NPOI.POIFS.FileSystem;

namespace Pipeline.Workbooks;

/// <summary>
/// Reads and writes the streams of an OLE compound file (the container of .xls) with NPOI's
/// POIFS, so a test can take a real .xls apart and put a changed workbook stream back.
/// </summary>
public static class OleStreams
{
    /// <summary>The bytes of the named stream at the root ("Workbook", "Book").</summary>
    /// <exception cref="FileNotFoundException">No stream of that name.</exception>
    public static byte[] ReadStream(byte[] file, string name)
    {
        var fileSystem = new POIFSFileSystem(new MemoryStream(file, writable: false));
        var entry = (DocumentEntry)fileSystem.Root.GetEntry(name);
        using var stream = fileSystem.CreateDocumentInputStream(name);
        // NPOI 2.4.1's stream fails in CopyTo: read it in plain chunks up to the entry's size.
        var bytes = new byte[entry.Size];
        var read = 0;
        while (read < bytes.Length)
        {
            var chunk = stream.Read(bytes, read, bytes.Length - read);
            if (chunk <= 0) break;
            read += chunk;
        }
        return bytes;
    }

    /// <summary>A compound file holding one stream, <paramref name="name"/>, with <paramref name="content"/>.</summary>
    public static byte[] WithStream(string name, byte[] content) => WithStreams((name, content));

    /// <summary>A compound file holding the given streams at its root.</summary>
    public static byte[] WithStreams(params (string Name, byte[] Content)[] streams)
    {
        ArgumentNullException.ThrowIfNull(streams);
        var fileSystem = new POIFSFileSystem();
        foreach (var (name, content) in streams) fileSystem.CreateDocument(new MemoryStream(content, writable: false), name);
        using var output = new MemoryStream();
        fileSystem.WriteFileSystem(output);
        return output.ToArray();
    }
}
