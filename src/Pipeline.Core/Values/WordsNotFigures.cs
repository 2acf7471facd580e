using System.Text.RegularExpressions;

namespace Pipeline.Core.Values;

/// <summary>
/// Digits inside a value cell's words that are not the value: years ("năm 2023", "giai đoạn
/// 2021-2025", "nhiệm kỳ 2020 - 2025"), dates ("12/5/2023", "tháng 6/2024") and list numbers
/// ("1. Duy trì …; 2. Giữ vững …", "a) … 2) …"), and asides in brackets after a figure ("75% (9/12
/// thôn)", "35 (trong đó 10 nữ)"), which explain it. Qualitative targets name years and number their
/// items ("Đạt chuẩn NTM năm 2023"); read as figures they were scored as 2023 against 2021.
/// </summary>
public static partial class WordsNotFigures
{
    // A year is a four-digit number 1900–2099 after a word that introduces one, with the end of a span after it.
    [GeneratedRegex(@"(?<![\p{L}])(?:năm|giai\s+đoạn|nhiệm\s+kỳ|niên\s+khóa|niên\s+khoá|khóa|khoá)(?:\s+học)?\s*(?<y>(?:19|20)\d\d)(?:\s*[-–—/]\s*(?<y2>(?:19|20)\d\d))?(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    // Day/month/year or month/year, with / . or - between; only with a four-digit year, so "14/19" stays a figure.
    [GeneratedRegex(@"(?<![\d.,])(?:\d{1,2}\s*[/.\-]\s*)?\d{1,2}\s*[/.\-]\s*(?:19|20)\d\d(?![\d])")]
    private static partial Regex Date();

    // "1. ", "2) " at the start of the cell or after ';' or ':', and "a) 2) " anywhere after a space, before a word.
    [GeneratedRegex(@"(?:^|(?<=[;:]\s*))\d{1,2}[.)](?=\s*\p{L})|(?<=\s)\d{1,2}\)(?=\s*\p{L})")]
    private static partial Regex ListNumber();

    // A bracketed aside: "(9/12 thôn)", "(trong đó 10 nữ)".
    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex Aside();

    /// <summary>
    /// The text with the digits of years, dates, list numbers and asides blanked to spaces, same length,
    /// so positions still point into the original. A date is never a figure, even alone ("12/5/2023"
    /// leaves nothing, so the cell is unreadable); years and list numbers are looked for only among
    /// words, so a bare "2021" stays a figure.
    /// </summary>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        BlankTimes(text, chars);
        if (!text.Any(char.IsLetter)) return new string(chars);
        foreach (Match match in ListNumber().Matches(text)) Blank(chars, match);
        // "75% (9/12 thôn)": an aside after a figure explains that figure; it is not a second part.
        foreach (Match match in Aside().Matches(text))
        {
            if (chars.AsSpan(0, match.Index).ContainsAnyInRange('0', '9')) Blank(chars, match);
        }
        return new string(chars);
    }

    /// <summary>
    /// The text with the digits of its dates and years alone blanked to spaces, same length: what a sentence of a
    /// report names as a time ("vào năm 2025", "giai đoạn 2020-2025", "ngày 16/6/2025") rather than a value. List
    /// numbers and bracketed asides are left, as a report's sentence brackets its own figures ("(NQ: 18 triệu)").
    /// </summary>
    public static string MaskTimes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        BlankTimes(text, chars);
        return new string(chars);
    }

    /// <summary>Dates anywhere; years only among words, so a bare "2021" stays a figure.</summary>
    private static void BlankTimes(string text, char[] chars)
    {
        foreach (Match match in Date().Matches(text)) Blank(chars, match);
        if (!text.Any(char.IsLetter)) return;
        foreach (Match match in Year().Matches(text))
        {
            Blank(chars, match.Groups["y"]);
            if (match.Groups["y2"].Success) Blank(chars, match.Groups["y2"]);
        }
    }

    private static void Blank(char[] chars, Capture capture)
    {
        for (var i = capture.Index; i < capture.Index + capture.Length; i++)
            if (char.IsAsciiDigit(chars[i])) chars[i] = ' ';
    }
}
