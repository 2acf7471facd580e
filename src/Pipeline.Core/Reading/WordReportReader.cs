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
/// Reads a commune's Word report (.docx): each top-level table becomes sheet rows
/// (<see cref="WordTableGrid"/>) and goes to the same <see cref="SheetScanner"/> as a worksheet, under
/// the paragraphs written since the previous table as its title rows — "BIỂU SỐ 01 / KẾT QUẢ … XÃ
/// CHIỀNG EN / NHIỆM KỲ 2020-2025" give each annex its own commune and term. Tables that are no annex
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
/// <see cref="OpenSettings.MaxCharactersInPart"/>. Only the table being read is held, row by row.
/// </remarks>
internal static class WordReportReader
{
    /// <summary>Paragraphs just above a table taken as its titles when none of them starts an annex ("BIỂU SỐ …").</summary>
    private const int UntitledTitleLines = 5;

    /// <summary>Paragraphs kept while waiting for the next table; <see cref="SheetScanner"/> keeps as many title lines.</summary>
    private const int MaxPendingTitles = 40;

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
        private int _tableDepth;
        private int _ignoredDepth;
        private bool _inParagraph;
        private bool _inRun;
        private bool _inUnknownText;

        /// <summary>The font names the run's text is set in, by what sets them: its own w:rFonts, its character style, its paragraph's style.</summary>
        private string? _runFontName;
        private string? _runStyleFont;
        private string? _paragraphStyleFont;
        private LegacyFont? _paragraphFont;

        /// <summary>Where the paragraph's text changes legacy font (its H capitals run beside plain ones), by position in it.</summary>
        private readonly List<(int Start, LegacyFont? Font)> _fontChanges = [];
        private WordTableGrid? _grid;
        private SheetTextConversion? _conversion;

        /// <summary>The paragraphs outside tables converted as one sheet's cells are: a report typed in TCVN3 is so throughout.</summary>
        private readonly SheetTextConversion _textConversion = new(null);

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
            if (_annexes.Count == 0) return WorkbookReadResult.Refused(Refusals.NoAnnexTableInReport());
            return WorkbookReadResult.Read(_annexes) with { Narrative = _narrative };
        }

        private ReadError? Start(OpenXmlReader reader)
        {
            var type = TypeOf(reader);
            // Drawings, text boxes and embedded objects hold paragraphs of their own, outside the flow read here.
            if (type == typeof(Drawing) || type == typeof(Picture) || type == typeof(EmbeddedObject) || type == typeof(AlternateContent))
            {
                _ignoredDepth++;
                return null;
            }
            if (_ignoredDepth > 0) return null;

            if (type == typeof(Paragraph))
            {
                // A paragraph never opens inside another in the flow read here; should one, the open one ends first.
                var error = _inParagraph ? EndParagraph() : null;
                _inParagraph = true;
                _paragraphStyleFont = styles.ParagraphFont(null);
                return error;
            }
            if (type == typeof(ParagraphStyleId) && _inParagraph && !_inRun)
            {
                _paragraphStyleFont = styles.ParagraphFont(Value(reader));
                return null;
            }
            if (type == typeof(Run))
            {
                _inRun = true;
                _runFontName = _runStyleFont = null;
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
                if (_inRun && _inParagraph)
                {
                    var runFont = LegacyFont.FromName(_runFontName ?? _runStyleFont ?? _paragraphStyleFont);
                    _paragraphFont ??= runFont;
                    if (_fontChanges.Count == 0 || _fontChanges[^1].Font != runFont) _fontChanges.Add((_paragraph.Length, runFont));
                }
                return Append(reader.GetText());
            }
            if (type == typeof(TabChar)) return Append(" ");
            if (type == typeof(Break) || type == typeof(CarriageReturn)) return Append("\n");
            if (type == typeof(NoBreakHyphen)) return Append("-");

            if (type == typeof(Table))
            {
                if (++_tableDepth > 1) return null; // a nested table's paragraphs are text of the outer cell
                if (++_tables > _limits.MaxReportTables) return Refusals.ReportTooLarge($"the report has more than {_limits.MaxReportTables} tables");
                _conversion = new SheetTextConversion(null);
                _grid = new WordTableGrid(_limits, _conversion);
                return null;
            }
            if (_tableDepth != 1 || _grid is null) return null;
            if (type == typeof(TableRow)) _grid.StartRow();
            else if (type == typeof(TableCell)) _grid.StartCell();
            else if (type == typeof(GridBefore)) _grid.SkipColumns(Number(reader) ?? 0);
            else if (type == typeof(GridSpan)) _grid.Span(Number(reader) ?? 1);
            else if (type == typeof(VerticalMerge))
                _grid.VerticalMerge(Value(reader) is null or "continue" ? WordTableGrid.VerticalMergeMark.Continue : WordTableGrid.VerticalMergeMark.Restart);
            return null;
        }

        private ReadError? End(Type type)
        {
            if (type == typeof(Drawing) || type == typeof(Picture) || type == typeof(EmbeddedObject) || type == typeof(AlternateContent))
            {
                _ignoredDepth = Math.Max(0, _ignoredDepth - 1);
                return null;
            }
            if (_ignoredDepth > 0) return null;
            if (type == typeof(Run)) _inRun = false;
            if (type == typeof(WordText)) _inUnknownText = false; // an empty unknown w:t: no text node came
            if (type == typeof(Paragraph)) return _inParagraph ? EndParagraph() : null;
            if (type == typeof(Table))
            {
                if (--_tableDepth > 0) return null;
                return EndTable();
            }
            if (_tableDepth != 1 || _grid is null) return null;
            if (type == typeof(TableCell))
            {
                var before = _grid.TextCharacters;
                if (_grid.EndCell() is { } error) return error;
                _cellCharacters += _grid.TextCharacters - before;
                return _cellCharacters > _limits.MaxCellTextCharacters
                    ? Refusals.ReportTooLarge($"the tables hold more than {_limits.MaxCellTextCharacters} characters")
                    : null;
            }
            if (type == typeof(TableRow))
            {
                if (_grid.EndRow() is { } error) return error;
                return ++_rows > _limits.MaxRowsPerWorkbook
                    ? Refusals.ReportTooLarge($"the tables have more than {_limits.MaxRowsPerWorkbook} rows in all")
                    : null;
            }
            return null;
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
            if (!_inParagraph) return null; // text outside any paragraph is not in the flow
            _paragraph.Append(text);
            var max = _tableDepth > 0 ? _limits.MaxCellCharacters : _limits.MaxNarrativeCharacters;
            if (_paragraph.Length <= max) return null;
            return _tableDepth > 0
                ? Refusals.ReportCellTooLong(_limits.MaxCellCharacters)
                : Refusals.ReportTooLarge($"a paragraph has more than {_limits.MaxNarrativeCharacters} characters");
        }

        private ReadError? EndParagraph()
        {
            _inParagraph = false;
            var raw = _paragraph.ToString();
            var font = _paragraphFont;
            var changes = _fontChanges.ToArray();
            _paragraph.Clear();
            _paragraphFont = null;
            _fontChanges.Clear();
            // A cell keeps its text as typed, line breaks included, as a workbook cell does: the value
            // parser joins digits a break split ("2\n0"), and SheetCell cleans the text it shows.
            if (_tableDepth > 0) return _grid?.AddParagraph(raw, font);
            // Titles and narrative are converted as cells are, so a TCVN3 report's "XÃ CHIỀNG EN" names its commune.
            var text = VietnameseText.Clean(Converted(raw, font, changes));
            if (text.Length == 0) return null;

            _narrative.Add(text);
            _narrativeCharacters += text.Length;
            if (_narrative.Count > _limits.MaxNarrativeParagraphs)
                return Refusals.ReportTooLarge($"the narrative has more than {_limits.MaxNarrativeParagraphs} paragraphs");
            if (_narrativeCharacters > _limits.MaxNarrativeCharacters)
                return Refusals.ReportTooLarge($"the narrative has more than {_limits.MaxNarrativeCharacters} characters");

            if (_pendingTitles.Count == MaxPendingTitles) _pendingTitles.RemoveAt(0);
            _pendingTitles.Add(text);
            return null;
        }

        private ReadError? EndTable()
        {
            var grid = _grid!;
            _grid = null;
            if (grid.Finish() is { } error) return error;

            var titles = TitlesOf(_pendingTitles);
            _pendingTitles.Clear();
            // Title lines are numbered up to 0 so the table's own rows keep their numbers (1 = its first row).
            var titleRows = titles.Select((line, i) => new SheetRow(i - titles.Count + 1, [SheetCell.Create(line, null)]));
            var sheet = $"Bảng {_tables}";
            var scan = SheetScanner.Scan(sheet, titleRows.Concat(grid.Rows), grid.Merges, options, _limits.MaxRowsPerWorkbook - _rowsScanned);
            if (scan.Error is { } refused)
                return refused.Code == ReadErrorCode.TooLarge ? Refusals.ReportTooLarge(refused.Detail) : refused;
            _rowsScanned += scan.RowsRead;
            var conversions = _conversion!.Conversions;
            _annexes.AddRange(conversions.Count == 0 ? scan.Annexes : scan.Annexes.Select(a => a with { TextConversions = conversions }));
            return null;
        }

        /// <summary>
        /// A table's title lines: from the last paragraph since the previous table that starts an annex
        /// ("BIỂU SỐ 01", "PHỤ LỤC"), else the few just above it — the report's text further up would
        /// otherwise lend the annex another section's commune, term or period.
        /// </summary>
        private static List<string> TitlesOf(List<string> paragraphs)
        {
            var start = paragraphs.FindLastIndex(TitleReader.IsAnnexTitle);
            return start >= 0 ? paragraphs[start..] : paragraphs[Math.Max(0, paragraphs.Count - UntitledTitleLines)..];
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
        };

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
