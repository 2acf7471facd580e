using System.IO.Compression;
using System.Xml;

namespace Pipeline.Core.Reading;

/// <summary>
/// The second look inside an .xlsx, after <see cref="XlsxPackage"/> has passed its zip
/// directory and before ExcelDataReader sees it: every part ExcelDataReader will read is
/// streamed once with an <see cref="XmlReader"/>, counting text in chunks, and the file is
/// refused as soon as it passes a limit of <see cref="AnnexReadLimits"/>. Nothing is
/// materialised beyond one 4 KB chunk and tags of at most
/// <see cref="AnnexReadLimits.MaxBytesBetweenTags"/>, so this costs about what the XML walk costs.
/// </summary>
/// <remarks>
/// Parts are found as ExcelDataReader 3.6.0 finds them, so what is checked is what it reads:
/// xl/workbook.xml, xl/_rels/workbook.xml.rels, xl/sharedStrings.xml and xl/styles.xml by fixed
/// name, and each sheet through the workbook relationship its r:id names. A reader that
/// resolves parts otherwise must change both places together.
/// </remarks>
public static class XlsxContent
{
    private const string WorkbookPart = "xl/workbook.xml";
    private const string RelationshipsPart = "xl/_rels/workbook.xml.rels";
    private const string SharedStringsPart = "xl/sharedStrings.xml";
    private const string StylesPart = "xl/styles.xml";

    /// <summary>
    /// Returns why the package must be refused (code <see cref="ReadErrorCode.TooLarge"/> for a
    /// passed limit, <see cref="ReadErrorCode.Damaged"/> for a part that is not well-formed
    /// XML or does not inflate), or null when ExcelDataReader may read it. The stream is left
    /// open; its position is not restored.
    /// </summary>
    public static ReadError? Check(Stream package, AnnexReadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(limits);
        using var archive = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var inflation = new XlsxInflation(limits.MaxUncompressedBytes);

        var sheets = new List<XlsxSheetEntry>();
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        var sharedLengths = new List<int>();
        var error =
            Scan(archive, WorkbookPart, inflation, limits, part => XlsxWorkbookScan.ReadSheets(part, limits, sheets))
            ?? Scan(archive, RelationshipsPart, inflation, limits, part => XlsxWorkbookScan.ReadRelationships(part, limits, targets))
            ?? Scan(archive, SharedStringsPart, inflation, limits, part => XlsxSharedStringsScan.Read(part, limits, sharedLengths))
            ?? Scan(archive, StylesPart, inflation, limits, part => XlsxStylesScan.Read(part, limits));
        if (error is not null) return error;

        long cellText = 0, rowsReached = 0;
        foreach (var sheet in sheets)
        {
            if (sheet.RelationshipId is null || !targets.TryGetValue(sheet.RelationshipId, out var target)) continue;
            error = Scan(archive, SheetPath(target), inflation, limits,
                part => XlsxWorksheetScan.Read(part, sheet.Name, sharedLengths, limits, ref cellText, ref rowsReached));
            if (error is not null) return error;
        }
        return null;
    }

    /// <summary>A relationship target as ExcelDataReader turns it into a part name.</summary>
    private static string SheetPath(string target) =>
        target.StartsWith("/xl/", StringComparison.OrdinalIgnoreCase) ? target[1..] : "xl/" + target;

    /// <summary>Streams one part if the package has it (the first entry of that name, as ExcelDataReader picks it).</summary>
    private static ReadError? Scan(ZipArchive archive, string name, XlsxInflation inflation, AnnexReadLimits limits, Func<XlsxPartReader, ReadError?> scan)
    {
        var entry = archive.Entries.FirstOrDefault(e => e.FullName.Replace('\\', '/').Equals(name, StringComparison.OrdinalIgnoreCase));
        if (entry is null) return null;

        XlsxPartReader? part = null;
        try
        {
            part = XlsxPartReader.Open(entry, inflation, limits);
            return scan(part) ?? Cut(part, inflation, limits);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException or NotSupportedException)
        {
            return Cut(part, inflation, limits) ?? Refusals.Damaged($"{name}: {ex.Message}");
        }
        finally
        {
            part?.Dispose();
        }
    }

    /// <summary>Why a part was cut off while streaming, if it was.</summary>
    private static ReadError? Cut(XlsxPartReader? part, XlsxInflation inflation, AnnexReadLimits limits)
    {
        if (inflation.Exceeded) return Refusals.InflatedTooLarge(limits.MaxUncompressedBytes);
        if (part is { RunTooLong: true })
            return Refusals.NotSavedByExcel($"a part has more than {limits.MaxBytesBetweenTags} bytes between two tags");
        return null;
    }
}
