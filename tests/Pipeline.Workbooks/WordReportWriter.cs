using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Pipeline.Workbooks;

/// <summary>
/// Writes a <see cref="WordReport"/> as a .docx with the Open XML SDK, as Word saves one: heading
/// styles on "Phần thứ …" and "2.1. Đối với xã …" lines, the signature block in a borderless table,
/// then each annex as a bordered table drawn from the same grid as its workbook sheet
/// (<see cref="AnnexSheetLayout"/>): merged header cells become <c>w:gridSpan</c> and <c>w:vMerge</c>,
/// a header text broken over lines becomes paragraphs of its cell, a body text broken over lines
/// ("Không\nđạt") a line break (<c>w:br</c>) inside its paragraph, numbers as Vietnamese Excel shows them
/// (<see cref="CellDisplay"/>). A report with a <see cref="WordReport.LegacyFont"/> has every run typed in it.
/// </summary>
public static partial class WordReportWriter
{
    [GeneratedRegex(@"^(Phần thứ \p{L}+|\d+\.\d+\.\s+Đối với xã .+)$")]
    private static partial Regex HeadingLine();

    public static byte[] ToBytes(WordReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var font = report.LegacyFont;
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var stylesFont = report.LegacyFontInStyles ? font : null;
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles(stylesFont ?? "Times New Roman");
            var body = new Body();
            var signature = IndexOf(report.Lines, "Nơi nhận:");
            foreach (var line in signature < 0 ? report.Lines : report.Lines.Take(signature))
            {
                body.Append(HeadingLine().IsMatch(line) ? Heading(line, font) : Plain(line, font));
            }

            if (signature >= 0)
            {
                body.Append(SignatureTable(report.Lines.Skip(signature).ToList(), font));
            }

            foreach (var annex in report.Annexes)
            {
                body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                if (!report.UntitledAnnexes)
                {
                    foreach (var title in annex.Titles)
                    {
                        body.Append(Centered(title, bold: !title.StartsWith('('), italic: title.StartsWith('('), font));
                    }
                }

                body.Append(AnnexTableOf(annex, font));
                body.Append(new Paragraph());
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U }));
            if (stylesFont is not null)
            {
                // The style gives the font: runs keep only the fonts that differ from it.
                foreach (var runFonts in body.Descendants<RunFonts>().Where(f => f.HighAnsi?.Value == stylesFont).ToList())
                {
                    runFonts.Remove();
                }
            }

            main.Document = new Document(body);
        }

        return buffer.ToArray();
    }

    /// <summary>The annex's grid as its workbook sheet draws it, without titles or signature: header, numbering row, body.</summary>
    private static Table AnnexTableOf(AnnexTable annex, string? legacyFont)
    {
        var sheet = AnnexSheetLayout.ToSheet(
            annex with { Titles = [], Signature = null, Layout = annex.Layout with { BlankRowsAfterTitle = 0, LeadingColumns = 0 } },
            "Biểu");
        var width = annex.Columns.Count;
        var widths = sheet.ColumnWidths;
        var table = new Table(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                Borders(BorderValues.Single),
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(Enumerable.Range(0, width).Select(c => new GridColumn { Width = ((int)((c < widths.Count ? widths[c] : 10) * 110)).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        var headerRows = sheet.Rows.Count - annex.Rows.Count;
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            var row = new TableRow();
            if (r < headerRows)
            {
                row.Append(new TableRowProperties(new TableHeader()));
            }

            for (var c = 0; c < width;)
            {
                var merge = sheet.Merges.FirstOrDefault(m => m.Contains(r, c));
                var span = merge?.ColumnCount ?? 1;
                var properties = new TableCellProperties();
                if (span > 1)
                {
                    properties.Append(new GridSpan { Val = span });
                }

                if (merge is { RowCount: > 1 })
                {
                    // The first row restarts the merge; the rows under it continue it (no value: "continue").
                    properties.Append(merge.FirstRow == r ? new VerticalMerge { Val = MergedCellValues.Restart } : new VerticalMerge());
                }

                var cell = new TableCell(properties);
                var spec = merge is null || (merge.FirstRow == r && merge.FirstColumn == c) ? CellAt(sheet, r, c) : CellSpec.Empty;
                var text = merge is { } m && m.FirstRow != r ? string.Empty : CellDisplay.Of(spec);
                var bold = r < headerRows || sheet.Rows[r].Count > 0 && annex.Rows[r - headerRows] is AnnexGroupRow;
                if (r < headerRows)
                {
                    // A header broken over lines: one paragraph a line, as Enter in a Word cell makes.
                    foreach (var line in text.Split('\n'))
                    {
                        cell.Append(Centered(line, bold, italic: false, legacyFont));
                    }
                }
                else
                {
                    cell.Append(CellParagraph(text, bold, legacyFont));
                }

                row.Append(cell);
                c += span;
            }

            table.Append(row);
        }

        return table;
    }

    private static CellSpec CellAt(SheetSpec sheet, int row, int column) =>
        column < sheet.Rows[row].Count ? sheet.Rows[row][column] : CellSpec.Empty;

    /// <summary>A body cell's paragraph: lines of the text joined by line breaks (Shift+Enter).</summary>
    private static Paragraph CellParagraph(string text, bool bold, string? legacyFont)
    {
        var run = new Run();
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (Typed(properties, text, legacyFont).HasChildren)
        {
            run.Append(properties);
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new Break());
            }

            run.Append(new Text(TypedText(lines[i], legacyFont)) { Space = SpaceProcessingModeValues.Preserve });
        }

        return new Paragraph(run);
    }

    /// <summary>"Nơi nhận:" and its list on the left, the signer on the right, in a borderless table.</summary>
    private static Table SignatureTable(List<string> lines, string? legacyFont)
    {
        var signer = lines.FindIndex(l => l.StartsWith("T/M", StringComparison.Ordinal));
        var left = signer < 0 ? lines : lines[..signer];
        var right = signer < 0 ? [] : lines[signer..];
        var leftCell = new TableCell(left.Select((l, i) => i == 0 ? Styled(l, bold: true, italic: true, JustificationValues.Left, legacyFont) : Styled(l, false, false, JustificationValues.Left, legacyFont)));
        var rightCell = new TableCell(right.Count == 0 ? [new Paragraph()] : right.Select(l => Centered(l, bold: true, italic: false, legacyFont)));
        return new Table(
            new TableProperties(new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }, Borders(BorderValues.None)),
            new TableGrid(new GridColumn { Width = "7000" }, new GridColumn { Width = "7000" }),
            new TableRow(leftCell, rightCell));
    }

    private static TableBorders Borders(BorderValues kind) => new(
        new TopBorder { Val = kind, Size = 4U },
        new LeftBorder { Val = kind, Size = 4U },
        new BottomBorder { Val = kind, Size = 4U },
        new RightBorder { Val = kind, Size = 4U },
        new InsideHorizontalBorder { Val = kind, Size = 4U },
        new InsideVerticalBorder { Val = kind, Size = 4U });

    private static Paragraph Plain(string text, string? legacyFont) =>
        new(TextRuns(text, bold: false, italic: false, legacyFont).Prepend<OpenXmlElement>(new ParagraphProperties(new Justification { Val = JustificationValues.Both })));

    private static Paragraph Heading(string text, string? legacyFont) =>
        new(TextRuns(text, bold: false, italic: false, legacyFont).Prepend<OpenXmlElement>(
            new ParagraphProperties(new ParagraphStyleId { Val = text.StartsWith("Phần", StringComparison.Ordinal) ? "Heading1" : "Heading2" })));

    private static Paragraph Centered(string text, bool bold, bool italic, string? legacyFont) => Styled(text, bold, italic, JustificationValues.Center, legacyFont);

    private static Paragraph Styled(string text, bool bold, bool italic, JustificationValues justification, string? legacyFont) =>
        new(TextRuns(text, bold, italic, legacyFont).Prepend<OpenXmlElement>(new ParagraphProperties(new Justification { Val = justification })));

    /// <summary>
    /// The paragraph's runs: one, unless the report is typed in TCVN3 and the line mixes words in toned capitals
    /// with lower-case ones ("I- BỐI CẢNH … (nhiệm kỳ 2025-2030)"): a typist sets the capitals in the H font, the rest in the plain one.
    /// </summary>
    private static IEnumerable<Run> TextRuns(string text, bool bold, bool italic, string? legacyFont)
    {
        if (legacyFont is not { } font || !font.StartsWith(".Vn", StringComparison.Ordinal) || !LegacyTypist.NeedsCapitalsFont(text) || !text.Any(char.IsLower))
        {
            return [TextRun(text, bold, italic, legacyFont)];
        }

        var pieces = new List<(bool Capitals, string Text)>();
        foreach (var word in WordsAndSpaces().Split(text))
        {
            // Words without letters of either case (spaces, "2025-2030") go with the run before them.
            bool? capitals = word.Any(char.IsLower) ? false : word.Any(char.IsUpper) ? true : null;
            if (pieces.Count > 0 && (capitals is null || capitals == pieces[^1].Capitals))
            {
                pieces[^1] = (pieces[^1].Capitals, pieces[^1].Text + word);
            }
            else
            {
                pieces.Add((capitals ?? false, word));
            }
        }

        return pieces.Select(p => TextRun(p.Text, bold, italic, legacyFont, p.Capitals ? font + "H" : font));
    }

    [GeneratedRegex(@"(\s+)")]
    private static partial Regex WordsAndSpaces();

    private static Run TextRun(string text, bool bold, bool italic, string? legacyFont, string? fontName = null)
    {
        var properties = new RunProperties();
        if (bold)
        {
            properties.Append(new Bold());
        }

        if (italic)
        {
            properties.Append(new Italic());
        }

        return new Run(Typed(properties, text, legacyFont, fontName), new Text(TypedText(text, legacyFont)) { Space = SpaceProcessingModeValues.Preserve });
    }

    /// <summary>The run's properties with the legacy font set (first, as the schema orders rFonts), when the report has one.</summary>
    private static RunProperties Typed(RunProperties properties, string text, string? legacyFont, string? fontName = null)
    {
        if (legacyFont is not { } font)
        {
            return properties;
        }

        // TCVN3 has no toned capitals: a line in capitals is typed in the font's H variant.
        var name = fontName ?? (font.StartsWith(".Vn", StringComparison.Ordinal) && LegacyTypist.NeedsCapitalsFont(text) && !text.Any(char.IsLower) ? font + "H" : font);
        properties.PrependChild(new RunFonts { Ascii = name, HighAnsi = name });
        return properties;
    }

    /// <summary>The text as typed in the report's legacy font, or as it is.</summary>
    private static string TypedText(string text, string? legacyFont) =>
        legacyFont switch
        {
            null => text,
            var font when font.StartsWith(".Vn", StringComparison.Ordinal) => LegacyTypist.ToTcvn3(text),
            _ => LegacyTypist.ToVni(text),
        };

    private static Styles Styles(string font) => new(
        new Style(new StyleName { Val = "Normal" }, new StyleRunProperties(new RunFonts { Ascii = font, HighAnsi = font }, new FontSize { Val = "26" }))
        {
            Type = StyleValues.Paragraph,
            StyleId = "Normal",
            Default = true,
        },
        HeadingStyle("Heading1", "heading 1", 0, "28"),
        HeadingStyle("Heading2", "heading 2", 1, "26"));

    private static Style HeadingStyle(string id, string name, int level, string size) => new(
        new StyleName { Val = name },
        new BasedOn { Val = "Normal" },
        new NextParagraphStyle { Val = "Normal" },
        new StyleParagraphProperties(new KeepNext(), new Justification { Val = level == 0 ? JustificationValues.Center : JustificationValues.Left }, new OutlineLevel { Val = level }),
        new StyleRunProperties(new Bold(), new FontSize { Val = size }))
    {
        Type = StyleValues.Paragraph,
        StyleId = id,
    };

    private static int IndexOf(IReadOnlyList<string> lines, string line)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i] == line)
            {
                return i;
            }
        }

        return -1;
    }
}
