namespace Pipeline.Core.Reading;

/// <summary>
/// Says what an OLE compound file that holds no workbook stream is, from the names in its
/// directory (MS-CFB 2.6): a Word 97 document has a "WordDocument" stream, a PowerPoint one
/// "PowerPoint Document". Used only after ExcelDataReader has found no workbook in it.
/// </summary>
public static class CompoundFileContent
{
    private static readonly (string Stream, string KindVi, string KindEn)[] Kinds =
    [
        ("PowerPoint Document", "bài trình chiếu PowerPoint 97–2003 (.ppt)", "a PowerPoint 97-2003 presentation (.ppt)"),
        ("VisioDocument", "bản vẽ Visio", "a Visio drawing"),
        ("__properties_version1.0", "thư Outlook (.msg)", "an Outlook message (.msg)"),
    ];

    /// <summary>
    /// True when the compound file is an encrypted (or rights-protected) Office package: Excel
    /// wraps an .xlsx with a password in "EncryptionInfo" and "EncryptedPackage" streams (MS-OFFCRYPTO 2.3.4.4).
    /// </summary>
    public static bool IsEncryptedPackage(byte[] file, int length) =>
        CompoundFile.Open(file, length)?.EntryNames().Contains("EncryptedPackage", StringComparer.OrdinalIgnoreCase) == true;

    /// <summary>The refusal naming what the compound file is (<see cref="Refusals.WordDocument97"/> for a .doc), or <see cref="Refusals.UnknownFormat"/> when no known stream is there.</summary>
    /// <param name="file">The upload's bytes (the array may be longer than the file).</param>
    /// <param name="length">The upload's length in bytes.</param>
    public static ReadError RefusalFor(byte[] file, int length)
    {
        var names = CompoundFile.Open(file, length)?.EntryNames() ?? [];
        // A .doc is read once saved as .docx: say so rather than only "not Excel".
        if (names.Contains("WordDocument", StringComparer.OrdinalIgnoreCase)) return Refusals.WordDocument97();
        foreach (var (stream, kindVi, kindEn) in Kinds)
        {
            if (names.Contains(stream, StringComparer.OrdinalIgnoreCase)) return Refusals.OtherDocument(kindVi, kindEn);
        }
        return Refusals.UnknownFormat();
    }
}
