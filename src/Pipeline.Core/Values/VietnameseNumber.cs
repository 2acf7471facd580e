using System.Globalization;

namespace Pipeline.Core.Values;

/// <summary>
/// Reads one number written the Vietnamese way: comma is the decimal mark and dot groups
/// thousands ("27,5", "2.565,9", "12.115,8"). Clerks also type English decimals ("87.33"),
/// leading zeros ("01") and truncations ("443,"), so the rules are:
/// both marks present → the last one is the decimal mark; a single comma → decimal;
/// several of one mark → grouping; a single dot followed by exactly three digits → grouping,
/// otherwise decimal; a trailing mark is dropped.
/// </summary>
public static class VietnameseNumber
{
    public static bool TryParse(ReadOnlySpan<char> token, out decimal value)
    {
        value = 0;
        token = token.Trim();
        var negative = false;
        if (token.Length > 0 && token[0] is '-' or '−' or '–')
        {
            negative = true;
            token = token[1..];
        }
        while (token.Length > 0 && token[^1] is '.' or ',') token = token[..^1];
        if (token.Length == 0 || !char.IsAsciiDigit(token[0])) return false;

        int dots = 0, commas = 0, lastDot = -1, lastComma = -1;
        for (var i = 0; i < token.Length; i++)
        {
            var ch = token[i];
            if (ch == '.') { dots++; lastDot = i; }
            else if (ch == ',') { commas++; lastComma = i; }
            else if (!char.IsAsciiDigit(ch)) return false;
        }

        var decimalMark = -1;
        if (dots > 0 && commas > 0) decimalMark = Math.Max(lastDot, lastComma);
        else if (commas == 1) decimalMark = lastComma;
        else if (dots == 1 && token.Length - lastDot - 1 != 3) decimalMark = lastDot;

        // With both marks present, the decimal mark may appear only once ("1.2,3.4" is no number).
        if (dots > 0 && commas > 0 && (token[decimalMark] == '.' ? dots : commas) > 1) return false;

        Span<char> digits = stackalloc char[token.Length];
        var length = 0;
        for (var i = 0; i < token.Length; i++)
        {
            var ch = token[i];
            if (char.IsAsciiDigit(ch)) digits[length++] = ch;
            else if (i == decimalMark) digits[length++] = '.';
            else if (decimalMark >= 0 && i > decimalMark) return false; // grouping after the decimal mark
        }

        if (!decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
            return false;
        if (negative) value = -value;
        return true;
    }

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Writes a number the way a Vietnamese clerk reads it: "152,78", "2.565,9".</summary>
    public static string Format(decimal value, int decimals = 2) =>
        Math.Round(value, decimals, MidpointRounding.AwayFromZero).ToString("#,##0.##########", Vietnamese);
}
