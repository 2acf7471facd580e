using Pipeline.Core.Annexes;
using Pipeline.Core.Text;

namespace Pipeline.Core.Scoring;

/// <summary>
/// The text a row's indicator is matched and ruled by: its indicator cell, read together with the
/// way the target cell words the figure. "Tỷ lệ hộ nghèo" with the target "Giảm 2%/năm" is a
/// reduction of 2 points a year (more is better), not a poverty rate of 2 % (less is better), so it
/// reads as "Giảm Tỷ lệ hộ nghèo" (also "Bình quân giảm 1,5%/năm", "Mỗi năm giảm 2%"). A level in the target cell ("Giảm còn 3%", "Giảm xuống dưới 1")
/// is what a rate indicator means already and changes nothing (docs/reading-and-scoring.md, "Scoring").
/// </summary>
public static class IndicatorWording
{
    /// <summary>The indicator text to match against the catalogue and its keyword rules.</summary>
    public static string Of(AnnexRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return IsReduction(row.Target.Text) && !VietnameseText.ContainsPhrase(VietnameseText.Fold(row.Indicator), "giam")
            ? "Giảm " + row.Indicator
            : row.Indicator;
    }

    /// <summary>
    /// True when a value cell says "giảm" before its figure, not followed by a level ("xuống", "còn"):
    /// "Giảm 10% so với nhiệm kỳ trước", "Bình quân giảm 1,5%/năm", "Mỗi năm giảm 2% trở lên".
    /// </summary>
    public static bool IsReduction(string? cellText)
    {
        var words = VietnameseText.Fold(cellText).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length - 1 && !char.IsAsciiDigit(words[i][0]); i++)
        {
            if (words[i] == "giam") return words[i + 1] is not ("xuong" or "con");
        }
        return false;
    }
}
