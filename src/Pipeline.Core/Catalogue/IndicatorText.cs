using Pipeline.Core.Text;

namespace Pipeline.Core.Catalogue;

/// <summary>
/// Normalises indicator text for matching by meaning: folded (case, diacritics, spacing),
/// without figures and without filler words that communes add freely
/// ("Phấn đấu", "đạt", "trở lên", "xã", "hằng năm", "khoảng"), and with every wording of a
/// level to bring something down to written one way, "xuống còn".
/// </summary>
public static class IndicatorText
{
    /// <summary>
    /// "giảm xuống dưới 3%", "giảm xuống 1,5%", "giảm còn 3%", "xuống dưới", "còn dưới" all name a
    /// level to reach (lower is better), unlike a bare "giảm 2%/năm", a reduction (more is better):
    /// one spelling lets every catalogue entry and rule tell the two apart with one phrase. Longest first.
    /// </summary>
    private static readonly string[][] LevelPhrases =
        [["giam", "xuong", "con"], ["giam", "xuong", "duoi"], ["giam", "xuong"], ["giam", "con"], ["xuong", "con"], ["xuong", "duoi"], ["con", "duoi"]];

    private static readonly string[] LevelWords = ["xuong", "con"];

    private static readonly HashSet<string> FillerWords = ["dat", "xa", "khoang", "cac", "so", "luong", "nhung"];

    private static readonly string[][] FillerPhrases =
        [["phan", "dau"], ["tro", "len"], ["hang", "nam"], ["moi", "nam"], ["tren", "dia", "ban"]];

    public static string Normalize(string? text)
    {
        var folded = VietnameseText.Fold(text);
        if (folded.Length == 0) return folded;
        var words = folded.Split(' ');
        var kept = new List<string>(words.Length);
        var changed = false;
        for (var i = 0; i < words.Length; i++)
        {
            var level = PhraseAt(LevelPhrases, words, i);
            if (level > 0)
            {
                kept.AddRange(LevelWords);
                i += level - 1;
                changed = true;
                continue;
            }
            var phrase = PhraseAt(FillerPhrases, words, i);
            if (phrase > 0)
            {
                i += phrase - 1;
                continue;
            }
            if (!FillerWords.Contains(words[i]) && !IsFigure(words[i])) kept.Add(words[i]);
        }
        return kept.Count == words.Length && !changed ? folded : string.Join(' ', kept);
    }

    /// <summary>The length in words of the first of <paramref name="phrases"/> starting at <paramref name="index"/>, or 0.</summary>
    private static int PhraseAt(string[][] phrases, string[] words, int index)
    {
        foreach (var phrase in phrases)
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
