using System.IO.Compression;
using System.Xml;
using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Finds the text cells of an .xlsx that are set in a TCVN3 or VNI font, streaming the parts
/// with an <see cref="XmlReader"/>: xl/styles.xml (fonts, and cellXfs' fontId), the runs of
/// xl/sharedStrings.xml (a run's &lt;rFont&gt; overrides the cell's font), then each worksheet,
/// found through the workbook relationships in workbook order, cell by cell (its s attribute).
/// Fonts and formats are capped at <see cref="AnnexReadLimits.MaxCellFormats"/>, shared strings
/// at <see cref="AnnexReadLimits.MaxSharedStrings"/>, cells at <see cref="AnnexReadLimits.MaxCellsPerSheet"/>.
/// </summary>
/// <remarks>
/// Runs on the package <see cref="XlsxNormalizer"/> wrote, after its limits were checked, which ExcelDataReader then reads;
/// part names are the conventional ones.
/// </remarks>
internal static class XlsxFontScan
{
    private const string Main = XlsxNamespaces.Main;
    private const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DocumentRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
    };

    // What a shared string's runs say about its font.
    private const byte NoRunFont = 0, UnicodeRuns = 1, Tcvn3Runs = 2, Tcvn3CapitalRuns = 3, VniRuns = 4, MixedRuns = 5;

    /// <summary>The legacy-font cells of the package; <see cref="LegacyFontMap.Empty"/> when it has none.</summary>
    public static LegacyFontMap Scan(Stream package, AnnexReadLimits limits)
    {
        using var archive = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        var cellFonts = ReadStyles(archive, limits);
        var stringFonts = ReadSharedStrings(archive, limits);
        if (!cellFonts.Any(f => f is not null) && !stringFonts.Any(s => s >= Tcvn3Runs)) return LegacyFontMap.Empty;

        // One cap for the whole workbook: a sheet's worth of cells, however many sheets.
        var map = new LegacyFontMap(limits.MaxCellsPerSheet);
        foreach (var (name, path) in Sheets(archive, limits))
        {
            if (Entry(archive, path) is { } entry) ReadSheet(entry, name, cellFonts, stringFonts, map, limits);
        }
        return map;
    }

    /// <summary>The legacy font of each cell format (cellXfs), by index; null for other fonts.</summary>
    private static List<LegacyFont?> ReadStyles(ZipArchive archive, AnnexReadLimits limits)
    {
        var fonts = new List<LegacyFont?>();
        var xfs = new List<LegacyFont?>();
        if (Entry(archive, "xl/styles.xml") is not { } entry) return xfs;
        using var xml = Open(entry);
        string? section = null;
        var fontDepth = -1;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.EndElement && xml.NamespaceURI == Main && xml.LocalName is "fonts" or "cellXfs") section = null;
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main) continue;
            switch (xml.LocalName)
            {
                case "fonts" or "cellXfs" when !xml.IsEmptyElement:
                    section = xml.LocalName;
                    break;
                case "font" when section == "fonts":
                    if (fonts.Count >= limits.MaxCellFormats) break;
                    fonts.Add(null);
                    fontDepth = xml.Depth;
                    break;
                case "name" when section == "fonts" && fonts.Count > 0 && xml.Depth == fontDepth + 1:
                    fonts[^1] = LegacyFont.FromName(xml.GetAttribute("val"));
                    break;
                case "xf" when section == "cellXfs":
                    if (xfs.Count >= limits.MaxCellFormats) break;
                    var fontId = int.TryParse(xml.GetAttribute("fontId"), out var id) ? id : 0;
                    xfs.Add(fontId >= 0 && fontId < fonts.Count ? fonts[fontId] : null);
                    break;
            }
        }
        return xfs;
    }

    /// <summary>For each shared string, what its runs' fonts say (see the run constants).</summary>
    private static List<byte> ReadSharedStrings(ZipArchive archive, AnnexReadLimits limits)
    {
        var strings = new List<byte>();
        if (Entry(archive, "xl/sharedStrings.xml") is not { } entry) return strings;
        using var xml = Open(entry);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element || xml.NamespaceURI != Main) continue;
            if (xml.LocalName == "si")
            {
                if (strings.Count >= limits.MaxSharedStrings) break;
                strings.Add(NoRunFont);
            }
            else if (xml.LocalName == "rFont" && strings.Count > 0)
            {
                strings[^1] = Merge(strings[^1], LegacyFont.FromName(xml.GetAttribute("val")));
            }
        }
        return strings;
    }

    /// <summary>
    /// Folds one run's font into what the string's runs say: runs in one legacy encoding make it
    /// that encoding (capitals only when every such run is an H font); runs only in other fonts
    /// make it Unicode; legacy runs beside others (or VNI beside TCVN3) make it mixed. ExcelDataReader
    /// joins the runs into one text, so a mixed string is left to the character test rather than
    /// converted whole by one run's font.
    /// </summary>
    private static byte Merge(byte state, LegacyFont? font)
    {
        var run = font switch
        {
            null => UnicodeRuns,
            { Encoding: Annexes.LegacyEncoding.Vni } => VniRuns,
            { Capitals: true } => Tcvn3CapitalRuns,
            _ => Tcvn3Runs,
        };
        if (state == NoRunFont || state == run) return run;
        if (state is Tcvn3Runs or Tcvn3CapitalRuns && run is Tcvn3Runs or Tcvn3CapitalRuns) return Tcvn3Runs;
        return MixedRuns;
    }

    private static void ReadSheet(ZipArchiveEntry entry, string sheet, List<LegacyFont?> cellFonts, List<byte> stringFonts, LegacyFontMap map, AnnexReadLimits limits)
    {
        using var xml = Open(entry);
        int row = -1, column = -1, cells = 0;
        LegacyFont? cellFont = null;
        var isSharedString = false;
        var cellRow = -1;
        var cellColumn = -1;
        var textCell = false;
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.NamespaceURI == Main)
            {
                if (xml.LocalName == "row")
                {
                    row = int.TryParse(xml.GetAttribute("r"), out var r) && r > 0 ? r - 1 : row + 1;
                    column = -1;
                }
                else if (xml.LocalName == "c")
                {
                    if (++cells > limits.MaxCellsPerSheet) return;
                    (cellRow, cellColumn) = Position(xml.GetAttribute("r"), row, column + 1);
                    column = cellColumn;
                    var style = int.TryParse(xml.GetAttribute("s"), out var s) ? s : 0;
                    cellFont = style >= 0 && style < cellFonts.Count ? cellFonts[style] : null;
                    var type = xml.GetAttribute("t");
                    isSharedString = type == "s";
                    textCell = type is "s" or "str" or "inlineStr";
                    if (textCell && !isSharedString && cellFont is { } font && !map.Add(sheet, cellRow, cellColumn, font)) return;
                }
                else if (xml.LocalName == "v" && isSharedString && textCell)
                {
                    var index = int.TryParse(xml.ReadElementContentAsString(), out var i) ? i : -1;
                    var runs = index >= 0 && index < stringFonts.Count ? stringFonts[index] : NoRunFont;
                    var font = runs switch
                    {
                        Tcvn3Runs => new LegacyFont(Annexes.LegacyEncoding.Tcvn3, false),
                        Tcvn3CapitalRuns => new LegacyFont(Annexes.LegacyEncoding.Tcvn3, true),
                        VniRuns => new LegacyFont(Annexes.LegacyEncoding.Vni, false),
                        UnicodeRuns or MixedRuns => (LegacyFont?)null,
                        _ => cellFont,
                    };
                    if (font is { } f && !map.Add(sheet, cellRow, cellColumn, f)) return;
                    textCell = false;
                }
            }
        }
    }

    /// <summary>0-based (row, column) of an A1 reference, or the given fallbacks when it is missing or malformed.</summary>
    private static (int Row, int Column) Position(string? reference, int row, int column)
    {
        if (string.IsNullOrEmpty(reference)) return (row, column);
        var c = 0;
        var i = 0;
        while (i < reference.Length && char.IsAsciiLetter(reference[i]) && i < 3) c = (c * 26) + (char.ToUpperInvariant(reference[i++]) - 'A' + 1);
        var r = 0;
        var digits = 0;
        while (i < reference.Length && char.IsAsciiDigit(reference[i]) && digits++ < 7) r = (r * 10) + (reference[i++] - '0');
        return c == 0 || r == 0 || i != reference.Length ? (row, column) : (r - 1, c - 1);
    }

    /// <summary>The worksheets in workbook order: name and part path, through the workbook's relationships.</summary>
    private static List<(string Name, string Path)> Sheets(ZipArchive archive, AnnexReadLimits limits)
    {
        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Entry(archive, "xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var xml = Open(rels);
            while (xml.Read() && targets.Count < limits.MaxWorkbookEntries)
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.NamespaceURI == Relationships &&
                    xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
                    targets[id] = target;
            }
        }

        var sheets = new List<(string, string)>();
        if (Entry(archive, "xl/workbook.xml") is not { } workbook) return sheets;
        using (var xml = Open(workbook))
        {
            while (xml.Read() && sheets.Count < limits.MaxSheets)
            {
                if (xml.NodeType != XmlNodeType.Element || xml.LocalName != "sheet" || xml.NamespaceURI != Main) continue;
                if (xml.GetAttribute("id", DocumentRelationships) is { } id && targets.TryGetValue(id, out var target))
                    sheets.Add((xml.GetAttribute("name") ?? string.Empty, SheetPath(target)));
            }
        }
        return sheets;
    }

    /// <summary>A relationship target as a part name: absolute from the package root, else relative to xl/.</summary>
    private static string SheetPath(string target) =>
        target.StartsWith('/') ? target[1..] : "xl/" + target;

    private static ZipArchiveEntry? Entry(ZipArchive archive, string name) =>
        archive.Entries.FirstOrDefault(e => e.FullName.Replace('\\', '/').Equals(name, StringComparison.OrdinalIgnoreCase));

    private static XmlReader Open(ZipArchiveEntry entry) => XmlReader.Create(entry.Open(), Settings);
}
