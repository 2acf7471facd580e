using System.Globalization;
using System.Text;

namespace Pipeline.Workbooks;

/// <summary>
/// Vietnamese text in Windows-1258, as old Excel versions stored it: the code page has the
/// letters with circumflex, breve and horn (â ê ô ă ơ ư đ) but the five tones only as
/// combining marks, so "ề" is written "ê" + U+0300.
/// </summary>
public static class Windows1258Text
{
    private static readonly char[] Tones = ['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'];

    public static byte[] GetBytes(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var output = new StringBuilder(decomposed.Length);
        var tones = new StringBuilder();
        foreach (var ch in decomposed)
        {
            if (Tones.Contains(ch))
            {
                tones.Append(ch); // after the letter's other marks, as Windows-1258 orders them
                continue;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark && output.Length > 0)
            {
                var letter = string.Concat(output[^1], ch).Normalize(NormalizationForm.FormC);
                output.Length--;
                output.Append(letter);
                continue;
            }
            output.Append(tones).Append(ch);
            tones.Clear();
        }
        output.Append(tones);
        return Encoding.GetEncoding(1258).GetBytes(output.ToString());
    }
}
