using System.Globalization;
using System.Text;

namespace Pipeline.Workbooks;

/// <summary>
/// Draws an <see cref="AnnexTable"/> on a sheet the way commune clerks do: title lines
/// merged across the table, a one-, two- or three-row header with merged cells, group rows
/// merged across, bordered cells, then a signature block.
/// </summary>
public static class AnnexSheetLayout
{
    private static readonly IReadOnlyDictionary<AnnexColumn, double> DefaultWidths = new Dictionary<AnnexColumn, double>
    {
        [AnnexColumn.Ordinal] = 5,
        [AnnexColumn.Indicator] = 48,
        [AnnexColumn.Unit] = 11,
        [AnnexColumn.Target] = 13,
        [AnnexColumn.Actual] = 13,
        [AnnexColumn.ReportedPercent] = 10,
        [AnnexColumn.Verdict] = 11,
        [AnnexColumn.Baseline] = 12,
        [AnnexColumn.TermTarget] = 13,
        [AnnexColumn.TermPercent] = 9,
    };

    public static SheetSpec ToSheet(AnnexTable table, string sheetName)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentException.ThrowIfNullOrWhiteSpace(sheetName);
        if (table.Columns.Count == 0 || table.Columns.Distinct().Count() != table.Columns.Count)
        {
            throw new ArgumentException("An annex needs at least one column and no column twice.", nameof(table));
        }

        var grid = new Grid(table);
        grid.AddTitles();
        grid.AddHeader();
        var body = grid.AddBody();
        var footer = grid.AddSignature();

        var rows = new ComputedList<IReadOnlyList<CellSpec>>(
            grid.Prefix.Count + body.Count + footer.Count,
            i => i < grid.Prefix.Count ? grid.Prefix[i]
                : i < grid.Prefix.Count + body.Count ? body[i - grid.Prefix.Count]
                : footer[i - grid.Prefix.Count - body.Count]);

        return new SheetSpec(sheetName, rows, grid.Merges)
        {
            ColumnWidths = grid.Widths(),
        };
    }

    /// <summary>Mutable state of one layout pass; rows are appended top to bottom.</summary>
    private sealed class Grid(AnnexTable table)
    {
        private readonly AnnexLayoutOptions _options = table.Layout;
        private readonly int _first = table.Layout.LeadingColumns;
        private readonly int _width = table.Layout.LeadingColumns + table.Columns.Count;
        private int _bodyStart;

        public List<IReadOnlyList<CellSpec>> Prefix { get; } = [];

        public List<MergeSpec> Merges { get; } = [];

        private int Last => _width - 1;

        public void AddTitles()
        {
            foreach (var title in table.Titles)
            {
                var look = title.StartsWith('(') ? CellLook.TitleNote : CellLook.Title;
                var row = NewRow(CellSpec.Empty);
                row[_first] = CellSpec.Text(Shape(title)).WithLook(look);
                MergeAcross(Prefix.Count, _first, Last);
                Prefix.Add(row);
            }

            for (var i = 0; i < _options.BlankRowsAfterTitle; i++)
            {
                Prefix.Add([]);
            }
        }

        public void AddHeader()
        {
            var top = Prefix.Count;
            var header = CellSpec.Empty.WithLook(CellLook.Header);
            switch (_options.HeaderStyle)
            {
                case HeaderStyle.SingleRow:
                {
                    var row = NewRow(CellSpec.Empty);
                    foreach (var (column, x) in Positions())
                    {
                        row[x] = HeaderCell(table.HeaderOf(column));
                    }

                    Prefix.Add(row);
                    break;
                }

                case HeaderStyle.TwoRowsMerged:
                {
                    var upper = NewRow(CellSpec.Empty);
                    var lower = NewRow(CellSpec.Empty);
                    var span = SuperHeaderSpan();
                    foreach (var (column, x) in Positions())
                    {
                        upper[x] = header;
                        lower[x] = header;
                        if (span.Contains(column))
                        {
                            lower[x] = HeaderCell(table.HeaderOf(column));
                        }
                        else
                        {
                            upper[x] = HeaderCell(table.HeaderOf(column));
                            Merges.Add(new MergeSpec(top, x, top + 1, x));
                        }
                    }

                    if (span.Count > 0)
                    {
                        var x = X(span[0]);
                        upper[x] = HeaderCell(_options.SuperHeader);
                        MergeAcross(top, x, x + span.Count - 1);
                    }

                    Prefix.Add(upper);
                    Prefix.Add(lower);
                    break;
                }

                case HeaderStyle.ThreeRowsSplit:
                {
                    var splits = _options.SplitHeaders
                        ?? new Dictionary<AnnexColumn, IReadOnlyList<string>>
                        {
                            [AnnexColumn.Target] = SplitInThree(table.HeaderOf(AnnexColumn.Target)),
                        };
                    var height = Math.Max(3, splits.Values.Select(p => p.Count).DefaultIfEmpty(0).Max());
                    var rows = Enumerable.Range(0, height).Select(_ => NewRow(CellSpec.Empty)).ToArray();
                    foreach (var (column, x) in Positions())
                    {
                        for (var i = 0; i < height; i++)
                        {
                            rows[i][x] = header;
                        }

                        if (splits.TryGetValue(column, out var pieces))
                        {
                            for (var i = 0; i < pieces.Count; i++)
                            {
                                rows[i][x] = HeaderCell(pieces[i]);
                            }
                        }
                        else
                        {
                            rows[0][x] = HeaderCell(table.HeaderOf(column));
                            Merges.Add(new MergeSpec(top, x, top + height - 1, x));
                        }
                    }

                    Prefix.AddRange(rows);
                    break;
                }

                default:
                    throw new ArgumentOutOfRangeException(nameof(table), _options.HeaderStyle, "Unknown header style.");
            }

            if (_options.NumberingRow)
            {
                var row = NewRow(CellSpec.Empty);
                var n = 1;
                foreach (var (_, x) in Positions())
                {
                    row[x] = CellSpec.Text(Numbered(n++)).WithLook(CellLook.Header with { Bold = false, Italic = true });
                }

                Prefix.Add(row);
            }
        }

        /// <summary>Body rows are computed on access, so a lazily generated table stays lazy.</summary>
        public ComputedList<IReadOnlyList<CellSpec>> AddBody()
        {
            _bodyStart = Prefix.Count;
            var groupSpan = GroupTextSpan();
            for (var i = 0; i < table.Rows.Count; i++)
            {
                if (table.Rows[i] is AnnexGroupRow && groupSpan.Last > groupSpan.First)
                {
                    MergeAcross(_bodyStart + i, groupSpan.First, groupSpan.Last);
                }
            }

            return new ComputedList<IReadOnlyList<CellSpec>>(table.Rows.Count, i => BodyRow(table.Rows[i], _bodyStart + i, groupSpan));
        }

        public List<IReadOnlyList<CellSpec>> AddSignature()
        {
            var footer = new List<IReadOnlyList<CellSpec>>();
            if (table.Signature is not { } signature)
            {
                return footer;
            }

            for (var i = 0; i < signature.RowsAfterTable; i++)
            {
                footer.Add([]);
            }

            var top = _bodyStart + table.Rows.Count + footer.Count;
            var left = signature.Recipients.Count > 0 ? ["Nơi nhận:", .. signature.Recipients] : Array.Empty<string>();
            var rightWidth = Math.Clamp(signature.Columns, 1, table.Columns.Count);
            var rightFirst = Last - rightWidth + 1;
            var leftLast = Math.Min(_first + 1, rightFirst - 1);
            for (var i = 0; i < Math.Max(left.Length, signature.Lines.Count); i++)
            {
                var row = NewRow(CellSpec.Empty);
                if (i < left.Length && leftLast >= _first)
                {
                    var look = i == 0 ? new CellLook(Bold: true, Italic: true) : new CellLook(Alignment: CellAlignment.Left);
                    row[_first] = CellSpec.Text(left[i]).WithLook(look);
                    MergeAcross(top + i, _first, leftLast);
                }

                if (i < signature.Lines.Count && signature.Lines[i].Length > 0)
                {
                    row[rightFirst] = CellSpec.Text(signature.Lines[i]).WithLook(CellLook.Signature);
                    MergeAcross(top + i, rightFirst, Last);
                }

                footer.Add(row);
            }

            return footer;
        }

        public double[] Widths()
        {
            var widths = new double[_width];
            for (var x = 0; x < _first; x++)
            {
                widths[x] = 3;
            }

            foreach (var (column, x) in Positions())
            {
                widths[x] = _options.ColumnWidths is { } custom && custom.TryGetValue(column, out var w) ? w : DefaultWidths[column];
            }

            return widths;
        }

        private CellSpec[] BodyRow(AnnexRow row, int sheetRow, (int First, int Last) groupSpan)
        {
            var cells = NewRow(CellSpec.Empty);
            switch (row)
            {
                case AnnexGroupRow group:
                    foreach (var (_, x) in Positions())
                    {
                        cells[x] = CellSpec.Empty.WithLook(CellLook.GroupRow);
                    }

                    // With no ordinal column the numeral has nowhere else to go but the text.
                    var hasOrdinal = table.Columns.Contains(AnnexColumn.Ordinal);
                    if (hasOrdinal)
                    {
                        cells[X(AnnexColumn.Ordinal)] = CellSpec.Text(group.Ordinal).WithLook(CellLook.GroupRow with { Alignment = CellAlignment.Center });
                    }

                    if (groupSpan.First >= 0)
                    {
                        cells[groupSpan.First] = CellSpec.Text(hasOrdinal ? group.Text : $"{group.Ordinal}. {group.Text}").WithLook(CellLook.GroupRow);
                    }

                    break;
                case AnnexTargetRow target:
                    foreach (var (column, x) in Positions())
                    {
                        var cell = Resolve(target[column], sheetRow);
                        var look = column == AnnexColumn.Indicator ? CellLook.BodyText : CellLook.BodyValue;
                        cells[x] = cell.Look == CellLook.Plain ? cell.WithLook(look) : cell;
                    }

                    break;
                default:
                    throw new ArgumentException($"Unknown annex row {row.GetType().Name}.", nameof(row));
            }

            return cells;
        }

        /// <summary>Turns "{Actual}/{Target}" in a row formula into this row's A1 references.</summary>
        private CellSpec Resolve(CellSpec cell, int sheetRow)
        {
            if (cell is not FormulaCell formula || !formula.Expression.Contains('{', StringComparison.Ordinal))
            {
                return cell;
            }

            var expression = formula.Expression;
            foreach (var (column, x) in Positions())
            {
                expression = expression.Replace($"{{{column}}}", CellName.Of(sheetRow, x), StringComparison.Ordinal);
            }

            if (expression.Contains('{', StringComparison.Ordinal))
            {
                throw new ArgumentException($"Formula '{formula.Expression}' names a column the table does not show.", nameof(cell));
            }

            return formula with { Expression = expression };
        }

        /// <summary>The contiguous run of Target/Actual/ReportedPercent that the super-header covers.</summary>
        private List<AnnexColumn> SuperHeaderSpan()
        {
            AnnexColumn[] results = [AnnexColumn.Target, AnnexColumn.Actual, AnnexColumn.ReportedPercent];
            var span = new List<AnnexColumn>();
            foreach (var column in table.Columns)
            {
                if (results.Contains(column))
                {
                    span.Add(column);
                }
                else if (span.Count > 0)
                {
                    break;
                }
            }

            return span;
        }

        /// <summary>Where a group row's text goes: the run of columns after (or before) the ordinal.</summary>
        private (int First, int Last) GroupTextSpan()
        {
            var ordinal = table.Columns.ToList().IndexOf(AnnexColumn.Ordinal);
            if (ordinal < 0)
            {
                return (_first, Last);
            }

            if (table.Columns.Count == 1)
            {
                return (-1, -1);
            }

            // Text goes right of the ordinal; if the ordinal is the last column, left of it.
            return ordinal < table.Columns.Count - 1
                ? (_first + ordinal + 1, Last)
                : (_first, _first + ordinal - 1);
        }

        private IEnumerable<(AnnexColumn Column, int X)> Positions() =>
            table.Columns.Select((column, i) => (column, _first + i));

        private int X(AnnexColumn column) => _first + table.Columns.ToList().IndexOf(column);

        private CellSpec[] NewRow(CellSpec fill) => Enumerable.Repeat(fill, _width).ToArray();

        private CellSpec HeaderCell(string text) => CellSpec.Text(Shape(text)).WithLook(CellLook.Header);

        private string Shape(string text) =>
            _options.DecomposeText ? text.Normalize(NormalizationForm.FormD) : text.Normalize(NormalizationForm.FormC);

        private void MergeAcross(int row, int first, int last)
        {
            if (last > first)
            {
                Merges.Add(new MergeSpec(row, first, row, last));
            }
        }
    }

    /// <summary>"Chỉ tiêu NQ Đại hội XXII" → "Chỉ tiêu" / "NQ Đại" / "hội XXII".</summary>
    internal static IReadOnlyList<string> SplitInThree(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var pieces = new List<string>();
        var start = 0;
        for (var part = 0; part < 3; part++)
        {
            var end = (int)Math.Round(words.Length * (part + 1) / 3.0, MidpointRounding.AwayFromZero);
            pieces.Add(string.Join(' ', words[start..Math.Max(start, end)]));
            start = Math.Max(start, end);
        }

        return pieces.Where(p => p.Length > 0).ToList();
    }

    internal static string Numbered(int n) => string.Create(CultureInfo.InvariantCulture, $"({n})");
}
