using Pipeline.Core.Annexes;
using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Collects the rows of one annex table under its header: group rows set the group of the
/// targets below them, total lines ("Tổng cộng", <see cref="TotalRow"/>) are left out, target rows become <see cref="AnnexRow"/>s, and a row with text but no
/// ordinal and no values continues the previous target's text (a long indicator that ran
/// onto the next row or page). An indicator stops growing at <paramref name="maxIndicatorCharacters"/>:
/// every join copies it, so thousands of continuation rows would cost time quadratic in its length.
/// The non-empty cells of target rows in columns the map does not read are kept (at most one per
/// cell of the sheet's rows, which <see cref="AnnexReadLimits"/> bound) so that, once every row is
/// in, <see cref="Build"/> can place columns by their content and report the rest.
/// </summary>
internal sealed class AnnexTableBuilder(ColumnMap map, int maxIndicatorCharacters)
{
    private static readonly AnnexColumn[] ReadColumns =
        [AnnexColumn.Ordinal, AnnexColumn.Indicator, AnnexColumn.Unit, AnnexColumn.Target, AnnexColumn.Actual, AnnexColumn.ReportedPercent, AnnexColumn.Verdict, AnnexColumn.Baseline,
         AnnexColumn.TermTarget, AnnexColumn.TermPercent];

    private readonly List<AnnexRow> _rows = [];
    private readonly HashSet<int> _read = [.. ReadColumns.Select(c => map[c]).OfType<int>(), .. map.VerdictMarks.Select(m => m.Column)];
    private readonly SortedDictionary<int, List<(int Row, SheetCell Cell)>> _loose = [];
    private TargetGroup? _group;

    // The result column's header decides for every row whether its result is an estimate ("Ước thực hiện").
    private readonly bool _estimate = map[AnnexColumn.Actual] is { } actualColumn && PeriodHeader.IsEstimate(map.HeaderOf(actualColumn));

    /// <summary>The map from the header, which decides how each row is read.</summary>
    public ColumnMap Map => map;

    public IReadOnlyList<AnnexRow> Rows => _rows;

    public void Add(SheetRow row)
    {
        var ordinal = CleanOrdinal(Text(row, AnnexColumn.Ordinal));
        var indicator = Text(row, AnnexColumn.Indicator);
        var target = Cell(row, AnnexColumn.Target);
        var actual = Cell(row, AnnexColumn.Actual);
        var percent = Cell(row, AnnexColumn.ReportedPercent);
        var termTarget = Cell(row, AnnexColumn.TermTarget);
        var noFigures = target.IsEmpty && actual.IsEmpty && termTarget.IsEmpty;

        if (noFigures && IsGroupRow(row, ordinal, indicator, out var groupText))
        {
            _group = GroupRowReader.GroupOf(groupText);
            return;
        }

        if (TotalRow.Is(ordinal, indicator)) return;

        if (ordinal.Length == 0 && noFigures && percent.IsEmpty && indicator.Length > 0 && _rows.Count > 0)
        {
            var previous = _rows[^1];
            if (previous.Indicator.Length < maxIndicatorCharacters)
                _rows[^1] = previous with { Indicator = previous.Indicator + " " + indicator };
            return;
        }

        if (indicator.Length == 0 && target.IsEmpty && termTarget.IsEmpty) return;

        var verdict = map.VerdictMarks.Count > 0 ? MarkedVerdict(row) : Text(row, AnnexColumn.Verdict);
        _rows.Add(new AnnexRow(
            SourceRow: row.Number,
            Ordinal: ordinal,
            Group: _group,
            Indicator: indicator,
            Unit: Text(row, AnnexColumn.Unit),
            Target: target.ToValue(),
            Actual: actual.ToValue(),
            ReportedPercent: percent.ToValue(),
            ReportedVerdict: verdict,
            ReportedStatus: VerdictReader.Read(verdict))
        {
            Baseline = Cell(row, AnnexColumn.Baseline).ToValue(),
            TermTarget = termTarget.ToValue(),
            ReportedTermPercent = Cell(row, AnnexColumn.TermPercent).ToValue(),
            // The header's word for every row, else the cell's own: "Ước đạt 452", "452 (ước)".
            Estimate = !actual.IsEmpty && (_estimate || PeriodHeader.IsEstimate(actual.Text)),
        });
        KeepLooseCells(row);
    }

    /// <summary>
    /// The table as read: columns the header left unplaced are placed by content where it is
    /// clear (the reported percent, then the verdict, only for meanings no header placed, and
    /// only columns no header names); every other column inside the
    /// table — between the first and last column a header names, with a header text of its own, or
    /// holding values on target rows — is reported unplaced. Ordinal and notes columns are known
    /// and left out; so are empty spacer columns.
    /// </summary>
    public TableRead Build()
    {
        var placed = map;
        var rows = PercentFractions.Scale(_rows.ToArray());
        var unnamed = _loose.Keys.Where(c => map.NamedAs(c) is null).ToArray();

        if (!placed.Has(AnnexColumn.ReportedPercent) && placed.Has(AnnexColumn.Target) && placed.Has(AnnexColumn.Actual)
            && Best(unnamed, cells => ColumnContent.PercentAgreement(rows, cells)) is { } percent)
        {
            placed = placed.With(AnnexColumn.ReportedPercent, percent);
            foreach (var (index, cell) in _loose[percent]) rows[index] = rows[index] with { ReportedPercent = cell.ToValue() };
        }

        if (!placed.Has(AnnexColumn.Verdict)
            && Best(unnamed.Where(c => c != placed[AnnexColumn.ReportedPercent]), ColumnContent.VerdictShare) is { } verdict)
        {
            placed = placed.With(AnnexColumn.Verdict, verdict);
            if (_loose.TryGetValue(verdict, out var verdicts))
            {
                foreach (var (index, cell) in verdicts)
                    rows[index] = rows[index] with { ReportedVerdict = cell.Text, ReportedStatus = VerdictReader.Read(cell.Text) };
            }
        }

        return new TableRead(placed, WithoutSplitRows(rows), Unplaced(placed));
    }

    /// <summary>
    /// Rows that hold a target's text but none of its figures: when the next row has no ordinal and
    /// holds the figures, the target ran onto it ("4 | Thu ngân sách trên địa bàn" over "(không kể thu
    /// bổ sung) | 1.200 | 1.350"), and the two are one target, at the row of its figures; when the
    /// next rows are its parts ("a) Lúa", "- Trong đó", "3.1"), it is their heading, not a target.
    /// A row without figures followed by neither stays, to be flagged.
    /// </summary>
    private static AnnexRow[] WithoutSplitRows(AnnexRow[] rows)
    {
        var kept = new List<AnnexRow>(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            if (i + 1 < rows.Length && row.Ordinal.Length > 0 && HasNoFigures(row))
            {
                var next = rows[i + 1];
                if (next.Ordinal.Length == 0 && !HasNoFigures(next))
                {
                    kept.Add(next with { Ordinal = row.Ordinal, Group = row.Group, Indicator = (row.Indicator + " " + next.Indicator).Trim() });
                    i++;
                    continue;
                }
                if (IsPartOf(next, row.Ordinal)) continue;
            }
            kept.Add(row);
        }
        return kept.ToArray();
    }

    private static bool HasNoFigures(AnnexRow row) =>
        row.Target.IsEmpty && row.Actual.IsEmpty && row.TermTarget.IsEmpty && row.ReportedPercent.IsEmpty && row.ReportedVerdict.Length == 0;

    /// <summary>"a", "b" (the ")" or "." already trimmed), "-", "+", "3.1" under "3", or no ordinal and a text opening with "-" or "a)".</summary>
    private static bool IsPartOf(AnnexRow row, string parent)
    {
        var ordinal = row.Ordinal;
        if (ordinal.Length == 1 && char.IsLower(ordinal[0])) return true;
        if (ordinal is "-" or "+" or "*" or "–" or "•") return true;
        if (ordinal.StartsWith(parent + ".", StringComparison.Ordinal) && ordinal.Length > parent.Length + 1) return true;
        var text = row.Indicator.TrimStart();
        return ordinal.Length == 0 && (text.StartsWith('-') || text.StartsWith('+') || text.StartsWith('–')
            || (text.Length > 1 && char.IsLower(text[0]) && text[1] == ')'));
    }

    private List<UnplacedColumn> Unplaced(ColumnMap placed)
    {
        var taken = placed.Columns.Values.Concat(placed.VerdictMarks.Select(m => m.Column)).ToHashSet();
        var (first, last) = placed.Span;
        var width = Math.Max(placed.Width, _loose.Count == 0 ? 0 : _loose.Keys.Max() + 1);
        var unplaced = new List<UnplacedColumn>();
        for (var c = 0; c < width; c++)
        {
            if (taken.Contains(c) || (placed.NamedAs(c) is AnnexColumn.Ordinal or AnnexColumn.Notes or AnnexColumn.Baseline or AnnexColumn.OtherPeriod && !placed.UnreadColumns.Contains(c))) continue;
            var headed = c >= first && c <= last && placed.HasOwnHeader(c);
            if (headed || _loose.ContainsKey(c)) unplaced.Add(new UnplacedColumn(ColumnLetter.Of(c), placed.HeaderOf(c)));
        }
        return unplaced;
    }

    /// <summary>The leftmost column with the highest share, if that share is enough.</summary>
    private int? Best(IEnumerable<int> columns, Func<IEnumerable<(int Row, SheetCell Cell)>, decimal?> share)
    {
        int? best = null;
        decimal? bestShare = null;
        foreach (var column in columns)
        {
            var found = share(_loose[column]);
            if (ColumnContent.IsEnough(found) && (bestShare is null || found > bestShare))
            {
                best = column;
                bestShare = found;
            }
        }
        return best;
    }

    private void KeepLooseCells(SheetRow row)
    {
        for (var c = 0; c < row.Cells.Count; c++)
        {
            var cell = row.Cells[c];
            if (cell.IsEmpty || _read.Contains(c) || map.NamedAs(c) == AnnexColumn.Ordinal) continue;
            if (!_loose.TryGetValue(c, out var cells)) _loose[c] = cells = [];
            cells.Add((_rows.Count - 1, cell));
        }
    }

    private static bool IsGroupRow(SheetRow row, string ordinal, string indicator, out string groupText)
    {
        groupText = indicator;
        if (GroupRowReader.IsGroupOrdinal(ordinal))
        {
            if (groupText.Length == 0) groupText = string.Join(' ', row.NonEmpty().Select(c => c.Text).Skip(1));
            return true;
        }

        // A group title written across the row, its numeral in the same cell: "I. Nhóm chỉ tiêu về kinh tế".
        if (ordinal.Length > 0 && char.IsAsciiDigit(ordinal[0])) return false;
        var line = string.Join(' ', row.NonEmpty().Select(c => c.Text));
        var title = StripRomanPrefix(line);
        // "I. KINH TẾ" in the indicator cell of a table with no ordinal column is a group as much as "I | KINH TẾ".
        if (!GroupRowReader.LooksLikeGroupTitle(title) && !(ordinal.Length == 0 && GroupRowReader.OpensWithGroupOrdinal(indicator.Length > 0 ? indicator : line))) return false;
        groupText = title;
        return true;
    }

    private static string StripRomanPrefix(string text)
    {
        var space = text.IndexOfAny([' ', '.', ')']);
        if (space <= 0 || !GroupRowReader.IsGroupOrdinal(text[..space])) return text;
        return text[(space + 1)..].TrimStart(' ', '.', ')', '-', ':');
    }

    private string MarkedVerdict(SheetRow row) =>
        map.VerdictMarks.FirstOrDefault(mark => row[mark.Column].Text.Length > 0)?.Verdict ?? string.Empty;

    private static string CleanOrdinal(string ordinal) => ordinal.TrimEnd('.', ')', ':').Trim();

    private string Text(SheetRow row, AnnexColumn column) => Cell(row, column).Text;

    private SheetCell Cell(SheetRow row, AnnexColumn column) => map[column] is { } index ? row[index] : SheetCell.Blank;
}
