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

    private static readonly string[][] FillerPhrases =
        [["phan", "dau"], ["tro", "len"], ["hang", "nam"], ["moi", "nam"], ["tren", "dia", "ban"]];

    public static string Normalize(string? text)
    {
        var folded = VietnameseText.Fold(text);
        if (folded.Length == 0) return folded;
        var words = folded.Split(' ');
        var kept = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var phrase = FillerPhraseAt(words, i);
            if (phrase > 0)
            {
                i += phrase - 1;
                continue;
            }
            if (!FillerWords.Contains(words[i]) && !IsFigure(words[i])) kept.Add(words[i]);
        }
        return kept.Count == words.Length ? folded : string.Join(' ', kept);
    }

    /// <summary>The length in words of the filler phrase starting at <paramref name="index"/>, or 0.</summary>
    private static int FillerPhraseAt(string[] words, int index)
    {
        foreach (var phrase in FillerPhrases)
        {
            if (index + phrase.Length > words.Length) continue;
            var matches = true;
            for (var j = 0; j < phrase.Length && matches; j++) matches = words[index + j] == phrase[j];
            if (matches) return phrase.Length;
        }
        return 0;
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
