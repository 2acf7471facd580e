using Pipeline.Core.Annexes;
using Pipeline.Core.Text;

namespace Pipeline.Core.Reading;

/// <summary>
/// Collects the rows of one annex table under its header: group rows set the group of the
/// targets below them, target rows become <see cref="AnnexRow"/>s, and a row with text but no
/// ordinal and no values continues the previous target's text (a long indicator that ran
/// onto the next row or page). An indicator stops growing at <paramref name="maxIndicatorCharacters"/>:
/// every join copies it, so thousands of continuation rows would cost time quadratic in its length.
/// </summary>
internal sealed class AnnexTableBuilder(ColumnMap map, int maxIndicatorCharacters)
{
    private readonly List<AnnexRow> _rows = [];
    private TargetGroup? _group;

    public ColumnMap Map => map;

    public IReadOnlyList<AnnexRow> Rows => _rows;

    public void Add(SheetRow row)
    {
        var ordinal = CleanOrdinal(Text(row, AnnexColumn.Ordinal));
        var indicator = Text(row, AnnexColumn.Indicator);
        var target = Cell(row, AnnexColumn.Target);
        var actual = Cell(row, AnnexColumn.Actual);
        var percent = Cell(row, AnnexColumn.ReportedPercent);
        var noFigures = target.IsEmpty && actual.IsEmpty;

        if (noFigures && IsGroupRow(row, ordinal, indicator, out var groupText))
        {
            _group = GroupRowReader.GroupOf(groupText);
            return;
        }

        if (ordinal.Length == 0 && noFigures && percent.IsEmpty && indicator.Length > 0 && _rows.Count > 0)
        {
            var previous = _rows[^1];
            if (previous.Indicator.Length < maxIndicatorCharacters)
                _rows[^1] = previous with { Indicator = previous.Indicator + " " + indicator };
            return;
        }

        if (indicator.Length == 0 && target.IsEmpty) return;

        var verdict = Text(row, AnnexColumn.Verdict);
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
            ReportedStatus: VerdictReader.Read(verdict)));
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
        var title = StripRomanPrefix(string.Join(' ', row.NonEmpty().Select(c => c.Text)));
        if (!GroupRowReader.LooksLikeGroupTitle(title)) return false;
        groupText = title;
        return true;
    }

    private static string StripRomanPrefix(string text)
    {
        var space = text.IndexOfAny([' ', '.', ')']);
        if (space <= 0 || !GroupRowReader.IsGroupOrdinal(text[..space])) return text;
        return text[(space + 1)..].TrimStart(' ', '.', ')', '-', ':');
    }

    private static string CleanOrdinal(string ordinal) => ordinal.TrimEnd('.', ')', ':').Trim();

    private string Text(SheetRow row, AnnexColumn column) => Cell(row, column).Text;

    private SheetCell Cell(SheetRow row, AnnexColumn column) => map[column] is { } index ? row[index] : SheetCell.Blank;
}
