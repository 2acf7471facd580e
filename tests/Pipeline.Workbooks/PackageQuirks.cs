using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Pipeline.Workbooks;

/// <summary>
/// Rewrites a real .xlsx (one NPOI wrote, with the conventional layout: xl/workbook.xml,
/// xl/worksheets/sheetN.xml, xl/sharedStrings.xml, xl/styles.xml) into the package another
/// program might have written for the same workbook: Strict namespaces, parts in other folders,
/// absolute or relative relationship targets, entry names in another letter case, formatting
/// down to the grid's last row or column, inline or rich-text strings, a missing or wrong
/// dimension. Every quirk keeps the workbook's content, so it must read as the original does.
/// </summary>
public static partial class PackageQuirks
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string StrictMainNs = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string StrictRelNs = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    /// <summary>
    /// Saved as "Strict Open XML Spreadsheet": SpreadsheetML and relationship types in the ISO
    /// 29500 Strict namespaces, the workbook marked conformance="strict".
    /// </summary>
    public static byte[] Strict(byte[] xlsx) => Rewrite(xlsx, parts =>
    {
        foreach (var part in parts)
        {
            part.Text = part.Text.Replace(MainNs, StrictMainNs, StringComparison.Ordinal).Replace(RelNs, StrictRelNs, StringComparison.Ordinal);
        }

        Single(parts, "xl/workbook.xml").Text = Regex.Replace(Single(parts, "xl/workbook.xml").Text, "<workbook ", "<workbook conformance=\"strict\" ");
    });

    /// <summary>The workbook's parts (all of xl/) moved to <paramref name="folder"/> ("" for the package root, or "bang-tinh/").</summary>
    public static byte[] PartsIn(byte[] xlsx, string folder) => Rewrite(xlsx, parts => MoveWorkbookFolder(parts, folder));

    /// <summary>The workbook's parts moved to <paramref name="folder"/>, every relationship naming its target by absolute part name ("/bieu/worksheets/sheet1.xml").</summary>
    public static byte[] AbsoluteTargets(byte[] xlsx, string folder = "bieu/") => Rewrite(xlsx, parts =>
    {
        MoveWorkbookFolder(parts, folder);
        var packageRels = Single(parts, "_rels/.rels");
        packageRels.Text = packageRels.Text.Replace($"Target=\"{folder}", $"Target=\"/{folder}", StringComparison.Ordinal);
        var workbookRels = Single(parts, $"{folder}_rels/workbook.xml.rels");
        workbookRels.Text = workbookRels.Text.Replace("Target=\"", $"Target=\"/{folder}", StringComparison.Ordinal);
    });

    /// <summary>
    /// The workbook stays in xl/, its worksheets move to trang/ and its shared strings to chung/,
    /// both at the package root, named from the workbook as "../trang/sheet1.xml" and
    /// "../chung/sharedStrings.xml"; the styles are named "./styles.xml".
    /// </summary>
    public static byte[] RelativeTargets(byte[] xlsx) => Rewrite(xlsx, parts =>
    {
        foreach (var part in parts)
        {
            if (part.Name.StartsWith("xl/worksheets/", StringComparison.Ordinal)) part.Name = "trang/" + part.Name["xl/worksheets/".Length..];
            else if (part.Name == "xl/sharedStrings.xml") part.Name = "chung/sharedStrings.xml";
        }

        var types = Single(parts, "[Content_Types].xml");
        types.Text = types.Text.Replace("/xl/worksheets/", "/trang/", StringComparison.Ordinal).Replace("/xl/sharedStrings.xml", "/chung/sharedStrings.xml", StringComparison.Ordinal);
        var rels = Single(parts, "xl/_rels/workbook.xml.rels");
        rels.Text = rels.Text
            .Replace("Target=\"worksheets/", "Target=\"../trang/", StringComparison.Ordinal)
            .Replace("Target=\"sharedStrings.xml\"", "Target=\"../chung/sharedStrings.xml\"", StringComparison.Ordinal)
            .Replace("Target=\"styles.xml\"", "Target=\"./styles.xml\"", StringComparison.Ordinal);
    });

    /// <summary>The worksheets stored under names with spaces ("xl/worksheets/trang tinh 1.xml"), named in the relationships as URIs ("trang%20tinh%201.xml").</summary>
    public static byte[] SpacesInPartNames(byte[] xlsx) => Rewrite(xlsx, parts =>
    {
        foreach (var part in parts.Where(p => p.Name.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
        {
            part.Name = part.Name.Replace("/sheet", "/trang tinh ", StringComparison.Ordinal);
        }

        var rels = Single(parts, "xl/_rels/workbook.xml.rels");
        rels.Text = rels.Text.Replace("Target=\"worksheets/sheet", "Target=\"worksheets/trang%20tinh%20", StringComparison.Ordinal);
        var types = Single(parts, "[Content_Types].xml");
        types.Text = types.Text.Replace("/xl/worksheets/sheet", "/xl/worksheets/trang%20tinh%20", StringComparison.Ordinal);
    });

    /// <summary>Every zip entry name in upper case ("XL/WORKSHEETS/SHEET1.XML"), the relationships unchanged: OPC part names are case-insensitive.</summary>
    public static byte[] UpperCaseEntryNames(byte[] xlsx) => Rewrite(xlsx, parts =>
    {
        foreach (var part in parts)
        {
            part.Name = part.Name.ToUpperInvariant();
        }
    });

    /// <summary>Entry names with backslashes ("xl\worksheets\sheet1.xml"), as some Windows zip tools store them.</summary>
    public static byte[] BackslashEntryNames(byte[] xlsx) => Rewrite(xlsx, parts =>
    {
        foreach (var part in parts)
        {
            part.Name = part.Name.Replace('/', '\\');
        }
    });

    /// <summary>
    /// Worksheet <paramref name="sheetPart"/> formatted down to row <paramref name="lastRow"/>: every
    /// row after its last one carries a style (even rows) or one styled empty cell (odd rows), and
    /// the dimension says so. A million rows inflate to about 43 MB and are written as they are zipped.
    /// </summary>
    public static byte[] StyledEmptyRows(byte[] xlsx, string sheetPart, int lastRow = 1_048_576) => Rewrite(xlsx, parts =>
    {
        var sheet = Single(parts, sheetPart);
        var text = WithDimension(sheet.Text, "A1:G" + lastRow.ToString(CultureInfo.InvariantCulture));
        var end = text.IndexOf("</sheetData>", StringComparison.Ordinal);
        var first = LastRowNumber(text) + 1;
        sheet.Write = writer =>
        {
            writer.Write(text.AsSpan(0, end));
            for (var r = first; r <= lastRow; r++)
            {
                writer.Write(r % 2 == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"<row r=\"{r}\" s=\"1\" customFormat=\"1\"/>")
                    : string.Create(CultureInfo.InvariantCulture, $"<row r=\"{r}\"><c r=\"A{r}\" s=\"1\"/></row>"));
            }

            writer.Write(text.AsSpan(end));
        };
    });

    /// <summary>
    /// Worksheet <paramref name="sheetPart"/> formatted across to column XFD: a &lt;cols&gt; entry
    /// styling every column after G, and every row holding a styled empty cell in each of them.
    /// </summary>
    public static byte[] StyledEmptyColumns(byte[] xlsx, string sheetPart) => Rewrite(xlsx, parts =>
    {
        var sheet = Single(parts, sheetPart);
        var text = WithDimension(sheet.Text, "A1:XFD" + LastRowNumber(sheet.Text).ToString(CultureInfo.InvariantCulture));
        text = Regex.Replace(text, "<cols>.*?</cols>", string.Empty);
        text = text.Replace("<sheetData>", "<cols><col min=\"8\" max=\"16384\" width=\"9\" style=\"1\"/></cols><sheetData>", StringComparison.Ordinal);
        var blanks = new StringBuilder();
        sheet.Text = WholeRow().Replace(text, m =>
        {
            blanks.Clear();
            for (var column = 8; column <= 16_384; column++)
            {
                blanks.Append(CultureInfo.InvariantCulture, $"<c r=\"{ColumnName(column)}{m.Groups["row"].Value}\" s=\"1\"/>");
            }

            return m.Value[..^"</row>".Length] + blanks + "</row>";
        });
    });

    /// <summary>Every shared-string cell written as an inline string (t="inlineStr"), and no shared-string part.</summary>
    public static byte[] InlineStrings(byte[] xlsx) => Rewrite(xlsx, parts =>
    {
        var sharedPart = Single(parts, "xl/sharedStrings.xml");
        XNamespace main = MainNs;
        var strings = XDocument.Parse(sharedPart.Text).Root!.Elements(main + "si")
            .Select(si => string.Concat(si.Descendants(main + "t").Where(t => t.Parent!.Name != main + "rPh").Select(t => t.Value)))
            .ToList();
        parts.Remove(sharedPart);
        foreach (var part in parts.Where(p => p.Name.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            part.Text = SharedCell().Replace(part.Text, m =>
                $"<c{m.Groups["attributes"].Value} t=\"inlineStr\"><is><t xml:space=\"preserve\">{Escape(strings[int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture)])}</t></is></c>");
        }

        var rels = Single(parts, "xl/_rels/workbook.xml.rels");
        rels.Text = Regex.Replace(rels.Text, "<Relationship [^>]*sharedStrings\"[^>]*/>", string.Empty);
        var types = Single(parts, "[Content_Types].xml");
        types.Text = Regex.Replace(types.Text, "<Override PartName=\"/xl/sharedStrings.xml\"[^>]*/>", string.Empty);
    });

    /// <summary>
    /// Every shared string of two characters or more split into two rich-text runs, the first bold
    /// with its own font, followed by a phonetic run (&lt;rPh&gt;) that is not part of the text.
    /// </summary>
    public static byte[] RichTextSharedStrings(byte[] xlsx) => Rewrite(xlsx, parts =>
    {
        var shared = Single(parts, "xl/sharedStrings.xml");
        shared.Text = PlainItem().Replace(shared.Text, m =>
        {
            var text = System.Net.WebUtility.HtmlDecode(m.Groups["text"].Value);
            if (text.Length < 2) return m.Value;
            var half = char.IsHighSurrogate(text[text.Length / 2 - 1]) ? text.Length / 2 + 1 : text.Length / 2;
            return "<si><r><rPr><b/><sz val=\"12\"/><rFont val=\"Times New Roman\"/><family val=\"1\"/></rPr>"
                + $"<t xml:space=\"preserve\">{Escape(text[..half])}</t></r><r><t xml:space=\"preserve\">{Escape(text[half..])}</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>フリガナ</t></rPh><phoneticPr fontId=\"0\" type=\"noConversion\"/></si>";
        });
    });

    /// <summary>Worksheet <paramref name="sheetPart"/> without its &lt;dimension&gt;.</summary>
    public static byte[] WithoutDimension(byte[] xlsx, string sheetPart) => Rewrite(xlsx, parts =>
    {
        var sheet = Single(parts, sheetPart);
        sheet.Text = Regex.Replace(sheet.Text, "<dimension [^>]*/>", string.Empty);
    });

    /// <summary>Worksheet <paramref name="sheetPart"/> with the dimension <paramref name="reference"/>, right or wrong ("A1" on a full sheet).</summary>
    public static byte[] WrongDimension(byte[] xlsx, string sheetPart, string reference = "A1") => Rewrite(xlsx, parts =>
    {
        var sheet = Single(parts, sheetPart);
        sheet.Text = WithDimension(sheet.Text, reference);
    });

    /// <summary>
    /// The package's officeDocument relationship pointed at <paramref name="target"/> instead of
    /// xl/workbook.xml, whose part is renamed to it when the name ends in ".bin" (the shape of an
    /// .xlsb) and left where it is otherwise (a relationship to a part that is not there).
    /// </summary>
    public static byte[] OfficeDocumentTarget(byte[] xlsx, string target) => Rewrite(xlsx, parts =>
    {
        var rels = Single(parts, "_rels/.rels");
        rels.Text = rels.Text.Replace("Target=\"xl/workbook.xml\"", $"Target=\"{target}\"", StringComparison.Ordinal);
        if (target.EndsWith(".bin", StringComparison.Ordinal)) Single(parts, "xl/workbook.xml").Name = target;
    });

    /// <summary>A part of the package being rewritten: its entry name, its text, or a writer for text too large to hold.</summary>
    private sealed class Part(string name, string text)
    {
        public string Name { get; set; } = name;

        public string Text { get; set; } = text;

        public Action<TextWriter>? Write { get; set; }
    }

    private static byte[] Rewrite(byte[] xlsx, Action<List<Part>> change)
    {
        var parts = new List<Part>();
        using (var source = new ZipArchive(new MemoryStream(xlsx, writable: false), ZipArchiveMode.Read))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                parts.Add(new Part(entry.FullName, reader.ReadToEnd()));
            }
        }

        change(parts);

        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var part in parts)
            {
                using var stream = target.CreateEntry(part.Name, CompressionLevel.Optimal).Open();
                using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024);
                if (part.Write is { } write) write(writer);
                else writer.Write(part.Text);
            }
        }

        return output.ToArray();
    }

    private static void MoveWorkbookFolder(List<Part> parts, string folder)
    {
        foreach (var part in parts.Where(p => p.Name.StartsWith("xl/", StringComparison.Ordinal)))
        {
            part.Name = folder + part.Name["xl/".Length..];
        }

        var packageRels = Single(parts, "_rels/.rels");
        packageRels.Text = packageRels.Text.Replace("Target=\"xl/", $"Target=\"{folder}", StringComparison.Ordinal);
        var types = Single(parts, "[Content_Types].xml");
        types.Text = types.Text.Replace("PartName=\"/xl/", $"PartName=\"/{folder}", StringComparison.Ordinal);
    }

    private static Part Single(List<Part> parts, string name) =>
        parts.SingleOrDefault(p => p.Name == name) ?? throw new InvalidOperationException($"The package has no part {name}.");

    private static string WithDimension(string sheet, string reference) =>
        sheet.Contains("<dimension ", StringComparison.Ordinal)
            ? Regex.Replace(sheet, "<dimension [^>]*/>", $"<dimension ref=\"{reference}\"/>")
            : Regex.Replace(sheet, "(<worksheet [^>]*>)", $"$1<dimension ref=\"{reference}\"/>");

    private static int LastRowNumber(string sheet) =>
        RowNumber().Matches(sheet).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max();

    private static string ColumnName(int column)
    {
        var name = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + (column - 1) % 26) + name;
        }

        return name;
    }

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text);

    [GeneratedRegex("<row r=\"(\\d+)\"")]
    private static partial Regex RowNumber();

    [GeneratedRegex("<row r=\"(?<row>\\d+)\"[^>]*(?<!/)>.*?</row>")]
    private static partial Regex WholeRow();

    [GeneratedRegex("<c(?<attributes>[^>]*?) t=\"s\"><v>(?<index>\\d+)</v></c>")]
    private static partial Regex SharedCell();

    [GeneratedRegex("<si><t(?: xml:space=\"preserve\")?>(?<text>[^<]*)</t></si>")]
    private static partial Regex PlainItem();
}
