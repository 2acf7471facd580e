using System.Text;
using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// One Word table turned into sheet rows while its markup streams: each cell's paragraphs joined
/// with line breaks as a workbook cell's text, at the grid column its row's earlier cells and
/// <c>w:gridBefore</c> put it; <c>w:gridSpan</c> and <c>w:vMerge</c> (ECMA-376 Part 1, 17.4.17 and
/// 17.4.85) become <see cref="MergedRange"/>s, the text in the first cell as Excel keeps a merged
/// range's value, so header recognition works as with merged Excel cells. Legacy-encoded text
/// (TCVN3, VNI typed without Unicode) is converted as on a sheet (<see cref="SheetTextConversion"/>).
/// </summary>
/// <remarks>
/// Rows are numbered from 1 within the table; merges are 0-based as <see cref="MergedRange"/> is.
/// Limits (<see cref="AnnexReadLimits"/>) are checked as each paragraph, cell and row ends:
/// rows of a table (<see cref="AnnexReadLimits.MaxRowsPerSheet"/>), cells holding text
/// (<see cref="AnnexReadLimits.MaxCellsPerSheet"/>), merges (<see cref="AnnexReadLimits.MaxMergedRangesPerSheet"/>)
/// and one cell's characters (<see cref="AnnexReadLimits.MaxCellCharacters"/>). Columns past
/// <see cref="AnnexReadLimits.MaxColumns"/> are not kept, as the workbook reader does not look at them.
/// A row Word tracks as deleted (<c>w:trPr/w:del</c>) keeps its number but none of its text. A table that
/// continues this one on the next page is appended to it (<see cref="Continue"/>).
/// </remarks>
internal sealed class WordTableGrid(AnnexReadLimits limits, SheetTextConversion conversion)
{
    private readonly List<SheetRow> _rows = [];
    private readonly List<MergedRange> _merges = [];

    /// <summary>Vertical merges still open, by their first column: the range so far.</summary>
    private readonly Dictionary<int, MergedRange> _open = [];

    private readonly HashSet<int> _continued = [];
    private readonly Dictionary<int, string> _cells = [];
    private readonly Dictionary<int, LegacyFont> _fonts = [];
    private readonly StringBuilder _text = new();
    private long _column;
    private long _span;
    private VerticalMergeMark _vertical;
    private LegacyFont? _cellFont;
    private int _cellsWithText;
    private bool _rowDeleted;

    /// <summary>Where in the current cell's text the lines not yet taken as a nested table's titles start.</summary>
    private int _cellTitlesFrom;

    /// <summary>How a cell takes part in a vertical merge.</summary>
    public enum VerticalMergeMark
    {
        None,
        Restart,
        Continue,
    }

    public IReadOnlyList<SheetRow> Rows => _rows;

    public IReadOnlyList<MergedRange> Merges => _merges;

    /// <summary>Characters of cell text kept so far in this table.</summary>
    public long TextCharacters { get; private set; }

    /// <summary>Grid columns the widest row reached, spans and <c>w:gridBefore</c> included: the table's width in Word's grid.</summary>
    public long Columns { get; private set; }

    public void StartRow()
    {
        _column = 0;
        _rowDeleted = false;
        _cells.Clear();
        _fonts.Clear();
        _continued.Clear();
    }

    /// <summary><c>w:gridBefore</c>: grid columns skipped before the row's first cell.</summary>
    public void SkipColumns(long columns) => _column += Math.Clamp(columns, 0, limits.MaxColumnNumber);

    public void StartCell()
    {
        _span = 1;
        _vertical = VerticalMergeMark.None;
        _cellFont = null;
        _text.Clear();
        _cellTitlesFrom = 0;
    }

    /// <summary><c>w:trPr/w:del</c>: the row is a tracked deletion; its cells' text is not the table's.</summary>
    public void DeleteRow() => _rowDeleted = true;

    /// <summary>
    /// The current cell's lines since the last call, converted and cleaned as title lines: what a clerk typed above a
    /// table nested in this cell ("BIỂU SỐ 01" in a frame's cell). They stay the cell's text as well.
    /// </summary>
    public IReadOnlyList<string> TakeCellTitles()
    {
        var text = _text.ToString(_cellTitlesFrom, _text.Length - _cellTitlesFrom);
        _cellTitlesFrom = _text.Length;
        return conversion.Convert(text, _cellFont).Split('\n').Select(VietnameseText.Clean).Where(l => l.Length > 0).ToArray();
    }

    /// <summary><c>w:gridSpan</c>: grid columns the cell covers.</summary>
    public void Span(long columns) => _span = Math.Clamp(columns, 1, limits.MaxColumnNumber);

    /// <summary><c>w:vMerge</c>: "restart" starts a vertical merge, no value (or "continue") extends the one above.</summary>
    public void VerticalMerge(VerticalMergeMark mark) => _vertical = mark;

    /// <summary>Adds one paragraph of the current cell, its text as typed (blank ones are left out); returns why the table is refused, or null.</summary>
    /// <param name="font">The legacy font its runs are set in, or null; the cell's is its first paragraph's that has one.</param>
    public ReadError? AddParagraph(string text, LegacyFont? font = null)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        _cellFont ??= font;
        if (_text.Length > 0) _text.Append('\n');
        _text.Append(text);
        return _text.Length > limits.MaxCellCharacters ? Refusals.ReportCellTooLong(limits.MaxCellCharacters) : null;
    }

    /// <summary>Places the current cell; returns why the table is refused, or null.</summary>
    public ReadError? EndCell()
    {
        if (_rowDeleted) _text.Clear();
        var first = _column;
        _column += _span;
        Columns = Math.Max(Columns, _column);
        var last = _column - 1;
        var row = _rows.Count;
        if (first >= limits.MaxColumns) return null;
        var from = (int)first;
        var to = (int)Math.Min(last, limits.MaxColumns - 1);

        if (_vertical == VerticalMergeMark.Continue && _open.TryGetValue(from, out var above))
        {
            // A continuation cell's own text is hidden by Word: the merge's value is the first cell's.
            _open[from] = above with { ToRow = row };
            _continued.Add(from);
            return null;
        }

        if (_text.Length > 0)
        {
            if (++_cellsWithText > limits.MaxCellsPerSheet)
                return Refusals.ReportTooLarge($"a table has more than {limits.MaxCellsPerSheet} cells holding text");
            _cells[from] = _text.ToString();
            if (_cellFont is { } font) _fonts[from] = font;
            TextCharacters += _text.Length;
        }

        if (_vertical == VerticalMergeMark.Restart)
        {
            Close(from);
            _open[from] = new MergedRange(row, from, row, to);
            _continued.Add(from);
        }
        else if (to > from)
        {
            return Add(new MergedRange(row, from, row, to));
        }
        return null;
    }

    /// <summary>Ends the row: vertical merges it did not continue are closed; returns why the table is refused, or null.</summary>
    public ReadError? EndRow()
    {
        foreach (var column in _open.Keys.Where(c => !_continued.Contains(c)).ToArray())
        {
            if (Close(column) is { } error) return error;
        }

        var width = _cells.Count == 0 ? 0 : _cells.Keys.Max() + 1;
        var cells = new SheetCell[width];
        for (var c = 0; c < width; c++)
        {
            cells[c] = _cells.TryGetValue(c, out var text) ? SheetCell.Create(conversion.Convert(text, _fonts.TryGetValue(c, out var font) ? font : null), null) : SheetCell.Blank;
        }
        _rows.Add(new SheetRow(_rows.Count + 1, cells));
        return _rows.Count > limits.MaxRowsPerSheet
            ? Refusals.ReportTooLarge($"a table has more than {limits.MaxRowsPerSheet} rows")
            : null;
    }

    /// <summary>Closes the vertical merges still open at the table's end; returns why the table is refused, or null.</summary>
    public ReadError? Finish()
    {
        foreach (var column in _open.Keys.ToArray())
        {
            if (Close(column) is { } error) return error;
        }
        return null;
    }

    /// <summary>
    /// Appends the rows of <paramref name="next"/>, a table that continues this one (split across a page), after its
    /// first <paramref name="skip"/> rows (a header repeated by hand): rows numbered on from this table's last, its merges
    /// moved down with them. Returns why the whole is refused, or null. Both tables are finished.
    /// </summary>
    public ReadError? Continue(WordTableGrid next, int skip)
    {
        var offset = _rows.Count - skip;
        foreach (var row in next._rows.Skip(skip))
        {
            _rows.Add(new SheetRow(row.Number + offset, [.. row.Cells]));
            if (_rows.Count > limits.MaxRowsPerSheet) return Refusals.ReportTooLarge($"a table has more than {limits.MaxRowsPerSheet} rows");
        }
        foreach (var merge in next._merges.Where(m => m.FromRow >= skip))
        {
            if (Add(new MergedRange(merge.FromRow + offset, merge.FromColumn, merge.ToRow + offset, merge.ToColumn)) is { } error) return error;
        }
        _cellsWithText += next._cellsWithText;
        TextCharacters += next.TextCharacters;
        Columns = Math.Max(Columns, next.Columns);
        return _cellsWithText > limits.MaxCellsPerSheet
            ? Refusals.ReportTooLarge($"a table has more than {limits.MaxCellsPerSheet} cells holding text")
            : null;
    }

    private ReadError? Close(int column)
    {
        if (!_open.Remove(column, out var merge)) return null;
        return merge.ToRow > merge.FromRow || merge.ToColumn > merge.FromColumn ? Add(merge) : null;
    }

    private ReadError? Add(MergedRange merge)
    {
        _merges.Add(merge);
        return _merges.Count > limits.MaxMergedRangesPerSheet
            ? Refusals.ReportTooLarge($"a table has more than {limits.MaxMergedRangesPerSheet} merged ranges")
            : null;
    }
}
