using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Pipeline.Core.Annexes;
using Pipeline.Core.Text;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Reads a commune's Word report (.docx): each table — a table in a cell or a text box too, a table split
/// across pages as one — becomes sheet rows (<see cref="WordTableGrid"/>) and goes to the same
/// <see cref="SheetScanner"/> as a worksheet, under the paragraphs written since the previous table as its title
/// rows — "BIỂU SỐ 01 / KẾT QUẢ … XÃ CHIỀNG EN / NHIỆM KỲ 2020-2025" give each annex its own commune and term. Tables that are no annex
/// (layout, signature) give none and are passed over. The body paragraphs outside tables are the
/// report's <see cref="WorkbookReadResult.Narrative"/>. Reached through <see cref="AnnexReader.Read"/>
/// once <see cref="XlsxPackage.WordDocumentPart(Stream, AnnexReadLimits)"/> has found a Word document; never throws for bad input.
/// </summary>
/// <remarks>
/// The document part streams twice and is never loaded whole: first through the xlsx path's own guard
/// (<see cref="XlsxPartStream"/>: inflated bytes against <see cref="AnnexReadLimits.MaxUncompressedBytes"/>,
/// however the zip directory lies, and no run between tags past <see cref="AnnexReadLimits.MaxBytesBetweenTags"/>),
/// then through the Open XML SDK's SAX-style <see cref="OpenXmlReader"/>, which the SDK cannot be handed a
/// counting stream for; it reads a part just shown to be bounded, and is held to the same size again by
/// <see cref="OpenSettings.MaxCharactersInPart"/>. Only the tables being read are held, row by row (those open around
/// a nested one, at most <see cref="AnnexReadLimits.MaxTableNesting"/>), and the last one while only blank paragraphs
/// follow it, in case the next continues it.
/// </remarks>
internal static class WordReportReader
{
    /// <summary>Paragraphs just above a table taken as its titles when none of them starts an annex ("BIỂU SỐ …").</summary>
    private const int UntitledTitleLines = 5;

    /// <summary>Paragraphs kept while waiting for the next table; <see cref="SheetScanner"/> keeps as many title lines.</summary>
    private const int MaxPendingTitles = 40;

    /// <summary>Lines of a page's heading block above an annex's title (the national header, place and date): a few short ones.</summary>
    private const int MaxHeadingLines = 8;

    /// <summary>Characters of one heading-block line; longer lines are the report's text, not a heading.</summary>
    private const int MaxHeadingCharacters = 100;

    /// <param name="package">The whole upload, a zip holding a Word document whose main part is <paramref name="mainPart"/>.</param>
    public static WorkbookReadResult Read(MemoryStream package, string mainPart, AnnexReadOptions options)
    {
        var limits = options.Limits;
        if (Check(package, mainPart, limits) is { } refusal) return WorkbookReadResult.Refused(refusal);
        package.Position = 0;
        try
        {
            using var document = WordprocessingDocument.Open(package, false, new OpenSettings { MaxCharactersInPart = limits.MaxUncompressedBytes });
            if (document.MainDocumentPart is not { } main) return WorkbookReadResult.Refused(Refusals.ReportDamaged("the package has no main document part"));
            return new Walk(options, WordStyleFonts.Read(main)).Read(main);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or IOException or System.Xml.XmlException
            or InvalidOperationException or ArgumentException or NotSupportedException or FormatException or UriFormatException)
        {
            return WorkbookReadResult.Refused(Refusals.ReportDamaged($"{ex.GetType().Name}: {ex.Message}"));
        }
    }

    /// <summary>Streams the document part once through the package guard; returns why it is refused, or null.</summary>
    private static ReadError? Check(MemoryStream package, string mainPart, AnnexReadLimits limits)
    {
        package.Position = 0;
        var inflation = new XlsxInflation(limits.MaxUncompressedBytes);
        XlsxPartReader? part = null;
        try
        {
            using var archive = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
            var entry = new XlsxPartIndex(archive).Find(mainPart);
            if (entry is null) return Refusals.ReportDamaged($"the main document {mainPart} is missing");
            part = XlsxPartReader.Open(entry, inflation, limits);
            while (part.Next())
            {
            }
            return Cut(part, inflation, limits);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or System.Xml.XmlException or NotSupportedException)
        {
            return Cut(part, inflation, limits) ?? Refusals.ReportDamaged($"{mainPart}: {ex.Message}");
        }
        finally
        {
            part?.Dispose();
        }
    }

    private static ReadError? Cut(XlsxPartReader? part, XlsxInflation inflation, AnnexReadLimits limits)
    {
        if (inflation.Exceeded) return Refusals.InflatedTooLarge(limits.MaxUncompressedBytes);
        if (part is { RunTooLong: true })
            return Refusals.ReportTooLarge($"the document part has more than {limits.MaxBytesBetweenTags} bytes between two tags");
        return null;
    }

    /// <summary>One pass over the document part's elements.</summary>
    private sealed class Walk(AnnexReadOptions options, WordStyleFonts styles)
    {
        private readonly AnnexReadLimits _limits = options.Limits;
        private readonly List<Annex> _annexes = [];
        private readonly List<string> _narrative = [];
        private readonly List<string> _pendingTitles = [];
        private readonly StringBuilder _paragraph = new();
        private long _narrativeCharacters;
        private long _cellCharacters;
        private int _rows;
        private int _rowsScanned;
        private int _tables;
        private int _ignoredDepth;
        private bool _inParagraph;
        private bool _inRun;
        private bool _inUnknownText;

        /// <summary>Tracked deletions (<c>w:del</c>) and moves away (<c>w:moveFrom</c>) open around the reader: their text is not the document's.</summary>
        private int _deletedDepth;

        /// <summary>The run is hidden text (<c>w:vanish</c> in its own properties): not shown, not read.</summary>
        private bool _runHidden;

        private bool _inRowProperties;

        /// <summary>
        /// Where in <see cref="_pendingTitles"/> the current page starts — after a page break, a "page break before" or a
        /// section break since the last table — or -1 when no break came. An annex's page opens with its heading block.
        /// </summary>
        private int _pageStart = -1;

        /// <summary>The open paragraph's page break: none, before any of its text (it opens the page), or after some (the next one does).</summary>
        private PageBreak _paragraphBreak;

        /// <summary>The font names the run's text is set in, by what sets them: its own w:rFonts, its character style, its paragraph's style.</summary>
        private string? _runFontName;
        private string? _runStyleFont;
        private string? _paragraphStyleFont;
        private LegacyFont? _paragraphFont;

        /// <summary>Where the paragraph's text changes legacy font (its H capitals run beside plain ones), by position in it.</summary>
        private readonly List<(int Start, LegacyFont? Font)> _fontChanges = [];

        /// <summary>The tables open around the reader, outermost first: a table in a cell is read as a table of its own.</summary>
        private readonly List<OpenTable> _open = [];

        /// <summary>The last top-level table, while nothing but blank paragraphs follows it: the next table may continue it.</summary>
        private HeldTable? _held;

        /// <summary>Text boxes being read: the reader's state in the paragraph that anchors each, restored when the box ends.</summary>
        private readonly Stack<(int IgnoredDepth, bool InParagraph, bool InRun, string? ParagraphStyleFont)> _textBoxes = new();

        /// <summary>Open <c>mc:AlternateContent</c> elements: the branches (<c>mc:Choice</c>, <c>mc:Fallback</c>) each has begun so far.</summary>
        private readonly List<int> _alternates = [];

        /// <summary>Branches open around the reader that are passed over: an alternative's second and later ones.</summary>
        private int _skippedBranches;

        /// <summary>The paragraphs outside tables converted as one sheet's cells are: a report typed in TCVN3 is so throughout.</summary>
        private readonly SheetTextConversion _textConversion = new(null);

        private enum PageBreak
        {
            None,
            Before,
            After,
        }

        /// <summary>A table being read: its grid, the conversion of its legacy text, its number in the document (1 = first, nested ones counted).</summary>
        private sealed record OpenTable(WordTableGrid Grid, SheetTextConversion Conversion, int Number);

        /// <summary>
        /// A table and what it gave (its <see cref="AnnexCount"/> annexes from <see cref="FirstAnnex"/> in the list), kept whole so a
        /// continuation can be appended; once one is (<see cref="Pending"/>), the whole is read again when the run of parts ends.
        /// </summary>
        private sealed record HeldTable(WordTableGrid Grid, IReadOnlyList<string> Titles, int Number, int FirstAnnex, int AnnexCount, int RowsRead, IReadOnlyList<TextConversion> Conversions)
        {
            public bool GaveAnnexes => AnnexCount > 0;

            public bool Pending { get; init; }
        }

        private WordTableGrid? Grid => _open.Count > 0 ? _open[^1].Grid : null;

        public WorkbookReadResult Read(MainDocumentPart main)
        {
            // Misc nodes too: the text of an element the SDK does not know (a run inside w:smartTag) comes only as one.
            using var reader = OpenXmlReader.Create(main, readMiscNodes: true);
            while (reader.Read())
            {
                var error = reader.ElementType == typeof(OpenXmlMiscNode) ? Misc(reader)
                    : reader.IsStartElement ? Start(reader)
                    : reader.IsEndElement ? End(TypeOf(reader))
                    : null;
                if (error is not null) return WorkbookReadResult.Refused(error);
            }
            if (ReadHeld() is { } last) return WorkbookReadResult.Refused(last);
            if (_annexes.Count == 0) return WorkbookReadResult.Refused(Refusals.NoAnnexTableInReport());
            return WorkbookReadResult.Read(_annexes) with { Narrative = _narrative };
        }

        private static bool IsIgnoredContainer(Type type) =>
            type == typeof(Drawing) || type == typeof(Picture) || type == typeof(EmbeddedObject);

        private static bool IsBranch(Type type) => type == typeof(AlternateContentChoice) || type == typeof(AlternateContentFallback);

        private ReadError? Start(OpenXmlReader reader)
        {
            var type = TypeOf(reader);
            // Drawings, pictures and embedded objects are passed over but for the text boxes they hold (titles are typed
            // in them). Of an mc:AlternateContent's branches — the same content for newer and older readers (a DrawingML text box
            // and its VML copy) — only the first is read, so what they hold comes once.
            if (type == typeof(AlternateContent)) _alternates.Add(0);
            if (IsBranch(type) && _alternates.Count > 0 && ++_alternates[^1] > 1)
            {
                _skippedBranches++;
                _ignoredDepth++;
                return null;
            }
            if (IsIgnoredContainer(type))
            {
                _ignoredDepth++;
                return null;
            }
            if (type == typeof(TextBoxContent) && _ignoredDepth > 0 && _skippedBranches == 0) return StartTextBox();
            if (_ignoredDepth > 0) return null;

            if (type == typeof(DeletedRun) || type == typeof(MoveFromRun))
            {
                _deletedDepth++;
                return null;
            }
            if (type == typeof(Paragraph))
            {
                // A paragraph never opens inside another in the flow read here; should one, the open one ends first.
                var error = _inParagraph ? EndParagraph() : null;
                _inParagraph = true;
                _paragraphBreak = PageBreak.None;
                _paragraphStyleFont = styles.ParagraphFont(null);
                return error;
            }
            if (type == typeof(ParagraphStyleId) && _inParagraph && !_inRun)
            {
                _paragraphStyleFont = styles.ParagraphFont(Value(reader));
                return null;
            }
            // A page or section break outside tables: the page of an annex starts there.
            if (type == typeof(PageBreakBefore) && _inParagraph && _open.Count == 0 && Value(reader) is null or "1" or "true" or "on")
                _paragraphBreak = PageBreak.Before;
            if (type == typeof(SectionProperties) && _inParagraph && _open.Count == 0) _paragraphBreak = PageBreak.After;
            if (type == typeof(Run))
            {
                _inRun = true;
                _runHidden = false;
                _runFontName = _runStyleFont = null;
                return null;
            }
            if (type == typeof(Vanish) && _inRun)
            {
                _runHidden = Value(reader) is null or "1" or "true" or "on";
                return null;
            }
            if (type == typeof(RunStyle) && _inRun)
            {
                _runStyleFont = styles.CharacterFont(Value(reader));
                return null;
            }
            // The run's own fonts (w:rFonts in its w:rPr), over its styles': a legacy one says how its text is encoded.
            // Vietnamese letters of TCVN3 and VNI lie above ASCII, where Word draws with the hAnsi font.
            if (type == typeof(RunFonts) && _inRun)
            {
                _runFontName = Attribute(reader, "hAnsi") ?? Attribute(reader, "ascii");
                return null;
            }
            if (type == typeof(WordText))
            {
                _inUnknownText = reader.ElementType == typeof(OpenXmlUnknownElement);
                if (_inRun && _inParagraph && _deletedDepth == 0 && !_runHidden)
                {
                    var runFont = LegacyFont.FromName(_runFontName ?? _runStyleFont ?? _paragraphStyleFont);
                    _paragraphFont ??= runFont;
                    if (_fontChanges.Count == 0 || _fontChanges[^1].Font != runFont) _fontChanges.Add((_paragraph.Length, runFont));
                }
                return Append(reader.GetText());
            }
            if (type == typeof(TabChar)) return Append(" ");
            if (type == typeof(Break) && Attribute(reader, "type") == "page" && _inParagraph && _open.Count == 0)
            {
                _paragraphBreak = _paragraph.ToString().Trim().Length == 0 ? PageBreak.Before : PageBreak.After;
                return null;
            }
            if (type == typeof(Break) || type == typeof(CarriageReturn)) return Append("\n");
            if (type == typeof(NoBreakHyphen)) return Append("-");
            if (type == typeof(SymbolChar)) return Append(SymbolText(Attribute(reader, "font"), Attribute(reader, "char")));

            if (type == typeof(Table))
            {
                if (_open.Count >= _limits.MaxTableNesting) return Refusals.ReportTooLarge($"the report has tables nested more than {_limits.MaxTableNesting} deep");
                if (++_tables > _limits.MaxReportTables) return Refusals.ReportTooLarge($"the report has more than {_limits.MaxReportTables} tables");
                var conversion = new SheetTextConversion(null);
                _open.Add(new OpenTable(new WordTableGrid(_limits, conversion), conversion, _tables));
                return null;
            }
            if (Grid is not { } grid) return null;
            if (type == typeof(TableRow)) grid.StartRow();
            else if (type == typeof(TableRowProperties)) _inRowProperties = true;
            else if (type == typeof(Deleted) && _inRowProperties) grid.DeleteRow();
            else if (type == typeof(TableCell)) grid.StartCell();
            else if (type == typeof(GridBefore)) grid.SkipColumns(Number(reader) ?? 0);
            else if (type == typeof(GridSpan)) grid.Span(Number(reader) ?? 1);
            else if (type == typeof(VerticalMerge))
                grid.VerticalMerge(Value(reader) is null or "continue" ? WordTableGrid.VerticalMergeMark.Continue : WordTableGrid.VerticalMergeMark.Restart);
            return null;
        }

        private ReadError? End(Type type)
        {
            if (type == typeof(AlternateContent) && _alternates.Count > 0) _alternates.RemoveAt(_alternates.Count - 1);
            if (IsBranch(type) && _alternates.Count > 0 && _alternates[^1] > 1)
            {
                _skippedBranches = Math.Max(0, _skippedBranches - 1);
                _ignoredDepth = Math.Max(0, _ignoredDepth - 1);
                return null;
            }
            if (type == typeof(TextBoxContent) && _ignoredDepth == 0 && _textBoxes.Count > 0) return EndTextBox();
            if (IsIgnoredContainer(type))
            {
                _ignoredDepth = Math.Max(0, _ignoredDepth - 1);
                return null;
            }
            if (_ignoredDepth > 0) return null;
            if (type == typeof(DeletedRun) || type == typeof(MoveFromRun))
            {
                _deletedDepth = Math.Max(0, _deletedDepth - 1);
                return null;
            }
            if (type == typeof(Run)) _inRun = false;
            if (type == typeof(WordText)) _inUnknownText = false; // an empty unknown w:t: no text node came
            if (type == typeof(Paragraph)) return _inParagraph ? EndParagraph() : null;
            if (type == typeof(Table)) return _open.Count > 0 ? EndTable() : null;
            if (Grid is not { } grid) return null;
            if (type == typeof(TableRowProperties)) _inRowProperties = false;
            if (type == typeof(TableCell))
            {
                var before = grid.TextCharacters;
                if (grid.EndCell() is { } error) return error;
                _cellCharacters += grid.TextCharacters - before;
                return _cellCharacters > _limits.MaxCellTextCharacters
                    ? Refusals.ReportTooLarge($"the tables hold more than {_limits.MaxCellTextCharacters} characters")
                    : null;
            }
            if (type == typeof(TableRow))
            {
                if (grid.EndRow() is { } error) return error;
                return ++_rows > _limits.MaxRowsPerWorkbook
                    ? Refusals.ReportTooLarge($"the tables have more than {_limits.MaxRowsPerWorkbook} rows in all")
                    : null;
            }
            return null;
        }

        /// <summary>
        /// A text box's content (<c>w:txbxContent</c>) inside a drawing or picture passed over: its paragraphs are read where
        /// its anchor stands, as lines of their own.
        /// </summary>
        private ReadError? StartTextBox()
        {
            // The anchoring paragraph's text so far is a line of its own; its runs go on after the box.
            var anchor = (_ignoredDepth, _inParagraph, _inRun, _paragraphStyleFont);
            var error = _inParagraph ? EndParagraph() : null;
            _textBoxes.Push(anchor);
            _ignoredDepth = 0;
            _inRun = false;
            return error;
        }

        private ReadError? EndTextBox()
        {
            var error = _inParagraph ? EndParagraph() : null;
            (_ignoredDepth, _inParagraph, _inRun, _paragraphStyleFont) = _textBoxes.Pop();
            _paragraphBreak = PageBreak.None;
            return error;
        }

        /// <summary>A misc node: the text of an unknown <c>w:t</c> (inside <c>w:smartTag</c>), else nothing read.</summary>
        private ReadError? Misc(OpenXmlReader reader)
        {
            if (!_inUnknownText || _ignoredDepth > 0 || reader.LocalName != "#text") return null;
            // Loading the node moves the reader past it and past its w:t's end tag, which says nothing more.
            _inUnknownText = false;
            // A text node's OuterXml is its text, escaped as XML writes it (&amp;, &lt;, &#x…;).
            return Append(System.Net.WebUtility.HtmlDecode(reader.LoadCurrentElement()?.OuterXml ?? string.Empty));
        }

        private ReadError? Append(string text)
        {
            // Text outside any paragraph is not in the flow; deleted and hidden text is not what the document shows.
            if (!_inParagraph || _deletedDepth > 0 || (_inRun && _runHidden)) return null;
            _paragraph.Append(text);
            var max = _open.Count > 0 ? _limits.MaxCellCharacters : _limits.MaxNarrativeCharacters;
            if (_paragraph.Length <= max) return null;
            return _open.Count > 0
                ? Refusals.ReportCellTooLong(_limits.MaxCellCharacters)
                : Refusals.ReportTooLarge($"a paragraph has more than {_limits.MaxNarrativeCharacters} characters");
        }

        private ReadError? EndParagraph()
        {
            _inParagraph = false;
            var raw = _paragraph.ToString();
            var font = _paragraphFont;
            var changes = _fontChanges.ToArray();
            var pageBreak = _paragraphBreak;
            _paragraph.Clear();
            _paragraphFont = null;
            _fontChanges.Clear();
            _paragraphBreak = PageBreak.None;
            // A cell keeps its text as typed, line breaks included, as a workbook cell does: the value
            // parser joins digits a break split ("2\n0"), and SheetCell cleans the text it shows.
            if (Grid is { } grid) return grid.AddParagraph(raw, font);
            if (pageBreak == PageBreak.Before) _pageStart = _pendingTitles.Count;
            // Titles and narrative are converted as cells are, so a TCVN3 report's "XÃ CHIỀNG EN" names its commune.
            var text = VietnameseText.Clean(Converted(raw, font, changes));
            if (text.Length == 0)
            {
                if (pageBreak == PageBreak.After) _pageStart = _pendingTitles.Count;
                return null;
            }

            // Text between two tables: the second continues nothing.
            if (ReadHeld() is { } held) return held;
            _held = null;
            _narrative.Add(text);
            _narrativeCharacters += text.Length;
            if (_narrative.Count > _limits.MaxNarrativeParagraphs)
                return Refusals.ReportTooLarge($"the narrative has more than {_limits.MaxNarrativeParagraphs} paragraphs");
            if (_narrativeCharacters > _limits.MaxNarrativeCharacters)
                return Refusals.ReportTooLarge($"the narrative has more than {_limits.MaxNarrativeCharacters} characters");

            AddPendingTitle(text);
            if (pageBreak == PageBreak.After) _pageStart = _pendingTitles.Count;
            return null;
        }

        private void AddPendingTitle(string line)
        {
            if (_pendingTitles.Count == MaxPendingTitles)
            {
                _pendingTitles.RemoveAt(0);
                if (_pageStart >= 0) _pageStart--;
            }
            _pendingTitles.Add(line);
        }

        private ReadError? EndTable()
        {
            var table = _open[^1];
            _open.RemoveAt(_open.Count - 1);
            var grid = table.Grid;
            if (grid.Finish() is { } error) return error;

            if (_open.Count == 0 && _held is { } held && Continuation(held, grid) is { } skip) return Continue(held, table, skip);
            if (_open.Count == 0 && ReadHeld() is { } heldError) return heldError;

            // A table in a cell takes its titles from the lines typed above it in that cell, else from those above the outer table.
            var titles = TitlesOf(_open.Count > 0 ? [.. _pendingTitles, .. _open[^1].Grid.TakeCellTitles()] : _pendingTitles, _pageStart);
            var first = _annexes.Count;
            var scan = Scan(grid, titles, table.Number);
            if (scan.Error is { } refused) return refused;
            _rowsScanned += scan.RowsRead;
            var conversions = table.Conversion.Conversions;
            _annexes.AddRange(conversions.Count == 0 ? scan.Annexes : scan.Annexes.Select(a => a with { TextConversions = conversions }));

            if (_open.Count > 0)
            {
                if (scan.Annexes.Count > 0) ClearPendingTitles();
                return null;
            }
            _held = new HeldTable(grid, titles, table.Number, first, scan.Annexes.Count, scan.RowsRead, conversions);
            var onNewPage = _pageStart >= 0;
            ClearPendingTitles();
            // A table that is no annex on an annex's page (the national header set in a borderless table) lends its lines as titles.
            if (scan.Annexes.Count == 0 && onNewPage)
            {
                _pageStart = 0;
                foreach (var line in LinesOf(grid)) AddPendingTitle(line);
            }
            return null;
        }

        private void ClearPendingTitles()
        {
            _pendingTitles.Clear();
            _pageStart = -1;
        }

        /// <summary>The table's cell texts, row by row, a line for each line of a cell.</summary>
        private static IEnumerable<string> LinesOf(WordTableGrid grid) =>
            grid.Rows.SelectMany(r => r.NonEmpty()).SelectMany(c => c.Text.Split('\n')).Select(VietnameseText.Clean).Where(l => l.Length > 0);

        /// <summary>
        /// How many leading rows of <paramref name="next"/> to pass over when it continues <paramref name="table"/>, or null when
        /// it is a table of its own. Word splits a table across pages by itself; a clerk who splits one (Ctrl+Shift+Enter, a page
        /// break between rows) leaves two tables of the same grid with nothing written between them, the second without a
        /// header, or with the header rows or the column numbering row copied over it, and the numbering going on. A second table under a header of its own
        /// whose numbering starts again ("I", "1") is another annex (annexes set one after another without titles). A table that
        /// is only an annex's header (split right under it) is continued by a table without a header of its own.
        /// </summary>
        private int? Continuation(HeldTable table, WordTableGrid next)
        {
            var held = table.Grid;
            if (held.Columns != next.Columns || next.Rows.Count == 0) return null;
            // A header set apart from its rows (the table split right under it): neither is an annex alone; together they may be.
            if (!table.GaveAnnexes)
                return held.Rows.FirstOrDefault(r => !r.IsEmpty) is { } top && HeaderRecognizer.IsHeaderStart(top, _limits.MaxColumns) && GivesNoAnnex(next) ? 0 : null;
            var repeated = 0;
            while (repeated < next.Rows.Count && repeated < held.Rows.Count && SameText(held.Rows[repeated], next.Rows[repeated])) repeated++;
            // The column numbering row ("(1) (2) (3) …") is often all a clerk copies over the second part.
            while (repeated < next.Rows.Count && HeaderRecognizer.IsNumberingRow(next.Rows[repeated])) repeated++;
            if (repeated > 0)
            {
                var rest = next.Rows.Skip(repeated).FirstOrDefault(r => !r.IsEmpty);
                return rest is null || StartsNumbering(rest.NonEmpty().First().Text) ? null : repeated;
            }
            return GivesNoAnnex(next) ? 0 : null;
        }

        /// <summary>No header row of its own: the scanner finds no annex in the table alone.</summary>
        private bool GivesNoAnnex(WordTableGrid table)
        {
            var alone = SheetScanner.Scan("", table.Rows, table.Merges, options, _limits.MaxRowsPerWorkbook - _rowsScanned);
            return alone.Error is null && alone.Annexes.Count == 0;
        }

        private static bool SameText(SheetRow a, SheetRow b) => a.NonEmpty().SequenceEqual(b.NonEmpty());

        /// <summary>The first ordinal of a table: "1", "01", "I", "A" (with or without a trailing mark).</summary>
        private static bool StartsNumbering(string ordinal) =>
            ordinal.Trim().TrimEnd('.', ')', ':') is "1" or "01" or "I" or "A";

        /// <summary>
        /// Appends <paramref name="next"/> to the held table; the whole is read once the run of parts ends (<see cref="ReadHeld"/>),
        /// so a table split over many pages costs one reading, not one a part.
        /// </summary>
        private ReadError? Continue(HeldTable held, OpenTable next, int skip)
        {
            if (held.Grid.Continue(next.Grid, skip) is { } error) return error;
            var conversions = held.Conversions.Concat(next.Conversion.Conversions)
                .GroupBy(c => c.Encoding).Select(g => new TextConversion(g.Key, g.Sum(c => c.Cells))).OrderBy(c => c.Encoding).ToArray();
            _held = held with { Conversions = conversions, Pending = true };
            ClearPendingTitles();
            return null;
        }

        /// <summary>Reads a held table that parts were appended to, in place of what its first part gave; returns why the report is refused, or null.</summary>
        private ReadError? ReadHeld()
        {
            if (_held is not { Pending: true } held) return null;
            _rowsScanned -= held.RowsRead;
            var scan = Scan(held.Grid, held.Titles, held.Number);
            if (scan.Error is { } refused) return refused;
            _rowsScanned += scan.RowsRead;
            var conversions = held.Conversions;
            _annexes.RemoveRange(held.FirstAnnex, held.AnnexCount);
            _annexes.InsertRange(held.FirstAnnex, conversions.Count == 0 ? scan.Annexes : scan.Annexes.Select(a => a with { TextConversions = conversions }));
            _held = held with { AnnexCount = scan.Annexes.Count, RowsRead = scan.RowsRead, Pending = false };
            return null;
        }

        private SheetScan Scan(WordTableGrid grid, IReadOnlyList<string> titles, int number)
        {
            // Title lines are numbered up to 0 so the table's own rows keep their numbers (1 = its first row).
            var titleRows = titles.Select((line, i) => new SheetRow(i - titles.Count + 1, [SheetCell.Create(line, null)]));
            var scan = SheetScanner.Scan($"Bảng {number}", titleRows.Concat(grid.Rows), grid.Merges, options, _limits.MaxRowsPerWorkbook - _rowsScanned);
            return scan.Error is { Code: ReadErrorCode.TooLarge } refused ? scan with { Error = Refusals.ReportTooLarge(refused.Detail) } : scan;
        }

        /// <summary>
        /// A table's title lines: from the last paragraph since the previous table that starts an annex
        /// ("BIỂU SỐ 01", "PHỤ LỤC"), else the few just above it — the report's text further up would
        /// otherwise lend the annex another section's commune, term or period. When the annex's page starts just
        /// above that paragraph (a page break), the page's heading block is a title too: the national header
        /// "ĐẢNG BỘ XÃ CHIỀNG EN / ĐẢNG CỘNG SẢN VIỆT NAM / Chiềng En, ngày …" may be all that names the commune.
        /// </summary>
        private static List<string> TitlesOf(List<string> paragraphs, int pageStart)
        {
            var start = paragraphs.FindLastIndex(TitleReader.IsAnnexTitle);
            if (start < 0) return paragraphs[Math.Max(0, paragraphs.Count - UntitledTitleLines)..];
            var heading = pageStart >= 0 && pageStart < start && start - pageStart <= MaxHeadingLines
                && paragraphs.Skip(pageStart).Take(start - pageStart).All(l => l.Length <= MaxHeadingCharacters);
            return paragraphs[(heading ? pageStart : start)..];
        }

        /// <summary>A paragraph's text in Unicode: as one piece in its font, or piece by piece where its runs' fonts differ.</summary>
        private string Converted(string raw, LegacyFont? font, (int Start, LegacyFont? Font)[] changes)
        {
            if (changes.Length <= 1) return _textConversion.Convert(raw, font);
            var text = new StringBuilder(raw.Length);
            if (changes[0].Start > 0) text.Append(_textConversion.Convert(raw[..changes[0].Start], null));
            for (var i = 0; i < changes.Length; i++)
            {
                var end = i + 1 < changes.Length ? changes[i + 1].Start : raw.Length;
                text.Append(_textConversion.Convert(raw[changes[i].Start..end], changes[i].Font));
            }
            return text.ToString();
        }

        /// <summary>
        /// Run content the SDK does not know where it stands — inside <c>w:smartTag</c>, which Open XML SDK 3 no longer
        /// models, every element is unknown — taken for what its WordprocessingML name says (ECMA-376 Part 1, 17.5.1.9).
        /// </summary>
        private static readonly Dictionary<string, Type> UnknownRunContent = new(StringComparer.Ordinal)
        {
            ["r"] = typeof(Run),
            ["t"] = typeof(WordText),
            ["rFonts"] = typeof(RunFonts),
            ["tab"] = typeof(TabChar),
            ["br"] = typeof(Break),
            ["cr"] = typeof(CarriageReturn),
            ["noBreakHyphen"] = typeof(NoBreakHyphen),
            ["del"] = typeof(DeletedRun),
            ["moveFrom"] = typeof(MoveFromRun),
            ["vanish"] = typeof(Vanish),
            ["sym"] = typeof(SymbolChar),
        };

        /// <summary>
        /// The character a <c>w:sym</c> (Insert ▸ Symbol) draws, for the Symbol font's signs a target is written with ("≥ 95%",
        /// "≤ 5"); its code is the font's own, 0xF0xx or 0xxx (Adobe Symbol encoding). Other symbols (Wingdings' ticks) read as nothing.
        /// </summary>
        private static string SymbolText(string? font, string? code)
        {
            if (!string.Equals(font, "Symbol", StringComparison.OrdinalIgnoreCase)
                || !int.TryParse(code, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var value)) return string.Empty;
            return (value & 0xFF) switch
            {
                0xB3 => "≥",
                0xA3 => "≤",
                0x3E => ">",
                0x3C => "<",
                0xB1 => "±",
                0xB9 => "≠",
                0xBB => "≈",
                0x25 => "%",
                0x2D => "-",
                _ => string.Empty,
            };
        }

        /// <summary>The element's type, an unknown WordprocessingML run element's by its name.</summary>
        private static Type TypeOf(OpenXmlReader reader) =>
            reader.ElementType == typeof(OpenXmlUnknownElement) && WordNamespaces.IsMain(reader.NamespaceUri)
            && UnknownRunContent.TryGetValue(reader.LocalName, out var known)
                ? known
                : reader.ElementType;

        private static string? Attribute(OpenXmlReader reader, string localName) =>
            reader.Attributes.FirstOrDefault(a => a.LocalName == localName).Value;

        private static string? Value(OpenXmlReader reader) =>
            reader.Attributes.FirstOrDefault(a => a.LocalName == "val").Value;

        private static long? Number(OpenXmlReader reader) =>
            long.TryParse(Value(reader), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
