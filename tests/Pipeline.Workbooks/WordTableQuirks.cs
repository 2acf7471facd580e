using System.Text.RegularExpressions;

namespace Pipeline.Workbooks;

/// <summary>
/// The sample report (<see cref="SampleReports.BoSinh2025"/>) with its annex tables laid out as other people and tools
/// leave them: a table split in two across a page, a table framed in a layout table, tracked changes inside a table,
/// the commune named only in the annex page's national header, the titles in text boxes. Each is the sample's
/// document part rewritten the way Word (or LibreOffice) writes that markup; a reader should find the same three
/// annexes with the same rows in each.
/// </summary>
public static partial class WordTableQuirks
{
    /// <summary>Body rows of each annex table before the split in <see cref="SplitAcrossPages"/>: mid-table, inside a group.</summary>
    public const int RowsBeforeSplit = 12;

    /// <summary>What the Chiềng En annex's first target row held before it was moved (<see cref="TrackedChanges"/>): never to be read.</summary>
    public const string MovedAwayText = "88";

    private const string PageBreak = "<w:p><w:r><w:br w:type=\"page\" /></w:r></w:p>";

    [GeneratedRegex("<w:tbl>.*?</w:tbl>", RegexOptions.Singleline)]
    private static partial Regex TablePattern();

    [GeneratedRegex("<w:tr>.*?</w:tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<w:t xml:space=\"preserve\">(.*?)</w:t>", RegexOptions.Singleline)]
    private static partial Regex TextPattern();

    /// <summary>What the second part of a split table has over its rows (<see cref="SplitAcrossPages"/>).</summary>
    public enum SplitHeader
    {
        /// <summary>Nothing: Word's split (Ctrl+Shift+Enter) leaves the rows alone.</summary>
        None,

        /// <summary>The header rows copied over it by hand.</summary>
        Repeated,

        /// <summary>Only the column numbering row "(1) (2) … (7)", as forms repeat it on every page.</summary>
        NumberingRow,
    }

    /// <summary>
    /// Each annex table split in two after <see cref="RowsBeforeSplit"/> rows of its own (Ctrl+Shift+Enter, or a page break typed
    /// between rows), a page break between the parts: the second has the same grid and, over its rows, what
    /// <paramref name="header"/> says; numbering continues. Each is still one annex.
    /// </summary>
    /// <param name="rowsBefore">Body rows left in the first part; 0 leaves it the header alone (split right under it).</param>
    public static byte[] SplitAcrossPages(SplitHeader header = SplitHeader.None, int rowsBefore = RowsBeforeSplit) =>
        EachAnnexTable(table =>
        {
            var rows = RowPattern().Matches(table).Select(m => m.Value).ToList();
            var head = table[..table.IndexOf("<w:tr>", StringComparison.Ordinal)];
            var headerRows = rows.TakeWhile(r => r.Contains("<w:tblHeader", StringComparison.Ordinal)).ToList();
            var columns = head.Split("<w:gridCol ").Length - 1;
            var over = header switch
            {
                SplitHeader.Repeated => string.Concat(headerRows),
                SplitHeader.NumberingRow => "<w:tr>" + string.Concat(Enumerable.Range(1, columns).Select(c => $"<w:tc><w:p><w:pPr><w:jc w:val=\"center\" /></w:pPr><w:r><w:t>({c})</w:t></w:r></w:p></w:tc>")) + "</w:tr>",
                _ => string.Empty,
            };
            var split = headerRows.Count + rowsBefore;
            return head + string.Concat(rows.Take(split)) + "</w:tbl>" + PageBreak + head + over + string.Concat(rows.Skip(split)) + "</w:tbl>";
        });

    /// <summary>
    /// Each annex table with its header rows typed again over its rows after <see cref="RowsBeforeSplit"/> of them, inside the
    /// same table, as a clerk does to have the header on the next printed page without Word's "repeat header rows".
    /// </summary>
    public static byte[] HeaderRetypedInsideTable() =>
        EachAnnexTable(table =>
        {
            var rows = RowPattern().Matches(table).Select(m => m.Value).ToList();
            var headerRows = rows.TakeWhile(r => r.Contains("<w:tblHeader", StringComparison.Ordinal)).ToList();
            var at = headerRows.Count + RowsBeforeSplit;
            var copy = string.Concat(headerRows.Select(r => r.Replace("<w:trPr><w:tblHeader /></w:trPr>", string.Empty, StringComparison.Ordinal)));
            var position = table.IndexOf(rows[at], StringComparison.Ordinal);
            return table[..position] + copy + table[position..];
        });

    /// <summary>
    /// Each annex table given twice in an <c>mc:AlternateContent</c> — for readers that know Word 2010's w14 markup
    /// (<c>mc:Choice Requires="w14"</c>) and for those that do not (<c>mc:Fallback</c>), as a newer editor keeps content an
    /// older one may not read. One copy is the annex.
    /// </summary>
    public static byte[] TablesInAlternateContent() =>
        Rewrite(xml =>
        {
            xml = xml.Replace(
                $"<w:document xmlns:w=\"{WordMain}\">",
                $"<w:document xmlns:w=\"{WordMain}\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" mc:Ignorable=\"w14\">",
                StringComparison.Ordinal);
            var tables = TablePattern().Matches(xml);
            for (var i = tables.Count - 1; i >= 1; i--)
            {
                var table = tables[i].Value;
                xml = xml[..tables[i].Index]
                    + "<mc:AlternateContent><mc:Choice Requires=\"w14\">" + table + "</mc:Choice><mc:Fallback>" + table + "</mc:Fallback></mc:AlternateContent>"
                    + xml[(tables[i].Index + tables[i].Length)..];
            }

            return xml;
        });

    /// <summary>Each annex table inside the one cell of a borderless layout table (a "frame" some clerks draw around an annex page).</summary>
    public static byte[] FramedInLayoutTables() =>
        EachAnnexTable(table =>
            "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\" /></w:tblPr><w:tblGrid><w:gridCol w:w=\"14000\" /></w:tblGrid>"
            + "<w:tr><w:tc><w:tcPr><w:tcW w:w=\"14000\" w:type=\"dxa\" /></w:tcPr>" + table + "<w:p /></w:tc></w:tr></w:tbl>");

    /// <summary>
    /// A leading "Lĩnh vực" column naming each group's field, merged down over its rows (<c>w:vMerge</c>), in the annexes
    /// that have group rows ("Kinh tế | I | Nhóm chỉ tiêu chủ yếu về kinh tế", then "⋮ | 1 | Thu nhập …"): the header
    /// gains a column, the group's ordinal stands second.
    /// </summary>
    public static byte[] FieldColumn() =>
        EachAnnexTable(table =>
        {
            const string GroupSpan = "<w:gridSpan w:val=\"6\" />";
            if (!table.Contains(GroupSpan, StringComparison.Ordinal))
            {
                return table;
            }

            var edited = table.Replace("<w:tblGrid>", "<w:tblGrid><w:gridCol w:w=\"1100\" />", StringComparison.Ordinal);
            var headerSeen = false;
            foreach (var row in RowPattern().Matches(table).Select(m => m.Value))
            {
                string cell;
                if (row.Contains("<w:tblHeader", StringComparison.Ordinal))
                {
                    cell = headerSeen ? Cell(string.Empty, "<w:vMerge />") : Cell("Lĩnh vực", "<w:vMerge w:val=\"restart\" />");
                    headerSeen = true;
                }
                else if (row.Contains(GroupSpan, StringComparison.Ordinal))
                {
                    var title = TextPattern().Matches(row)[1].Groups[1].Value;
                    cell = Cell(title[(title.LastIndexOf(" về ", StringComparison.Ordinal) + 4)..], "<w:vMerge w:val=\"restart\" />");
                }
                else
                {
                    cell = Cell(string.Empty, "<w:vMerge />");
                }

                var first = row.IndexOf("<w:tc>", StringComparison.Ordinal);
                edited = edited.Replace(row, row[..first] + cell + row[first..], StringComparison.Ordinal);
            }

            return edited;
        });

    private static string Cell(string text, string properties) =>
        "<w:tc><w:tcPr>" + properties + "</w:tcPr>" + (text.Length == 0 ? "<w:p />" : Title(text)) + "</w:tc>";

    /// <summary>
    /// Tracked changes left in the tables, as Word writes them: in the Chiềng En annex the first target's result has
    /// <see cref="MovedAwayText"/> moved out of it (<c>w:moveFrom</c>, whose runs keep <c>w:t</c>), and a copy of that row
    /// was inserted and then deleted (<c>w:trPr/w:del</c>, its runs in <c>w:del</c>). Neither is text of the table.
    /// </summary>
    public static byte[] TrackedChanges() =>
        Rewrite(xml =>
        {
            var table = TablePattern().Matches(xml)[1];
            var rows = RowPattern().Matches(table.Value).Select(m => m.Value).ToList();
            var income = rows.First(r => r.Contains(">27,5<", StringComparison.Ordinal));
            var moved = income.Replace(
                "<w:t xml:space=\"preserve\">27,5</w:t></w:r>",
                "<w:t xml:space=\"preserve\">27,5</w:t></w:r><w:moveFrom w:id=\"901\" w:author=\"Văn phòng\" w:date=\"2025-07-01T00:00:00Z\"><w:r><w:t>"
                + MovedAwayText + "</w:t></w:r></w:moveFrom>",
                StringComparison.Ordinal);
            var deleted = "<w:tr><w:trPr><w:del w:id=\"902\" w:author=\"Văn phòng\" w:date=\"2025-07-01T00:00:00Z\" /></w:trPr>"
                + income["<w:tr>".Length..].Replace("<w:r>", "<w:del w:id=\"903\" w:author=\"Văn phòng\" w:date=\"2025-07-01T00:00:00Z\"><w:r>", StringComparison.Ordinal)
                    .Replace("</w:r>", "</w:r></w:del>", StringComparison.Ordinal)
                    .Replace("<w:t xml:space=\"preserve\">", "<w:delText xml:space=\"preserve\">", StringComparison.Ordinal)
                    .Replace("</w:t>", "</w:delText>", StringComparison.Ordinal);
            var edited = table.Value.Replace(income, moved + deleted, StringComparison.Ordinal);
            return xml[..table.Index] + edited + xml[(table.Index + table.Length)..];
        });

    /// <summary>
    /// The Chiềng En annex's first target's result "27,5" followed by a hidden run (<c>w:vanish</c>, Font ▸ Hidden) holding
    /// <see cref="MovedAwayText"/>: a figure the clerk hid rather than deleted. Word neither shows nor prints it.
    /// </summary>
    public static byte[] HiddenText() =>
        Rewrite(xml =>
        {
            var table = TablePattern().Matches(xml)[1];
            var edited = table.Value.Replace(
                "<w:t xml:space=\"preserve\">27,5</w:t></w:r>",
                "<w:t xml:space=\"preserve\">27,5</w:t></w:r><w:r><w:rPr><w:vanish /></w:rPr><w:t>" + MovedAwayText + "</w:t></w:r>",
                StringComparison.Ordinal);
            return xml[..table.Index] + edited + xml[(table.Index + table.Length)..];
        });

    /// <summary>
    /// The Chiềng En annex's party-admission target "50" typed "≥ 50", the sign inserted from the Symbol font (Insert ▸ Symbol:
    /// <c>w:sym w:font="Symbol" w:char="F0B3"</c>, no character of its own in the text).
    /// </summary>
    public static byte[] SymbolInTarget() =>
        Rewrite(xml =>
        {
            var table = TablePattern().Matches(xml)[1];
            var row = RowPattern().Matches(table.Value).Select(m => m.Value).First(r => r.Contains("Kết nạp mới 50", StringComparison.Ordinal));
            var edited = row.Replace(
                "<w:r><w:t xml:space=\"preserve\">50</w:t></w:r>",
                "<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B3\" /><w:t xml:space=\"preserve\"> 50</w:t></w:r>",
                StringComparison.Ordinal);
            return xml[..table.Index] + table.Value.Replace(row, edited, StringComparison.Ordinal) + xml[(table.Index + table.Length)..];
        });

    /// <summary>
    /// Each annex on a page of its own that opens with the party's national header — "ĐẢNG BỘ XÃ CHIỀNG EN", "*",
    /// "ĐẢNG CỘNG SẢN VIỆT NAM", the place and date — above "BIỂU SỐ 0n" and a title naming no commune
    /// ("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI"): the header is the only place the commune is named.
    /// With <paramref name="asLayoutTable"/> the header is set as reports set it, in a borderless two-column table.
    /// </summary>
    /// <param name="label">The word(s) before the annex's number on its "BIỂU SỐ 0n" line: "BIỂU", "PHỤ BIỂU", "PHỤ LỤC" as other clerks write it.</param>
    public static byte[] CommuneOnlyInPageHeader(bool asLayoutTable = false, string label = "BIỂU SỐ") =>
        Rewrite(xml =>
        {
            string[] communes = ["Chiềng En", "Pú Bẩu", "Bó Sinh"];
            for (var n = 1; n <= communes.Length; n++)
            {
                var upper = communes[n - 1].ToUpperInvariant();
                xml = xml.Replace(Title($"KẾT QUẢ THỰC HIỆN NGHỊ ĐẠI HỘI ĐẢNG BỘ XÃ {upper}"), Title("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT ĐẠI HỘI"), StringComparison.Ordinal);
                var header = asLayoutTable
                    ? "<w:tbl><w:tblPr><w:tblW w:w=\"5000\" w:type=\"pct\" /></w:tblPr><w:tblGrid><w:gridCol w:w=\"7000\" /><w:gridCol w:w=\"7000\" /></w:tblGrid><w:tr>"
                        + $"<w:tc>{Title($"ĐẢNG BỘ XÃ {upper}")}{Title("*")}</w:tc>"
                        + $"<w:tc>{Title("ĐẢNG CỘNG SẢN VIỆT NAM")}{Title($"{communes[n - 1]}, ngày 15 tháng 6 năm 2025")}</w:tc></w:tr></w:tbl>"
                    : Title($"ĐẢNG BỘ XÃ {upper}") + Title("*") + Title("ĐẢNG CỘNG SẢN VIỆT NAM") + Title($"{communes[n - 1]}, ngày 15 tháng 6 năm 2025");
                xml = xml.Replace(Title($"BIỂU SỐ 0{n}"), header + Title($"{label} 0{n}"), StringComparison.Ordinal);
            }

            return xml;
        });

    /// <summary>
    /// Each annex's title lines ("BIỂU SỐ 0n", the title naming the commune, the term, the note) typed in a text box above
    /// its table, as Word 2010+ saves one: the DrawingML shape (<c>mc:Choice</c>) and its VML copy (<c>mc:Fallback</c>), both
    /// holding the same paragraphs — or, <paramref name="vmlOnly"/>, the VML text box alone, as older Word and converters write.
    /// </summary>
    public static byte[] TitlesInTextBoxes(bool vmlOnly = false) =>
        Rewrite(xml =>
        {
            xml = xml.Replace(
                $"<w:document xmlns:w=\"{WordMain}\">",
                $"<w:document xmlns:w=\"{WordMain}\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\">",
                StringComparison.Ordinal);
            for (var n = 1; n <= 3; n++)
            {
                var table = TablePattern().Matches(xml)[n];
                var start = xml.LastIndexOf(Title($"BIỂU SỐ 0{n}"), table.Index, StringComparison.Ordinal);
                var titles = xml[start..table.Index];
                var lines = TextPattern().Matches(titles).Select(m => m.Groups[1].Value).ToList();
                xml = xml[..start] + TextBox(lines, 100 + n, vmlOnly) + xml[table.Index..];
            }

            return xml;
        });

    /// <summary>
    /// The Chiềng En annex's budget row ("Thu ngân sách trên địa bàn", 175 → 237 million, 135,4%) typed ten times larger with
    /// thousands grouped by a non-breaking space, as Word's number formats and French-style clerks write them: "1 750" and
    /// "2 370" — still 135,4%.
    /// </summary>
    public static byte[] ThousandsGroupedBySpaces() =>
        Rewrite(xml =>
        {
            var table = TablePattern().Matches(xml)[1];
            var row = RowPattern().Matches(table.Value).Select(m => m.Value).First(r => r.Contains("Thu ngân sách", StringComparison.Ordinal));
            var grouped = row.Replace(">175<", ">1\u00A0750<", StringComparison.Ordinal).Replace(">237<", ">2\u00A0370<", StringComparison.Ordinal);
            return xml[..table.Index] + table.Value.Replace(row, grouped, StringComparison.Ordinal) + xml[(table.Index + table.Length)..];
        });

    private const string WordMain = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static string TextBox(IReadOnlyList<string> lines, int id, bool vmlOnly)
    {
        var content = "<w:txbxContent>" + string.Concat(lines.Select(Title)) + "</w:txbxContent>";
        var vml = "<w:pict><v:shape id=\"TextBox" + id + "\" style=\"width:600pt;height:80pt\" type=\"#_x0000_t202\"><v:textbox>" + content + "</v:textbox></v:shape></w:pict>";
        if (vmlOnly)
        {
            return "<w:p><w:r>" + vml + "</w:r></w:p>";
        }

        return "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
            + "<wp:anchor distT=\"0\" distB=\"0\" distL=\"114300\" distR=\"114300\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\" allowOverlap=\"1\">"
            + "<wp:simplePos x=\"0\" y=\"0\" /><wp:positionH relativeFrom=\"column\"><wp:posOffset>0</wp:posOffset></wp:positionH>"
            + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx=\"7600000\" cy=\"1000000\" />"
            + "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\" /><wp:wrapTopAndBottom /><wp:docPr id=\"" + id + "\" name=\"Text Box " + id + "\" /><wp:cNvGraphicFramePr />"
            + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><wps:wsp><wps:cNvSpPr txBox=\"1\" />"
            + "<wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\" /><a:ext cx=\"7600000\" cy=\"1000000\" /></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst /></a:prstGeom></wps:spPr>"
            + "<wps:txbx>" + content + "</wps:txbx><wps:bodyPr /></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
            + "<mc:Fallback>" + vml + "</mc:Fallback></mc:AlternateContent></w:r></w:p>";
    }

    /// <summary>A bold centred title paragraph as <see cref="WordReportWriter"/> writes the annexes' titles.</summary>
    private static string Title(string text) =>
        "<w:p><w:pPr><w:jc w:val=\"center\" /></w:pPr><w:r><w:rPr><w:b /></w:rPr><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";

    /// <summary>The sample with each annex table (the tables after the signature) rewritten by <paramref name="edit"/>.</summary>
    private static byte[] EachAnnexTable(Func<string, string> edit) =>
        Rewrite(xml =>
        {
            var tables = TablePattern().Matches(xml);
            // Table 0 is the signature block; rewrite from the last so earlier positions hold.
            for (var i = tables.Count - 1; i >= 1; i--)
            {
                xml = xml[..tables[i].Index] + edit(tables[i].Value) + xml[(tables[i].Index + tables[i].Length)..];
            }

            return xml;
        });

    private static byte[] Rewrite(Func<string, string> edit) =>
        BadReports.Rewrite(SampleReports.BoSinh2025.ToBytes(), "word/document.xml", edit);
}
