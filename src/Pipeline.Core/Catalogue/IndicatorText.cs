using Pipeline.Core.Text;

namespace Pipeline.Core.Catalogue;

/// <summary>
/// Normalises indicator text for matching by meaning: folded (case, diacritics, spacing),
/// without figures and without filler words that communes add freely
/// ("Phấn đấu", "đạt", "trở lên", "xã", "hằng năm", "khoảng").
/// </summary>
public static class IndicatorText
{
    private static readonly HashSet<string> FillerWords = ["dat", "xa", "khoang", "cac", "so", "luong", "nhung"];
    private static readonly string[] FillerPhrases = ["phan dau", "tro len", "hang nam", "moi nam", "tren dia ban"];

    public static string Normalize(string? text)
    {
        var folded = VietnameseText.Fold(text);
        if (folded.Length == 0) return folded;
        foreach (var phrase in FillerPhrases)
        {
            folded = folded.Replace(phrase, " ", StringComparison.Ordinal);
        }
        var words = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !FillerWords.Contains(w) && !IsFigure(w));
        return string.Join(' ', words);
    }

    private static bool IsFigure(string word)
    {
        foreach (var ch in word)
        {
            if (!char.IsAsciiDigit(ch) && ch is not ('%' or '/')) return false;
        }
        return true;
    }
}
