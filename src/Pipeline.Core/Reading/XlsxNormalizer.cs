using System.IO.Compression;
using System.Xml;

namespace Pipeline.Core.Reading;

/// <summary>
/// Rewrites every .xlsx upload, part by part, into a new in-memory package that ExcelDataReader
/// 3.6.0 reads right, whatever wrote the upload: parts are found only through relationships
/// (_rels/.rels → the workbook → its sheets, shared strings and styles), wherever they sit and
/// whatever the letter case of their zip entries; Strict SpreadsheetML becomes transitional; and
/// worksheets keep only cells that hold a value (see <see cref="XlsxWorksheetCopy"/>). The output
/// has the conventional layout of <see cref="XlsxPackageWriter"/>.
/// </summary>
/// <remarks>
/// Every part is streamed once with an <see cref="XmlReader"/> into an <see cref="XmlWriter"/>,
/// and the file is refused as soon as it passes a limit of <see cref="AnnexReadLimits"/>:
/// inflated bytes and written bytes are each held to <see cref="AnnexReadLimits.MaxUncompressedBytes"/>
/// while streaming, never checked after. Nothing is materialised beyond one 4 KB chunk, tags of
/// at most <see cref="AnnexReadLimits.MaxBytesBetweenTags"/>, one cell's text and the sheet's
/// merged ranges.
/// </remarks>
internal sealed class XlsxNormalizer
{
    private readonly XlsxPartIndex _parts;
    private readonly XlsxInflation _inflation;
    private readonly AnnexReadLimits _limits;

    private XlsxNormalizer(ZipArchive archive, AnnexReadLimits limits)
    {
        _parts = new XlsxPartIndex(archive);
        _inflation = new XlsxInflation(limits.MaxUncompressedBytes);
        _limits = limits;
    }

    private readonly List<string> _missingSheets = [];

    /// <summary>
    /// Returns why the package must be refused (code <see cref="ReadErrorCode.TooLarge"/> for a
    /// passed limit, <see cref="ReadErrorCode.NotAWorkbook"/> for a package without a reachable
    /// workbook or with a part that is not well-formed XML or does not inflate), or null with the
    /// normalised package in <paramref name="normalized"/>, positioned at its start. The input
    /// stream is left open.
    /// </summary>
    public static ReadError? Normalize(Stream package, AnnexReadLimits limits, out MemoryStream? normalized) =>
        Normalize(package, limits, out normalized, out _);

    /// <inheritdoc cref="Normalize(Stream, AnnexReadLimits, out MemoryStream?)"/>
    /// <param name="missingSheets">Sheets the workbook lists whose parts the package lacks (each written empty): if no annex is found, the package is damaged rather than empty.</param>
    public static ReadError? Normalize(Stream package, AnnexReadLimits limits, out MemoryStream? normalized, out IReadOnlyList<string> missingSheets)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(limits);
        normalized = null;
        missingSheets = [];
        package.Position = 0;
        var output = new MemoryStream();
        try
        {
            using var archive = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            var normalizer = new XlsxNormalizer(archive, limits);
            var error = normalizer.Write(output);
            missingSheets = normalizer._missingSheets;
            if (error is not null)
            {
                output.Dispose();
                return error;
            }
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or XmlException or InvalidOperationException or ArgumentException)
        {
            output.Dispose();
            return Refusals.Damaged(ex.Message);
        }
        output.Position = 0;
        normalized = output;
        return null;
    }

    private ReadError? Write(MemoryStream output)
    {
        var packageRelationships = new List<XlsxRelationship>();
        var error = Read(XlsxPartName.RelationshipsOf(XlsxPartName.PackageRoot),
            part => XlsxWorkbookScan.ReadRelationships(part, XlsxPartName.PackageRoot, _limits, packageRelationships));
        if (error is not null) return error;

        var workbookPart = First(packageRelationships, "officeDocument");
        if (workbookPart is null) return NotReachable("no officeDocument relationship of _rels/.rels points at a part of the package");
        if (workbookPart.EndsWith(".bin", StringComparison.OrdinalIgnoreCase)) return Refusals.BinaryWorkbook();

        var workbook = new XlsxWorkbookPart();
        error = Read(workbookPart, part => XlsxWorkbookScan.ReadWorkbook(part, _limits, workbook));
        if (error is not null) return error;
        if (!workbook.IsWorkbook) return NotReachable($"the main part {workbookPart} is not a SpreadsheetML workbook");

        var relationships = new List<XlsxRelationship>();
        error = Read(XlsxPartName.RelationshipsOf(workbookPart),
            part => XlsxWorkbookScan.ReadRelationships(part, workbookPart, _limits, relationships));
        if (error is not null) return error;

        using var package = new XlsxPackageWriter(output, _limits.MaxUncompressedBytes);
        var sharedLengths = new List<int>();
        var sharedStrings = First(relationships, "sharedStrings");
        error = sharedStrings is null ? null : package.Part(XlsxPackageWriter.SharedStringsPart,
            xml => Read(sharedStrings, part => XlsxSharedStringsCopy.Copy(part, xml, _limits, sharedLengths)));
        if (error is not null) return error;

        var styles = First(relationships, "styles");
        error = styles is null ? null : package.Part(XlsxPackageWriter.StylesPart,
            xml => Read(styles, part => XlsxStylesCopy.Copy(part, xml, _limits)));
        if (error is not null) return error;

        long cellText = 0, rowsReached = 0;
        for (var i = 0; i < workbook.Sheets.Count; i++)
        {
            var sheet = workbook.Sheets[i];
            // A later relationship of the same id wins, as in ExcelDataReader.
            var target = sheet.RelationshipId is null ? null : relationships.LastOrDefault(r => r.Id == sheet.RelationshipId)?.Target;
            // Sheets past those AnnexReader looks at are never read: they cost nothing.
            if (i >= _limits.MaxSheets || target is null || !_parts.Contains(target))
            {
                if (i < _limits.MaxSheets) _missingSheets.Add(sheet.Name);
                package.EmptySheet(XlsxPackageWriter.SheetPart(i));
                continue;
            }
            error = package.Part(XlsxPackageWriter.SheetPart(i), xml => Read(target,
                part => XlsxWorksheetCopy.Copy(part, xml, sheet.Name, sharedLengths, workbook.Date1904, _limits, ref cellText, ref rowsReached)));
            if (error is not null) return error;
            if (package.Exceeded) return Refusals.RewrittenTooLarge(_limits.MaxUncompressedBytes);
        }

        package.Finish(workbook.Sheets, workbook.Date1904, sharedStrings is not null, styles is not null);
        return package.Exceeded ? Refusals.RewrittenTooLarge(_limits.MaxUncompressedBytes) : null;
    }

    /// <summary>The first relationship of <paramref name="kind"/> whose target the package holds.</summary>
    private string? First(List<XlsxRelationship> relationships, string kind) =>
        relationships.FirstOrDefault(r => r.Kind == kind && r.Target is not null && _parts.Contains(r.Target))?.Target;

    /// <summary>Why a package without a reachable workbook is refused: another kind of document, or a package no spreadsheet program wrote.</summary>
    private ReadError NotReachable(string detail) => XlsxPackage.OtherDocument(_parts.Names) ?? Refusals.NoWorkbookInPackage(detail);

    /// <summary>Streams one part if the package has it (nothing happens when it does not).</summary>
    private ReadError? Read(string partName, Func<XlsxPartReader, ReadError?> read)
    {
        var entry = _parts.Find(partName);
        if (entry is null) return null;

        XlsxPartReader? part = null;
        try
        {
            part = XlsxPartReader.Open(entry, _inflation, _limits);
            return read(part) ?? Cut(part);
        }
        catch (Exception ex) when (ex is XmlException or InvalidDataException or IOException or NotSupportedException)
        {
            return Cut(part) ?? Refusals.Damaged($"{partName}: {ex.Message}");
        }
        finally
        {
            part?.Dispose();
        }
    }

    /// <summary>Why a part was cut off while streaming, if it was.</summary>
    private ReadError? Cut(XlsxPartReader? part)
    {
        if (_inflation.Exceeded) return Refusals.InflatedTooLarge(_limits.MaxUncompressedBytes);
        if (part is { RunTooLong: true })
            return Refusals.NotSavedByExcel($"a part has more than {_limits.MaxBytesBetweenTags} bytes between two tags");
        return null;
    }
}
