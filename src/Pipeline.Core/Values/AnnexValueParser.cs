using System.Globalization;
using Pipeline.Core.Text;

namespace Pipeline.Core.Values;

/// <summary>
/// Turns what a value cell holds into an <see cref="AnnexValue"/>: Vietnamese number text,
/// composites and typos from text cells, and true numbers (percent-formatted cells scaled
/// to the percentage the clerk sees).
/// </summary>
public static class AnnexValueParser
{
    /// <summary>Reads a cell as returned by the workbook reader (string, double, DateTime, bool or null).</summary>
    public static AnnexValue FromCell(object? cell, string? numberFormat)
    {
        switch (cell)
        {
            case null:
                return AnnexValue.Empty;
            case string text:
                return Parse(text);
            case double number:
                return FromNumber(number, numberFormat);
            case int or long or float or decimal:
                return FromNumber(Convert.ToDouble(cell, CultureInfo.InvariantCulture), numberFormat);
            case DateTime date:
                // Excel turns "12-5" into a date; the intended figures are gone, so say so.
                return new AnnexValue(date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), []);
            default:
                return new AnnexValue(Convert.ToString(cell, CultureInfo.InvariantCulture) ?? string.Empty, []);
        }
    }

    public static AnnexValue FromNumber(double number, string? numberFormat)
    {
        if (double.IsNaN(number) || double.IsInfinity(number) || Math.Abs(number) > 1e15)
            return new AnnexValue(number.ToString(CultureInfo.InvariantCulture), []);
        var percent = IsPercentFormat(numberFormat);
        // Decimal conversion keeps 15 significant digits, which drops binary noise (0.8733 * 100).
        var value = Math.Round((decimal)number * (percent ? 100m : 1m), 10);
        value /= 1.0000000000000000000000000000m; // drop trailing zeros: 27.50 → 27.5
        // The text is what a clerk sees in Excel with Vietnamese settings: "27,5", "2.262", "87,33%".
        var text = VietnameseNumber.Format(value, 10) + (percent ? "%" : string.Empty);
        return AnnexValue.Number(value, text);
    }

    /// <summary>
    /// Reads text typed into a value cell: its figures (years, dates and list numbers inside words
    /// are not figures: <see cref="WordsNotFigures"/>), then what they are — one figure with the
    /// bound written beside it (<see cref="BoundWords"/>), a range ("10-12%", "từ 30 đến 35"), a
    /// composite, words alone (qualitative), or nothing readable.
    /// </summary>
    public static AnnexValue Parse(string raw)
    {
        var text = VietnameseText.Clean(JoinBrokenDigits(raw));
        if (text.Length == 0 || IsPlaceholder(text)) return AnnexValue.Empty;

        var figures = Figures(WordsNotFigures.Mask(text));
        var parts = figures.Select(f => f.Value).ToArray();
        if (parts.Length == 0)
        {
            if (NumberWords.Read(text) is { } count) return AnnexValue.Number(count, text); // "Hai HTX"
            return new AnnexValue(text, []) { Kind = HasWords(text) ? ValueKind.Qualitative : ValueKind.Unreadable };
        }
        if (parts.Length == 1)
            return new AnnexValue(text, parts) { Bound = BoundWords.Of(text, figures[0].Start, figures[0].End), Whole = figures[0].Whole };
        if (parts.Length == 2 && IsRange(text, figures[0], figures[1]))
            return new AnnexValue(text, parts) { Kind = ValueKind.Range };
        return new AnnexValue(text, parts);
    }

    /// <summary>
    /// The figures <see cref="Parse"/> reads in <paramref name="raw"/>, in order, each with where it ends in
    /// <paramref name="text"/> (the cell's text as <see cref="Parse"/> cleans it): what follows a figure says what it
    /// counts (<see cref="FigureCue"/>).
    /// </summary>
    public static IReadOnlyList<(decimal Value, int End)> Locate(string raw, out string text)
    {
        text = VietnameseText.Clean(JoinBrokenDigits(raw ?? ""));
        if (text.Length == 0 || IsPlaceholder(text)) return [];
        return Figures(WordsNotFigures.Mask(text)).Select(f => (f.Value, f.End)).ToArray();
    }

    /// <summary>One figure found in a cell: its value, where it stands (start inclusive, end exclusive), and the whole after a "/" ("14/19").</summary>
    private readonly record struct Figure(decimal Value, int Start, int End, decimal? Whole = null);

    private static List<Figure> Figures(string text)
    {
        var figures = new List<Figure>(2);
        var span = text.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            if (!char.IsAsciiDigit(span[i])) { i++; continue; }
            var start = i;
            while (i < span.Length && char.IsAsciiDigit(span[i])) i++;
            var grouped = SpaceGroupsEnd(span, start, i);
            if (grouped > i) i = grouped;
            while (i + 1 < span.Length && span[i] is '.' or ',' && char.IsAsciiDigit(span[i + 1]))
            {
                i++;
                while (i < span.Length && char.IsAsciiDigit(span[i])) i++;
            }
            if (i < span.Length && span[i] is '.' or ',') i++; // a trailing mark ("443,") ends the number
            var token = grouped > 0 ? span[start..i].ToString().Replace(" ", "", StringComparison.Ordinal).AsSpan() : span[start..i];
            var negative = start > 0 && IsLeadingMinus(span, start);
            if (VietnameseNumber.TryParse(token, out var value)) figures.Add(new Figure(negative ? -value : value, start, i));

            // "14/19" is fourteen of nineteen: the denominator is not another part.
            var after = i;
            while (after < span.Length && span[after] == ' ') after++;
            if (after < span.Length && span[after] == '/' && after + 1 < span.Length)
            {
                var next = after + 1;
                while (next < span.Length && span[next] == ' ') next++;
                if (next < span.Length && char.IsAsciiDigit(span[next]))
                {
                    i = next;
                    while (i < span.Length && (char.IsAsciiDigit(span[i]) || span[i] is '.' or ',')) i++;
                    if (figures.Count > 0 && figures[^1].End <= after && VietnameseNumber.TryParse(span[next..i].TrimEnd(".,"), out var whole) && whole > 0)
                        figures[^1] = figures[^1] with { Whole = whole };
                }
            }
        }
        return figures;
    }

    /// <summary>
    /// Where thousands grouped by spaces end ("1 250", "2 370,5"; a non-breaking space is a space once the text is cleaned),
    /// as Word's and French-style number formats write them and clerks type them: one to three digits not after another
    /// figure's mark, then groups of exactly three digits each after one space. 0 when the digits at
    /// <paramref name="start"/>..<paramref name="end"/> start no such number.
    /// </summary>
    private static int SpaceGroupsEnd(ReadOnlySpan<char> span, int start, int end)
    {
        if (end - start > 3 || (start > 0 && span[start - 1] is '.' or ',' or '/')) return 0;
        var i = end;
        while (i + 3 < span.Length && span[i] == ' ' && char.IsAsciiDigit(span[i + 1]) && char.IsAsciiDigit(span[i + 2]) && char.IsAsciiDigit(span[i + 3])
            && (i + 4 == span.Length || !char.IsAsciiDigit(span[i + 4])))
        {
            i += 4;
        }
        return i > end ? i : 0;
    }

    /// <summary>
    /// Two figures low before high with only a dash or "đến"/"tới" between them ("10-12%",
    /// "0,5 - 0,8 %/năm", "từ 30 đến 35 đảng viên"). "100-60" (high first) is a composite, as is
    /// anything with words between the figures ("35 đảng viên và 100%").
    /// </summary>
    private static bool IsRange(string text, Figure low, Figure high)
    {
        if (low.Value >= high.Value || low.Value < 0) return false;
        var between = text[low.End..high.Start].Trim().Trim('%').Trim().ToLowerInvariant();
        return between is "-" or "–" or "—" or "÷" or "~" or "đến" or "tới";
    }

    /// <summary>Words of at least two letters: "Duy trì", "Đạt chuẩn"; "#", "?" or "12-5" are not words.</summary>
    private static bool HasWords(string text)
    {
        var run = 0;
        foreach (var ch in text)
        {
            run = char.IsLetter(ch) ? run + 1 : 0;
            if (run >= 2) return true;
        }
        return false;
    }

    /// <summary>A minus sign counts only at the very start of the cell: elsewhere '-' separates parts.</summary>
    private static bool IsLeadingMinus(ReadOnlySpan<char> span, int numberStart)
    {
        var j = numberStart - 1;
        if (span[j] is not ('-' or '−')) return false;
        return span[..j].Trim().Length == 0;
    }

    private static bool IsPlaceholder(string text) =>
        text is "-" or "--" or "—" or "–" or "x" or "X" or "/" or "…" or "...";

    /// <summary>"80-20-2⏎0": a line break typed inside a number is not a separator.</summary>
    private static string JoinBrokenDigits(string raw)
    {
        if (raw.IndexOfAny(['\n', '\r']) < 0) return raw;
        var chars = new System.Text.StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var ch = raw[i];
            if (ch is '\n' or '\r' && chars.Length > 0 && char.IsAsciiDigit(chars[^1]))
            {
                var j = i;
                while (j < raw.Length && raw[j] is '\n' or '\r' or ' ' or '\t') j++;
                if (j < raw.Length && char.IsAsciiDigit(raw[j]))
                {
                    i = j - 1;
                    continue;
                }
            }
            chars.Append(ch);
        }
        return chars.ToString();
    }

    /// <summary>True for number formats that display the value × 100 with a percent sign.</summary>
    public static bool IsPercentFormat(string? format)
    {
        if (string.IsNullOrEmpty(format)) return false;
        var quoted = false;
        for (var i = 0; i < format.Length; i++)
        {
            var ch = format[i];
            if (ch == '"') quoted = !quoted;
            else if (ch == '\\') i++;
            else if (ch == '%' && !quoted) return true;
        }
        return false;
    }
}
