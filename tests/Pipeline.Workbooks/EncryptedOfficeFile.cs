using System.Text;
using NPOI.POIFS.FileSystem;

namespace Pipeline.Workbooks;

/// <summary>
/// The OLE compound file that a password-protected .xlsx really is: a "\u0006DataSpaces"
/// storage describing the encryption transform (MS-OFFCRYPTO 2.1), an "EncryptionInfo"
/// stream and an "EncryptedPackage" stream holding the encrypted zip.
/// </summary>
internal static class EncryptedOfficeFile
{
    public static byte[] Protect(byte[] xlsx, string password)
    {
        var (info, package) = AgileEncryption.Encrypt(xlsx, password);

        var fs = new POIFSFileSystem();
        var dataSpaces = fs.Root.CreateDirectory("\u0006DataSpaces");
        dataSpaces.CreateDocument("Version", new MemoryStream(VersionStream()));
        dataSpaces.CreateDocument("DataSpaceMap", new MemoryStream(DataSpaceMap()));
        dataSpaces.CreateDirectory("DataSpaceInfo")
            .CreateDocument("StrongEncryptionDataSpace", new MemoryStream(DataSpaceDefinition()));
        dataSpaces.CreateDirectory("TransformInfo")
            .CreateDirectory("StrongEncryptionTransform")
            .CreateDocument("\u0006Primary", new MemoryStream(TransformInfo()));
        fs.CreateDocument(new MemoryStream(info), "EncryptionInfo");
        fs.CreateDocument(new MemoryStream(package), "EncryptedPackage");

        using var output = new MemoryStream();
        fs.WriteFileSystem(output);
        return output.ToArray();
    }

    private static byte[] VersionStream() => Build(w =>
    {
        LengthPrefixed(w, "Microsoft.Container.DataSpaces");
        for (var i = 0; i < 3; i++)
        {
            // Reader, updater and writer versions: 1.0 each.
            w.Write((ushort)1);
            w.Write((ushort)0);
        }
    });

    private static byte[] DataSpaceMap()
    {
        var entry = Build(w =>
        {
            w.Write(1u); // one reference component
            w.Write(0u); // of type stream
            LengthPrefixed(w, "EncryptedPackage");
            LengthPrefixed(w, "StrongEncryptionDataSpace");
        });
        return Build(w =>
        {
            w.Write(8u); // header length
            w.Write(1u); // entry count
            w.Write((uint)(entry.Length + 4)); // entry length, itself included
            w.Write(entry);
        });
    }

    private static byte[] DataSpaceDefinition() => Build(w =>
    {
        w.Write(8u); // header length
        w.Write(1u); // one transform
        LengthPrefixed(w, "StrongEncryptionTransform");
    });

    private static byte[] TransformInfo()
    {
        const string transformId = "{FF9A3F03-56EF-4613-BDD5-5A41C1D07246}";
        return Build(w =>
        {
            // Length of the header up to the transform name: this field, the type, the id.
            w.Write((uint)(4 + 4 + 4 + (transformId.Length * 2)));
            w.Write(1u); // transform type
            LengthPrefixed(w, transformId);
            LengthPrefixed(w, "Microsoft.Container.EncryptionTransform");
            for (var i = 0; i < 3; i++)
            {
                w.Write((ushort)1);
                w.Write((ushort)0);
            }

            w.Write(0u); // encryption name: empty
            w.Write(0u); // block size
            w.Write(0u); // cipher mode
            w.Write(4u); // reserved
        });
    }

    /// <summary>UNICODE-LP-P4: byte length, UTF-16LE text, padding to 4 bytes.</summary>
    private static void LengthPrefixed(BinaryWriter w, string text)
    {
        var bytes = Encoding.Unicode.GetBytes(text);
        w.Write((uint)bytes.Length);
        w.Write(bytes);
        for (var pad = bytes.Length % 4; pad is > 0 and < 4; pad++)
        {
            w.Write((byte)0);
        }
    }

    private static byte[] Build(Action<BinaryWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer, Encoding.Unicode, leaveOpen: true))
        {
            write(w);
        }

        return buffer.ToArray();
    }
}
