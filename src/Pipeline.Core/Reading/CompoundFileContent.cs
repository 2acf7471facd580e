using System.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Says what an OLE compound file that holds no workbook stream is, from the names of its
/// streams: the directory stores them as UTF-16 (MS-CFB 2.6.1), so a Word 97 document
/// carries "WordDocument" and a PowerPoint one "PowerPoint Document". Used only after
/// ExcelDataReader has found no workbook in it, so text inside a workbook cannot mislead it.
/// </summary>
public static class CompoundFileContent
{
    private static readonly (string Stream, string KindVi, string KindEn)[] Kinds =
    [
        ("WordDocument", "tài liệu Word 97–2003 (.doc)", "a Word 97-2003 document (.doc)"),
        ("PowerPoint Document", "bài trình chiếu PowerPoint 97–2003 (.ppt)", "a PowerPoint 97-2003 presentation (.ppt)"),
        ("VisioDocument", "bản vẽ Visio", "a Visio drawing"),
        ("__substg1.0_", "thư Outlook (.msg)", "an Outlook message (.msg)"),
    ];

    /// <summary>The refusal naming what the compound file is, or <see cref="Refusals.UnknownFormat"/> when no known stream is named.</summary>
    public static ReadError RefusalFor(ReadOnlySpan<byte> file)
    {
        foreach (var (stream, kindVi, kindEn) in Kinds)
        {
            if (file.IndexOf(Encoding.Unicode.GetBytes(stream)) >= 0) return Refusals.OtherDocument(kindVi, kindEn);
        }
        return Refusals.UnknownFormat();
    }
}
