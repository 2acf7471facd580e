using System.IO.Compression;
using System.Text;

namespace Pipeline.Workbooks;

/// <summary>
/// Writes a minimal .xlsx by hand — content types, relationships, a workbook of one sheet named
/// "Biểu 01", optionally a shared-string table — with each part streamed, so a part can hold
/// far more than anything built in memory. For files no spreadsheet program would save.
/// </summary>
internal static class RawXlsxPackage
{
    public const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    /// <summary>Opening of a worksheet part, up to and including &lt;sheetData&gt;.</summary>
    public const string SheetStart = Declaration + "<worksheet xmlns=\"" + MainNs + "\"><sheetData>";

    public const string SheetEnd = "</sheetData></worksheet>";

    /// <summary>A sheet whose only cell, A1, is the number 1.</summary>
    public const string OneCellSheet = SheetStart + "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>" + SheetEnd;

    /// <param name="writeSheet">Writes the whole worksheet part, declaration included.</param>
    /// <param name="writeSharedStrings">Writes the whole shared-string part, or null for none.</param>
    /// <param name="writeStyles">Writes the whole styles part, or null for none.</param>
    public static byte[] Create(Action<TextWriter> writeSheet, Action<TextWriter>? writeSharedStrings = null, Action<TextWriter>? writeStyles = null)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var shared = writeSharedStrings is not null;
            var styled = writeStyles is not null;
            Part(zip, "[Content_Types].xml", w => w.Write(
                Declaration + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + (shared ? "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>" : "")
                + (styled ? "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>" : "")
                + "</Types>"));
            Part(zip, "_rels/.rels", w => w.Write(
                Declaration + $"<Relationships xmlns=\"{PackageRelNs}\">"
                + $"<Relationship Id=\"rId1\" Type=\"{RelNs}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            Part(zip, "xl/workbook.xml", w => w.Write(
                Declaration + $"<workbook xmlns=\"{MainNs}\" xmlns:r=\"{RelNs}\">"
                + "<sheets><sheet name=\"Biểu 01\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            Part(zip, "xl/_rels/workbook.xml.rels", w => w.Write(
                Declaration + $"<Relationships xmlns=\"{PackageRelNs}\">"
                + $"<Relationship Id=\"rId1\" Type=\"{RelNs}/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + (shared ? $"<Relationship Id=\"rId2\" Type=\"{RelNs}/sharedStrings\" Target=\"sharedStrings.xml\"/>" : "")
                + (styled ? $"<Relationship Id=\"rId3\" Type=\"{RelNs}/styles\" Target=\"styles.xml\"/>" : "")
                + "</Relationships>"));
            Part(zip, "xl/worksheets/sheet1.xml", writeSheet);
            if (writeSharedStrings is not null) Part(zip, "xl/sharedStrings.xml", writeSharedStrings);
            if (writeStyles is not null) Part(zip, "xl/styles.xml", writeStyles);
        }

        return buffer.ToArray();
    }

    /// <summary>A copy of <paramref name="xlsx"/> with the text of one part changed.</summary>
    public static byte[] Rewrite(byte[] xlsx, string partName, Func<string, string> change)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(xlsx, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = entry.Open();
                using var writer = target.CreateEntry(entry.FullName, CompressionLevel.Optimal).Open();
                if (entry.FullName != partName)
                {
                    reader.CopyTo(writer);
                    continue;
                }

                using var text = new StreamReader(reader, Encoding.UTF8);
                var changed = change(text.ReadToEnd());
                if (changed.Length == 0) throw new InvalidOperationException($"{partName} would be empty.");
                writer.Write(new UTF8Encoding(false).GetBytes(changed));
            }
        }

        return output.ToArray();
    }

    /// <summary>
    /// A copy of a package from <see cref="Create"/> whose workbook has <paramref name="sheets"/>
    /// sheets ("Biểu 01", …), each with its own copy of the one worksheet part.
    /// </summary>
    public static byte[] WithSheetCopies(byte[] xlsx, int sheets)
    {
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(xlsx, writable: false), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                var copies = entry.FullName switch
                {
                    "xl/worksheets/sheet1.xml" => Enumerable.Range(1, sheets).Select(i => $"xl/worksheets/sheet{i}.xml"),
                    _ => [entry.FullName],
                };
                foreach (var name in copies)
                {
                    using var reader = entry.Open();
                    using var writer = target.CreateEntry(name, CompressionLevel.SmallestSize).Open();
                    if (entry.FullName is "xl/workbook.xml" or "xl/_rels/workbook.xml.rels")
                    {
                        using var text = new StreamReader(reader, Encoding.UTF8);
                        writer.Write(new UTF8Encoding(false).GetBytes(ListSheets(text.ReadToEnd(), sheets)));
                    }
                    else
                    {
                        reader.CopyTo(writer);
                    }
                }
            }
        }

        return output.ToArray();
    }

    private static string ListSheets(string xml, int sheets)
    {
        const string sheet = "<sheet name=\"Biểu 01\" sheetId=\"1\" r:id=\"rId1\"/>";
        var relationship = $"<Relationship Id=\"rId1\" Type=\"{RelNs}/worksheet\" Target=\"worksheets/sheet1.xml\"/>";
        var one = xml.Contains(sheet, StringComparison.Ordinal) ? sheet : relationship;
        var many = string.Concat(Enumerable.Range(1, sheets).Select(i => one == sheet
            ? $"<sheet name=\"Biểu {i:D2}\" sheetId=\"{i}\" r:id=\"rS{i}\"/>"
            : $"<Relationship Id=\"rS{i}\" Type=\"{RelNs}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>"));
        return xml.Replace(one, many, StringComparison.Ordinal);
    }

    /// <summary>Writes <paramref name="count"/> copies of one character without building them as a string.</summary>
    public static void Repeat(TextWriter writer, char character, long count)
    {
        var chunk = new string(character, 64 * 1024);
        for (var left = count; left > 0; left -= chunk.Length)
        {
            writer.Write(chunk.AsSpan(0, (int)Math.Min(left, chunk.Length)));
        }
    }

    private static void Part(ZipArchive zip, string name, Action<TextWriter> write)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024);
        write(writer);
    }
}
