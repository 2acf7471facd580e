namespace Pipeline.Core.Reading;

/// <summary>
/// Where each annex column stands on a sheet, worked out from a header block of one to four
/// rows. A header cell under a horizontal merge inherits the merged text (a super-header
/// such as "Nhiệm kỳ 2020-2025" over target and result); each column is named by its most
/// specific text first — the lowest header row — and by more rows joined upward only when
/// the lower text alone names nothing ("Chỉ tiêu" / "NQ Đại" / "hội XXII").
/// The map also keeps each column's header text and which columns a header names, so columns
/// left unplaced can be placed by their content (<see cref="ColumnContent"/>) or reported.
/// </summary>
public sealed class ColumnMap
{
    private readonly Dictionary<AnnexColumn, int> _columns;
    private readonly string[] _headers;
    private readonly AnnexColumn?[] _named;
    private readonly bool[] _ownText;

    private ColumnMap(Dictionary<AnnexColumn, int> columns, string[] headers, AnnexColumn?[] named, bool[] ownText, IReadOnlyList<VerdictMark> verdictMarks)
    {
        _columns = columns;
        _headers = headers;
        _named = named;
        _ownText = ownText;
        VerdictMarks = verdictMarks;
    }

    /// <summary>
    /// Verdicts given as marks: "Đánh giá" over "Vượt" | "Đạt" | "Không đạt" with an "x" in one of them
    /// on each row. Empty for a table with one verdict column; otherwise the verdict column is the first mark column.
    /// </summary>
    public IReadOnlyList<VerdictMark> VerdictMarks { get; }

    /// <summary>The 0-based sheet column of <paramref name="column"/>, or null when the table has none.</summary>
    public int? this[AnnexColumn column] => _columns.TryGetValue(column, out var index) ? index : null;

    public bool Has(AnnexColumn column) => _columns.ContainsKey(column);

    /// <summary>An annex needs at least the indicator and the target.</summary>
    public bool IsAnnex => Has(AnnexColumn.Indicator) && Has(AnnexColumn.Target);

    /// <summary>Each placed column's 0-based sheet column; the first of each meaning wins.</summary>
    public IReadOnlyDictionary<AnnexColumn, int> Columns => _columns;

    /// <summary>Columns the header block spans (its widest row, at most the column limit).</summary>
    public int Width => _headers.Length;

    /// <summary>The first and last sheet columns a header names: the table's extent by its header.</summary>
    public (int First, int Last) Span
    {
        get
        {
            var first = Array.FindIndex(_named, m => m is not null);
            return first < 0 ? (0, -1) : (first, Array.FindLastIndex(_named, m => m is not null));
        }
    }

    /// <summary>
    /// The header text over <paramref name="column"/>, its rows joined top to bottom by a space
    /// (merged text included); empty past the header or where it says nothing.
    /// </summary>
    public string HeaderOf(int column) => column >= 0 && column < _headers.Length ? _headers[column] : string.Empty;

    /// <summary>
    /// The meaning the column's header names, placed or not (a second "Thực hiện" is named
    /// <see cref="AnnexColumn.Actual"/> too), or null when it names none. Text a column only
    /// inherits from a merge over columns already placed does not name it: it is part of that merge.
    /// </summary>
    public AnnexColumn? NamedAs(int column) => column >= 0 && column < _named.Length ? _named[column] : null;

    /// <summary>True when a header row holds text in the column's own cell (not only text merged over it).</summary>
    public bool HasOwnHeader(int column) => column >= 0 && column < _ownText.Length && _ownText[column];

    /// <summary>This map with one more column placed, as content recognition decides; the header's placements stand.</summary>
    /// <exception cref="InvalidOperationException"><paramref name="meaning"/> is already placed.</exception>
    public ColumnMap With(AnnexColumn meaning, int column)
    {
        if (_columns.TryGetValue(meaning, out var existing)) throw new InvalidOperationException($"{meaning} is already placed at column {existing}.");
        return new ColumnMap(new Dictionary<AnnexColumn, int>(_columns) { [meaning] = column }, _headers, _named, _ownText, VerdictMarks);
    }

    /// <summary>
    /// This map with each column placed by the period its header names (<see cref="PeriodHeader"/>):
    /// <list type="bullet">
    /// <item>Of several target columns, those of an earlier term ("Nhiệm kỳ 2020-2025 / Chỉ tiêu NQ"
    /// beside 2025–2030 targets) are left aside, and the term's target ("Chỉ tiêu Nghị quyết") is
    /// preferred to a year's plan ("Kế hoạch năm 2025").</item>
    /// <item>Achieved columns from before the term are baselines, as is a header that is only a
    /// year no later than the term's first ("Năm 2025" beside 2025–2030 targets): the first becomes
    /// <see cref="AnnexColumn.Baseline"/>. Of the results left, the one of the latest year is read
    /// ("Ước năm 2025" after "Năm 2021" … "Năm 2024"); with none, the annex holds targets only, and
    /// its notes are not verdicts.</item>
    /// </list>
    /// The term's first year is the latest a target column's header names ("Chỉ tiêu NQ nhiệm kỳ
    /// 2025-2030" → 2025), else <paramref name="annexTermStart"/> (the term the annex's titles name,
    /// else the one it was sent for); unknown, only a header's own words ("đầu nhiệm kỳ") make a baseline.
    /// </summary>
    public ColumnMap WithPeriods(int? annexTermStart)
    {
        var targets = NamedColumns(AnnexColumn.Target);
        // The latest term a target column names: beside the old term's "Chỉ tiêu NQ 2020-2025", the new term's is the annex's.
        var termStart = targets.Select(c => PeriodHeader.TermStart(HeaderOf(c))).Max() ?? annexTermStart;
        var columns = new Dictionary<AnnexColumn, int>(_columns);
        var named = (AnnexColumn?[])_named.Clone();

        if (targets.Length > 1)
        {
            var current = targets.Where(c => !PeriodHeader.IsEarlierTerm(HeaderOf(c), termStart)).ToArray();
            if (current.Length == 0) current = targets;
            var chosen = current.FirstOrDefault(c => !PeriodHeader.IsYearPlan(HeaderOf(c)), current[0]);
            columns[AnnexColumn.Target] = chosen;
            foreach (var c in targets.Where(c => c != chosen)) named[c] = AnnexColumn.OtherPeriod;
        }

        var achieved = NamedColumns(AnnexColumn.Actual);
        var baselines = achieved.Where(c => PeriodHeader.IsBaseline(HeaderOf(c), termStart))
            .Concat(Enumerable.Range(0, _named.Length).Where(c => _named[c] is null && PeriodHeader.IsBareYearBefore(HeaderOf(c), termStart)))
            .Order().ToArray();
        foreach (var c in baselines) named[c] = AnnexColumn.Baseline;
        if (baselines.Length > 0) columns[AnnexColumn.Baseline] = baselines[0];

        var results = achieved.Except(baselines).ToArray();
        if (results.Length > 1 && results.Any(c => PeriodHeader.End(HeaderOf(c)) is not null))
        {
            var latest = results.MaxBy(c => PeriodHeader.End(HeaderOf(c)) ?? int.MinValue);
            columns[AnnexColumn.Actual] = latest;
            // Only an earlier year is known for what it is; a second result of the same period stays unplaced, and is reported.
            foreach (var c in results.Where(c => PeriodHeader.End(HeaderOf(c)) < PeriodHeader.End(HeaderOf(latest)))) named[c] = AnnexColumn.OtherPeriod;
        }
        else if (results.Length > 0) columns[AnnexColumn.Actual] = results[0];
        else
        {
            columns.Remove(AnnexColumn.Actual);
            if (columns.TryGetValue(AnnexColumn.Verdict, out var verdict) && named[verdict] == AnnexColumn.Notes) columns.Remove(AnnexColumn.Verdict);
        }
        return new ColumnMap(columns, _headers, named, _ownText, VerdictMarks);
    }

    private int[] NamedColumns(AnnexColumn meaning) => Enumerable.Range(0, _named.Length).Where(c => _named[c] == meaning).ToArray();

    public static ColumnMap FromHeader(IReadOnlyList<SheetRow> headerRows, IReadOnlyList<MergedRange> merges, int maxColumns)
    {
        var width = Math.Min(maxColumns, headerRows.Max(r => r.Cells.Count));
        var texts = new string[headerRows.Count, width];
        var ownText = new bool[width];
        for (var r = 0; r < headerRows.Count; r++)
        {
            for (var c = 0; c < width; c++)
            {
                texts[r, c] = HeaderText(headerRows[r], c, merges);
                ownText[c] |= headerRows[r].TextAt(c).Length > 0;
            }
        }

        var columns = new Dictionary<AnnexColumn, int>();
        var named = new AnnexColumn?[width];
        var headers = new string[width];
        int? secondIndicator = null;
        for (var c = 0; c < width; c++)
        {
            headers[c] = JoinedHeader(texts, headerRows.Count, c);
            if (ClassifyColumn(texts, headerRows.Count, c) is not { } column) continue;
            // A column that only inherits a merged text is part of the merge, not a column of its own.
            if (ownText[c] || !columns.ContainsKey(column)) named[c] = column;
            if (!columns.TryAdd(column, c) && column == AnnexColumn.Indicator) secondIndicator ??= c;
        }
        // "Nội dung | ĐVT | Chỉ tiêu | Thực hiện": the bare "Chỉ tiêu" right of the indicator is the target.
        if (!columns.ContainsKey(AnnexColumn.Target) && secondIndicator is { } target) columns[AnnexColumn.Target] = target;
        // The seed's annexes write their verdicts under "Ghi chú": without a verdict header, the notes of
        // a results table are the verdicts (a plan's notes are only notes).
        if (!columns.ContainsKey(AnnexColumn.Verdict) && columns.ContainsKey(AnnexColumn.Actual) && columns.TryGetValue(AnnexColumn.Notes, out var notes))
            columns[AnnexColumn.Verdict] = notes;
        var marks = MarkColumns(texts, headerRows.Count, named);
        if (marks.Count > 0) columns[AnnexColumn.Verdict] = marks[0].Column;
        return new ColumnMap(columns, headers, named, ownText, marks);
    }

    /// <summary>Two or more verdict columns whose own lowest header is a verdict word ("Vượt", "Đạt", "Không đạt").</summary>
    private static List<VerdictMark> MarkColumns(string[,] texts, int rows, AnnexColumn?[] named)
    {
        var marks = new List<VerdictMark>();
        for (var c = 0; c < named.Length; c++)
        {
            if (named[c] != AnnexColumn.Verdict) continue;
            var lowest = Enumerable.Range(0, rows).Reverse().Select(r => texts[r, c]).FirstOrDefault(t => t.Length > 0) ?? string.Empty;
            if (HeaderRecognizer.Classify(lowest) is null && VerdictReader.Read(lowest) is not null) marks.Add(new VerdictMark(c, lowest));
        }
        return marks.Count >= 2 ? marks : [];
    }

    private static AnnexColumn? ClassifyColumn(string[,] texts, int rows, int column)
    {
        var joined = string.Empty;
        for (var r = rows - 1; r >= 0; r--)
        {
            var text = texts[r, column];
            if (text.Length == 0) continue;
            joined = joined.Length == 0 ? text : text + " " + joined;
            if (HeaderRecognizer.Classify(joined) is { } found) return found;
        }
        return null;
    }

    private static string JoinedHeader(string[,] texts, int rows, int column)
    {
        var lines = new List<string>(rows);
        for (var r = 0; r < rows; r++)
        {
            if (texts[r, column] is { Length: > 0 } text && (lines.Count == 0 || lines[^1] != text)) lines.Add(text);
        }
        return string.Join(' ', lines);
    }

    /// <summary>The cell's own text, or the text of a merge that spans columns on this same row.</summary>
    private static string HeaderText(SheetRow row, int column, IReadOnlyList<MergedRange> merges)
    {
        var own = row.TextAt(column);
        if (own.Length > 0) return own;
        var rowIndex = row.Number - 1;
        foreach (var merge in merges)
        {
            if (merge.FromColumn != merge.ToColumn && merge.FromRow == rowIndex && merge.Contains(rowIndex, column))
                return row.TextAt(merge.FromColumn);
        }
        return string.Empty;
    }
}
