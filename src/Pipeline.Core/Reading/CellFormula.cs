using System.Globalization;

namespace Pipeline.Core.Reading;

/// <summary>
/// Evaluates the arithmetic formulas annexes hold — <c>ROUND(E9/D9*100,1)</c>,
/// <c>SUM(D10:D14)</c>, <c>=27.5</c> — for cells a program saved without their computed
/// values (Excel computes them when it opens the file; a reader sees nothing). Only what a
/// target table uses is supported: numbers, references to cells of the same sheet (with or
/// without $), ranges inside functions, + − × ÷ ^ %, parentheses, and SUM, AVERAGE, MIN, MAX,
/// PRODUCT, COUNT, ABS, ROUND, ROUNDUP, ROUNDDOWN, IFERROR. Anything else (text, other
/// sheets, other functions, errors such as ÷0) gives null: the cell stays empty rather than
/// guessed. Semantics follow Excel's: an empty cell is 0, text in a range is skipped.
/// </summary>
public static class CellFormula
{
    /// <summary>What a referenced cell holds, by 0-based (row, column).</summary>
    public delegate CellContent CellLookup(int row, int column);

    /// <summary>A referenced cell: its number, or none (<see cref="IsEmpty"/> tells an empty cell, 0 in arithmetic, from text, an error).</summary>
    public readonly record struct CellContent(double? Number, bool IsEmpty)
    {
        public static CellContent Empty { get; } = new(null, true);

        public static CellContent Text { get; } = new(null, false);

        public static CellContent Of(double number) => new(number, false);
    }

    /// <summary>Formulas nested deeper than this (parentheses or functions) are not evaluated.</summary>
    public const int MaxDepth = 64;

    /// <summary>Cells a range in one function may cover; a larger range is not evaluated.</summary>
    public const int MaxRangeCells = 100_000;

    /// <summary>
    /// Cell lookups a whole sheet's formulas may make together (every reference, every cell of
    /// every range), shared through one <see cref="Budget"/>: a file of a million
    /// <c>SUM(A1:XFD6)</c> formulas must not keep a core busy for hours.
    /// </summary>
    public const int DefaultBudget = 4_000_000;

    /// <summary>What is left of the lookups a sheet's formulas may make; once spent, every formula gives null.</summary>
    public sealed class Budget(long lookups)
    {
        public long Remaining { get; private set; } = lookups;

        /// <summary>Takes <paramref name="count"/> lookups; false (and nothing taken) when fewer are left.</summary>
        public bool TrySpend(long count)
        {
            if (count > Remaining) return false;
            Remaining -= count;
            return true;
        }
    }

    /// <param name="formula">The formula text as stored (no leading '=' in .xlsx; one is accepted).</param>
    /// <param name="rowOffset">Rows to move relative references by: a shared formula used below its first cell.</param>
    /// <param name="columnOffset">Columns to move relative references by.</param>
    /// <param name="cells">Looks up the numbers of referenced cells.</param>
    /// <param name="cell">The 0-based (row, column) of the formula's own cell, for ROW() and COLUMN() ("STT" columns number rows with <c>ROW()-5</c>).</param>
    /// <param name="budget">Lookups the evaluation may make, shared with the sheet's other formulas; null for <see cref="DefaultBudget"/> for this formula alone.</param>
    /// <returns>The value, or null when the formula is outside what is supported, its result is an error, or the budget is spent.</returns>
    public static double? Evaluate(string formula, int rowOffset, int columnOffset, CellLookup cells,
        (int Row, int Column)? cell = null, Budget? budget = null)
    {
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(cells);
        var parser = new Parser(formula.TrimStart('='), rowOffset, columnOffset, cells, cell, budget ?? new Budget(DefaultBudget));
        try
        {
            var value = parser.Expression(0);
            parser.SkipSpaces();
            return parser.AtEnd && value is { } v && double.IsFinite(v) ? v : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private sealed class Parser(string text, int rowOffset, int columnOffset, CellLookup cells, (int Row, int Column)? self, Budget budget)
    {
        private int _position;

        public bool AtEnd => _position >= text.Length;

        public void SkipSpaces()
        {
            while (_position < text.Length && text[_position] == ' ') _position++;
        }

        // Each level returns null for an Excel error (÷0, text in arithmetic); FormatException means "not supported".
        public double? Expression(int depth)
        {
            if (depth > MaxDepth) throw new FormatException("too deep");
            var left = Term(depth);
            while (true)
            {
                SkipSpaces();
                if (Accept('+')) left = Add(left, Term(depth), 1);
                else if (Accept('-')) left = Add(left, Term(depth), -1);
                else return left;
            }
        }

        private static double? Add(double? a, double? b, int sign) => a is { } x && b is { } y ? x + sign * y : null;

        private double? Term(int depth)
        {
            var left = Power(depth);
            while (true)
            {
                SkipSpaces();
                if (Accept('*'))
                {
                    var right = Power(depth);
                    left = left is { } a && right is { } b ? a * b : null;
                }
                else if (Accept('/'))
                {
                    var right = Power(depth);
                    left = left is { } a && right is { } b && b != 0 ? a / b : null;
                }
                else return left;
            }
        }

        private double? Power(int depth)
        {
            var left = Unary(depth);
            SkipSpaces();
            while (Accept('^'))
            {
                var right = Unary(depth);
                left = left is { } a && right is { } b ? Math.Pow(a, b) : null;
                SkipSpaces();
            }
            return left;
        }

        private double? Unary(int depth)
        {
            // Signs are counted in a loop, never recursed into: "=------…1" with 30,000 signs
            // must not overflow the stack of the host that reads it.
            var negative = false;
            while (true)
            {
                SkipSpaces();
                if (Accept('-')) negative = !negative;
                else if (!Accept('+')) break;
            }
            var value = Primary(depth);
            if (negative) value = -value;
            SkipSpaces();
            while (Accept('%')) value /= 100;
            return value;
        }

        private double? Primary(int depth)
        {
            SkipSpaces();
            if (AtEnd) throw new FormatException("end of formula");
            if (Accept('('))
            {
                var inner = Expression(depth + 1);
                Expect(')');
                return inner;
            }
            var ch = text[_position];
            if (char.IsAsciiDigit(ch) || ch == '.') return Number();
            if (ch == '$' || char.IsAsciiLetter(ch))
            {
                var start = _position;
                while (_position < text.Length && (char.IsAsciiLetterOrDigit(text[_position]) || text[_position] is '$' or '.' or '_')) _position++;
                var word = text[start.._position];
                SkipSpaces();
                if (Accept('(')) return Function(word.ToUpperInvariant(), depth + 1);
                if (Reference(word) is not { } cell) throw new FormatException("not a reference");
                if (_position < text.Length && text[_position] is ':' or '!') throw new FormatException("range or sheet outside a function");
                if (!budget.TrySpend(1)) throw new FormatException("budget spent");
                var content = cells(cell.Row, cell.Column);
                return content.Number ?? (content.IsEmpty ? 0 : null); // Excel: an empty cell is 0, text is #VALUE!
            }
            throw new FormatException("unsupported token");
        }

        private double Number()
        {
            var start = _position;
            while (_position < text.Length && (char.IsAsciiDigit(text[_position]) || text[_position] == '.')) _position++;
            if (_position < text.Length && text[_position] is 'E' or 'e')
            {
                _position++;
                if (_position < text.Length && text[_position] is '+' or '-') _position++;
                while (_position < text.Length && char.IsAsciiDigit(text[_position])) _position++;
            }
            return double.Parse(text.AsSpan(start, _position - start), NumberStyles.Float, CultureInfo.InvariantCulture);
        }

        private double? Function(string name, int depth)
        {
            if (depth > MaxDepth) throw new FormatException("too deep");
            SkipSpaces();
            if (name is "ROW" or "COLUMN")
            {
                var at = Accept(')') ? self : Reference(ReferenceText()) is { } referenced && Accept(')') ? referenced : throw new FormatException("ROW argument");
                if (at is not { } position) throw new FormatException("no position");
                return name == "ROW" ? position.Row + 1 : position.Column + 1;
            }
            var arguments = new List<List<double?>>();
            if (!Accept(')'))
            {
                do arguments.Add(Argument(depth));
                while (Accept(','));
                Expect(')');
            }
            double? Single(int index) => index < arguments.Count && arguments[index].Count == 1 ? arguments[index][0] : throw new FormatException("argument");
            // A range contributes its numbers only; an expression argument that is an error makes the function an error.
            if (name is not "IFERROR" && arguments.Any(a => a.Any(v => v is null))) return null;
            IEnumerable<double> Numbers() => arguments.SelectMany(a => a).Select(v => v!.Value);
            return name switch
            {
                "SUM" => Numbers().Sum(),
                "AVERAGE" => Numbers().Any() ? Numbers().Average() : null,
                "MIN" => Numbers().Any() ? Numbers().Min() : 0,
                "MAX" => Numbers().Any() ? Numbers().Max() : 0,
                "PRODUCT" => Numbers().Aggregate(1d, (a, b) => a * b),
                "COUNT" => Numbers().Count(),
                "ABS" => Single(0) is { } x ? Math.Abs(x) : null,
                "ROUND" => Round(Single(0), Single(1), MidpointRounding.AwayFromZero),
                "ROUNDUP" => Round(Single(0), Single(1), MidpointRounding.AwayFromZero, up: true),
                "ROUNDDOWN" => Round(Single(0), Single(1), MidpointRounding.ToZero),
                "IFERROR" => Single(0) ?? Single(1),
                _ => throw new FormatException("unsupported function"),
            };
        }

        private static double? Round(double? value, double? digits, MidpointRounding mode, bool up = false)
        {
            if (value is not { } v || digits is not { } d || d is < -15 or > 15) return null;
            var scale = Math.Pow(10, Math.Truncate(d));
            if (up) return Math.Sign(v) * Math.Ceiling(Math.Round(Math.Abs(v) * scale, 9)) / scale;
            return Math.Round(v * scale, mode) / scale;
        }

        /// <summary>The letters, digits and $ of a reference at the current position, consumed.</summary>
        private string ReferenceText()
        {
            SkipSpaces();
            var start = _position;
            while (_position < text.Length && (char.IsAsciiLetterOrDigit(text[_position]) || text[_position] == '$')) _position++;
            return text[start.._position];
        }

        /// <summary>One argument: a range (its numbers, text and empty cells skipped as Excel does) or an expression.</summary>
        private List<double?> Argument(int depth)
        {
            SkipSpaces();
            var start = _position;
            var end = start;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '$' or ':')) end++;
            var candidate = text[start..end];
            var colon = candidate.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && Reference(candidate[..colon]) is { } from && Reference(candidate[(colon + 1)..]) is { } to)
            {
                _position = end;
                var (top, bottom) = (Math.Min(from.Row, to.Row), Math.Max(from.Row, to.Row));
                var (left, right) = (Math.Min(from.Column, to.Column), Math.Max(from.Column, to.Column));
                var size = (long)(bottom - top + 1) * (right - left + 1);
                if (size > MaxRangeCells || !budget.TrySpend(size)) throw new FormatException("range too large or budget spent");
                var values = new List<double?>();
                for (var r = top; r <= bottom; r++)
                    for (var c = left; c <= right; c++)
                        if (cells(r, c).Number is { } v) values.Add(v);
                SkipSpaces();
                return values;
            }
            var value = Expression(depth);
            SkipSpaces();
            return [value];
        }

        /// <summary>"E9", "$E$9", "E$9" as a 0-based cell, relative parts moved by the offsets; null when not a reference.</summary>
        private (int Row, int Column)? Reference(string word)
        {
            var i = 0;
            var absoluteColumn = i < word.Length && word[i] == '$';
            if (absoluteColumn) i++;
            var column = 0;
            var letters = 0;
            while (i < word.Length && char.IsAsciiLetter(word[i]))
            {
                column = column * 26 + (char.ToUpperInvariant(word[i]) - 'A' + 1);
                i++;
                if (++letters > 3) return null;
            }
            if (letters == 0) return null;
            var absoluteRow = i < word.Length && word[i] == '$';
            if (absoluteRow) i++;
            if (i == word.Length || !int.TryParse(word.AsSpan(i), NumberStyles.None, CultureInfo.InvariantCulture, out var row) || row < 1) return null;
            var r = row - 1 + (absoluteRow ? 0 : rowOffset);
            var c = column - 1 + (absoluteColumn ? 0 : columnOffset);
            return r < 0 || c < 0 ? null : (r, c);
        }

        private bool Accept(char ch)
        {
            SkipSpaces();
            if (_position < text.Length && text[_position] == ch)
            {
                _position++;
                return true;
            }
            return false;
        }

        private void Expect(char ch)
        {
            if (!Accept(ch)) throw new FormatException($"expected '{ch}'");
        }
    }
}
