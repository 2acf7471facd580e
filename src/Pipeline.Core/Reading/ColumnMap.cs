using Pipeline.Core.Text;

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
        return new ColumnMap(new Dictionary<AnnexColumn, int>(_columns) { [meaning] = column }, _headers, _named, _ownText, VerdictMarks) { ScoresYearPlan = ScoresYearPlan, UnreadColumns = UnreadColumns };
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

        var results = PlaceBaselines(termStart, columns, named);
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

    /// <summary>
    /// This map read as a yearly annex of <paramref name="year"/> (docs/reading-and-scoring.md, "Yearly annexes and periods"):
    /// <list type="bullet">
    /// <item>Of the target columns, the year's plan ("Kế hoạch năm 2026", "KH 2026", "KH năm 2026", "Chỉ tiêu năm 2026":
    /// a target of <paramref name="year"/> (<see cref="PeriodHeader.TargetYear"/>), or a plan of no year) is <see cref="AnnexColumn.Target"/>, scored as today; the term's
    /// target ("Chỉ tiêu NQ đến năm 2030", "Mục tiêu 2030") is <see cref="AnnexColumn.TermTarget"/>. Without a
    /// plan, the term's target is the target. Other targets (an earlier term's, another year's plan) are
    /// <see cref="AnnexColumn.OtherPeriod"/>.</item>
    /// <item>Baselines as in <see cref="WithPeriods"/>; of the results, the one naming <paramref name="year"/>
    /// (or, with none, the first naming no year) is read; results of other years are other periods.</item>
    /// <item>With a plan, the percent against the plan ("% so KH") is <see cref="AnnexColumn.ReportedPercent"/> and the
    /// one against the term's target ("% so NQ") <see cref="AnnexColumn.TermPercent"/>; without one, the percent
    /// against the term's target is the reported percent.</item>
    /// </list>
    /// The term's first year comes from the term target's header, else <paramref name="annexTermStart"/>.
    /// </summary>
    public ColumnMap ForYear(int year, int? annexTermStart)
    {
        var targets = NamedColumns(AnnexColumn.Target);
        // A year's target: "KH 2026", "Chỉ tiêu năm 2026" (a year inside the term: the term's first year known first).
        var start = annexTermStart ?? targets.Where(c => !PeriodHeader.IsYearPlan(HeaderOf(c))).Select(c => PeriodHeader.TermStart(HeaderOf(c))).Max();
        var yearOf = targets.ToDictionary(c => c, c => PeriodHeader.TargetYear(HeaderOf(c), start));
        var plans = targets.Where(c => yearOf[c] is { } planYear ? planYear == year : PeriodHeader.IsBarePlan(HeaderOf(c))).ToArray();
        var termTargets = targets.Except(plans).Where(c => yearOf[c] is null).ToArray();
        var termStart = termTargets.Select(c => PeriodHeader.TermStart(HeaderOf(c))).Max() ?? annexTermStart;
        var termTarget = termTargets.Where(c => !PeriodHeader.IsEarlierTerm(HeaderOf(c), termStart)).Cast<int?>().FirstOrDefault();
        int? plan = plans.Length > 0 ? plans[0] : null;

        var columns = new Dictionary<AnnexColumn, int>(_columns);
        var named = (AnnexColumn?[])_named.Clone();
        foreach (var c in targets) named[c] = AnnexColumn.OtherPeriod;
        columns.Remove(AnnexColumn.Target);
        if ((plan ?? termTarget) is { } scored)
        {
            columns[AnnexColumn.Target] = scored;
            named[scored] = AnnexColumn.Target;
        }
        if (plan is not null && termTarget is { } kept)
        {
            columns[AnnexColumn.TermTarget] = kept;
            named[kept] = AnnexColumn.TermTarget;
        }

        var results = PlaceBaselines(termStart, columns, named);
        // The whole year's result first ("Ước TH cả năm 2026" beside "TH 6 tháng đầu năm 2026"), then one of no year; a
        // part of the year only when nothing else is (a half-year annex, read against its year).
        var partOfYear = results.Where(c => PeriodTitle.PartOfYear(HeaderOf(c)) is not null).ToArray();
        var result = results.Except(partOfYear).Where(c => PeriodHeader.End(HeaderOf(c)) == year)
            .Concat(results.Except(partOfYear).Where(c => PeriodHeader.End(HeaderOf(c)) is null))
            .Concat(partOfYear.Where(c => PeriodTitle.PartOfYear(HeaderOf(c)) == year))
            .Cast<int?>().FirstOrDefault();
        foreach (var c in results.Where(c => c != result)) named[c] = AnnexColumn.OtherPeriod;
        // Another year's results beside this year's ("TH 2026" | "TH 2027"), part of the year beside the whole, a second result:
        // an annex is one year's, so those columns are not read, and are said so.
        // So is a second plan of the year, or a second target of the term: which one the commune meant is not for the reader to guess.
        var unread = results.Where(c => c != result)
            .Concat(targets.Where(c => c != plan && c != termTarget
                && (yearOf[c] is { } targetYear ? targetYear == year : !PeriodHeader.IsBarePlan(HeaderOf(c)) && !PeriodHeader.IsEarlierTerm(HeaderOf(c), termStart))))
            .Order().ToArray();
        columns.Remove(AnnexColumn.Actual);
        if (result is { } actual) columns[AnnexColumn.Actual] = actual;
        else if (columns.TryGetValue(AnnexColumn.Verdict, out var verdict) && named[verdict] == AnnexColumn.Notes) columns.Remove(AnnexColumn.Verdict);

        // "% so KH" compares with the plan, "% so NQ" with the term's target; a bare "So sánh %" with what is scored.
        var percents = NamedColumns(AnnexColumn.ReportedPercent);
        var againstPlan = percents.Where(c => PercentAgainst(HeaderOf(c), PlanWords) || AgainstYearTarget(HeaderOf(c))).ToArray();
        var againstTerm = percents.Except(againstPlan).Where(c => PercentAgainst(HeaderOf(c), TermWords)).ToArray();
        var bare = percents.Except(againstPlan).Except(againstTerm).ToArray();
        columns.Remove(AnnexColumn.ReportedPercent);
        if ((plan is not null ? againstPlan.Concat(bare) : againstTerm.Concat(bare)).Cast<int?>().FirstOrDefault() is { } reported)
            columns[AnnexColumn.ReportedPercent] = reported;
        if (plan is not null && termTarget is not null && againstTerm.Length > 0) columns[AnnexColumn.TermPercent] = againstTerm[0];
        return new ColumnMap(columns, _headers, named, _ownText, VerdictMarks) { ScoresYearPlan = plan is not null, UnreadColumns = unread };
    }

    /// <summary>
    /// On a yearly map (<see cref="ForYear"/>), the result and target columns not read: another year's result ("TH năm
    /// 2027" beside "TH năm 2026"), part of the year beside the whole year ("TH 6 tháng đầu năm 2026" beside "Ước TH cả
    /// năm 2026"), a second result of the year, a second plan of the year or target of the term. Not read, as any other
    /// period's, but reported among the unplaced columns (an annex is one year's; the other year is sent as its own).
    /// Another year's plan ("KH năm 2027" in the 2026 annex) is not among them: it is known for what it is. Empty otherwise.
    /// </summary>
    public IReadOnlyList<int> UnreadColumns { get; private init; } = [];

    /// <summary>
    /// True for a yearly map (<see cref="ForYear"/>) whose <see cref="AnnexColumn.Target"/> is the year's plan
    /// rather than the term's target.
    /// </summary>
    public bool ScoresYearPlan { get; private init; }

    /// <summary>
    /// The latest year a result column names when it is one year, not a span ("Ước thực hiện năm 2026" → 2026),
    /// leaving aside results from before <paramref name="termStart"/>; null when none names one.
    /// </summary>
    public int? ResultYear(int? termStart) => ResultYears(termStart).Select(year => (int?)year).Max();

    /// <summary>Every year a result column names as one whole year (<see cref="ResultYear"/>'s candidates), left to right.</summary>
    public IEnumerable<int> ResultYears(int? termStart) =>
        NamedColumns(AnnexColumn.Actual)
            .Select(HeaderOf)
            .Where(h => !PeriodHeader.IsBaseline(h, termStart) && PeriodHeader.IsSingleYear(h) && PeriodTitle.PartOfYear(h) is null)
            .Select(h => PeriodHeader.End(h)!.Value);

    /// <summary>
    /// The year of a result column headed for part of a year ("Thực hiện 6 tháng đầu năm 2026" → 2026) when no result
    /// column is the whole year's ("Ước TH cả năm 2026" beside it makes the annex that year's); null otherwise.
    /// </summary>
    public int? ResultPartOfYear(int? termStart) => ResultYear(termStart) is not null ? null
        : NamedColumns(AnnexColumn.Actual).Select(HeaderOf).Select(PeriodTitle.PartOfYear).OfType<int>().Cast<int?>().FirstOrDefault();

    private static readonly string[] PlanWords = ["kh", "ke hoach"];
    private static readonly string[] TermWords = ["nq", "nghi quyet", "muc tieu", "nhiem ky", "chi tieu", "ct"];

    /// <summary>"So với chỉ tiêu năm (%)": against the year's target, the plan ("chỉ tiêu năm 2030" with a year may be the term's).</summary>
    private static bool AgainstYearTarget(string header) =>
        VietnameseText.ContainsPhrase(VietnameseText.Fold(header), "chi tieu nam") && PeriodHeader.End(header) is null;

    /// <summary>A percent header that names what it compares with: "% so KH", "TH/KH" (the plan); "% so NQ", "TH/NQ" (the term's target).</summary>
    private static bool PercentAgainst(string header, string[] words)
    {
        var folded = VietnameseText.Fold(header);
        return words.Any(w => VietnameseText.ContainsPhrase(folded, w) || folded.Contains("/" + w, StringComparison.Ordinal));
    }

    /// <summary>
    /// Marks the achieved columns from before the term (and bare years before it) as baselines, the first
    /// placed as <see cref="AnnexColumn.Baseline"/>, and returns the achieved columns left: the results.
    /// </summary>
    private int[] PlaceBaselines(int? termStart, Dictionary<AnnexColumn, int> columns, AnnexColumn?[] named)
    {
        var achieved = NamedColumns(AnnexColumn.Actual);
        var baselines = achieved.Where(c => PeriodHeader.IsBaseline(HeaderOf(c), termStart))
            .Concat(Enumerable.Range(0, _named.Length).Where(c => _named[c] is null && PeriodHeader.IsBareYearBefore(HeaderOf(c), termStart)))
            .Order().ToArray();
        foreach (var c in baselines) named[c] = AnnexColumn.Baseline;
        if (baselines.Length > 0) columns[AnnexColumn.Baseline] = baselines[0];
        return achieved.Except(baselines).ToArray();
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
