using System.IO.Compression;

namespace Pipeline.Core.Reading;

/// <summary>
/// Looks inside a zip before ExcelDataReader does: is it a workbook at all, and would it
/// inflate to something no annex could be? Only the central directory is read; nothing is
/// decompressed here.
/// </summary>
public static class XlsxPackage
{
    /// <summary>Returns why the package must be refused, or null when it may be read.</summary>
    public static ReadError? Check(Stream stream, AnnexReadLimits limits)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            return Refusals.Damaged(ex.Message);
        }

        using (archive)
        {
            long declared = 0;
            var hasWorkbook = false;
            var binaryWorkbook = false;
            var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var entry in archive.Entries)
            {
                declared += entry.Length;
                names.Add(entry.FullName);
                if (entry.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase)) hasWorkbook = true;
                if (entry.FullName.Equals("xl/workbook.bin", StringComparison.OrdinalIgnoreCase)) binaryWorkbook = true;
            }

            if (!hasWorkbook)
            {
                if (binaryWorkbook) return Refusals.BinaryWorkbook();
                if (names.Contains("word/document.xml")) return Refusals.OtherDocument("tài liệu Word", "a Word document");
                if (names.Contains("ppt/presentation.xml")) return Refusals.OtherDocument("bài trình chiếu PowerPoint", "a PowerPoint presentation");
                if (names.Contains("content.xml") && names.Contains("mimetype")) return Refusals.OpenDocument();
                return Refusals.ZipArchive();
            }

            if (declared > limits.MaxUncompressedBytes) return Refusals.InflatesTooLarge(declared, limits.MaxUncompressedBytes);
            return null;
        }
    }
}
